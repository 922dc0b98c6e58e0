package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.OfferedChange;

class ClassifyChangeTest {

    private final NotificationData original = SampleNotifications.complete("LS26F00123");
    private final org.nmoregister.orders.OrderDetails held = NotificationMapper.toDetails(original);

    private NotificationData with(Instant endsAt, List<String> terms, Instant servedAt, Instant dischargedAt) {
        var d = original;
        return new NotificationData(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), endsAt, false, false, d.penalNotice(), d.applicant(), null, d.respondent(),
                d.children(), d.relationship(), terms, servedAt, servedAt == null ? null : "PERSONAL", null,
                dischargedAt, null);
    }

    @Test
    void offersTheChangeTheNoticeDescribes() {
        Instant later = original.endsAt().plusSeconds(86_400 * 180L);
        assertThat(NotificationService.classify(with(later, original.terms(), null, null), held))
                .isEqualTo(OfferedChange.EXTENSION);
        assertThat(NotificationService.classify(with(original.endsAt(), List.of("A new term"), null, null), held))
                .isEqualTo(OfferedChange.VARIATION);
        assertThat(NotificationService.classify(with(original.endsAt(), original.terms(),
                original.madeAt().plusSeconds(3600), null), held)).isEqualTo(OfferedChange.SERVICE_CONFIRMATION);
        assertThat(NotificationService.classify(with(original.endsAt(), original.terms(), null,
                original.madeAt().plusSeconds(86_400)), held)).isEqualTo(OfferedChange.DISCHARGE);
    }

    @Test
    void mapsTheCourtFeedShapeToAnOrder() {
        assertThat(held.caseNumber()).isEqualTo("LS26F00123");
        assertThat(held.duration()).isEqualTo(org.nmoregister.orders.DurationKind.UNTIL_DATE);
        assertThat(held.terms()).extracting(org.nmoregister.orders.Term::number).containsExactly(1, 2);
        assertThat(held.applicant().addresses()).singleElement()
                .satisfies(a -> assertThat(a.confidential()).isTrue());
        assertThat(held.respondent().aliases()).containsExactly("Johnny Smith");
        assertThat(held.relationship()).isEqualTo(org.nmoregister.orders.Relationship.FORMER_SPOUSE);
        assertThat(held.service()).isEmpty();
    }
}
