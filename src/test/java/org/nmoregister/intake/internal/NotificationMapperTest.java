package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The court-feed shape as the order the register is told about. (What it does to the order: ChangeClassifierTest.) */
class NotificationMapperTest {

    private final NotificationData original = SampleNotifications.complete("LS26F00123");
    private final org.nmoregister.orders.OrderDetails held = NotificationMapper.toDetails(original);

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

    @Test
    void whatANoticeDoesNotSayOrSaysWronglyIsLeftForTheValidationToReport() {
        var d = original;
        var partial = new NotificationData(d.court(), d.caseNumber(), "INJUNCTION", null, null, null, null, null,
                null, null, null, null, null, null, "NEIGHBOUR", java.util.Arrays.asList("A term", null), d.madeAt(),
                "CARRIER_PIGEON", null, null, null);
        var notice = NotificationMapper.notice(partial, org.nmoregister.orders.ChangeKind.SERVICE, "note");
        assertThat(notice.requested()).isEqualTo(org.nmoregister.orders.ChangeKind.SERVICE);
        assertThat(notice.order().orderType()).isNull();
        assertThat(notice.order().respondent()).isNull();
        assertThat(notice.order().relationship()).isEqualTo(org.nmoregister.orders.Relationship.NOT_KNOWN);
        assertThat(notice.order().terms()).extracting(org.nmoregister.orders.Term::text)
                .containsExactly("A term", null);
        assertThat(notice.order().service()).singleElement()
                .satisfies(s -> assertThat(s.method()).isNull());
        assertThat(NotificationMapper.toDetails(NotificationData.EMPTY).caseNumber()).isNull();
        var r = d.respondent();
        var nullAlias = new NotificationData(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), null, null, null,
                null, null, null, null, null, new NotificationData.RespondentData(r.name(), null,
                java.util.Arrays.asList(null, "JJ"), null, null, null, null, java.util.Arrays.asList((String) null),
                null), null, null, null, null, null, null, null, null);
        assertThat(NotificationMapper.toDetails(nullAlias).respondent().aliases()).containsExactly("JJ");
        assertThat(NotificationMapper.toDetails(nullAlias).respondent().vehicles()).isEmpty();
    }
}
