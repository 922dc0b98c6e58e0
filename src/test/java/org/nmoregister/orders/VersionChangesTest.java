package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a version changed from the one before, as {@link OrderVersionRecorded} tells its listeners. */
class VersionChangesTest {

    private static final Instant MADE = Instant.parse("2026-02-02T10:00:00Z");
    private final OrderDetails made = OrderFixtures.withoutNoticeNmo("BD26F00417", MADE);

    private static OrderDetails withTerms(OrderDetails d, List<Term> terms) {
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), d.applicant(),
                d.otherProtectedPersons(), d.children(), d.respondent(), d.relationship(), terms, d.service(),
                d.dischargedAt(), d.notes());
    }

    private static OrderDetails withApplicant(OrderDetails d, ProtectedPerson applicant) {
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), applicant, d.otherProtectedPersons(),
                d.children(), d.respondent(), d.relationship(), d.terms(), d.service(), d.dischargedAt(), d.notes());
    }

    @Test
    void theOrderAsMadeIsNewInEveryPart() {
        VersionChanges changes = VersionChanges.made(made);

        assertThat(changes.previousVersion()).isNull();
        assertThat(changes.termsAdded()).containsExactly(1, 2);
        assertThat(changes.terms()).isTrue();
        assertThat(changes.end()).isTrue();
        assertThat(changes.parties()).isTrue();
        assertThat(changes.addresses()).isTrue();
        assertThat(changes.service()).isFalse();
    }

    @Test
    void aServiceChangesOnlyTheService() {
        OrderDetails served = made.withService(List.of(new ServiceRecord(MADE.plusSeconds(7200),
                ServiceMethod.PERSONAL, "PC 2291", null, null)));

        VersionChanges changes = VersionChanges.between(1, made, served);

        assertThat(changes.previousVersion()).isEqualTo(1);
        assertThat(changes.service()).isTrue();
        assertThat(changes.terms()).isFalse();
        assertThat(changes.end()).isFalse();
        assertThat(changes.parties()).isFalse();
        assertThat(changes.addresses()).isFalse();
    }

    @Test
    void termsAreMatchedByTheCourtsParagraphNumber() {
        List<Term> terms = new ArrayList<>();
        terms.add(made.terms().get(1)); // paragraph 2 unchanged, listed first
        terms.add(new Term(1, made.terms().get(0).text() + " This includes by social media."));
        terms.add(new Term(4, "The respondent must not damage the applicant's car."));

        VersionChanges changes = VersionChanges.between(3, made, withTerms(made, terms));

        assertThat(changes.termsChanged()).containsExactly(1);
        assertThat(changes.termsAdded()).containsExactly(4);
        assertThat(changes.termsRemoved()).isEmpty();
        assertThat(VersionChanges.between(4, withTerms(made, terms), made).termsRemoved()).containsExactly(4);
        assertThat(changes.end()).isFalse();
        assertThat(changes.parties()).isFalse();
    }

    @Test
    void anExtensionOrADischargeChangesTheEnd() {
        assertThat(VersionChanges.between(1, made, made.withEnd(DurationKind.UNTIL_DATE,
                made.endsAt().plusSeconds(86400 * 180))).end()).isTrue();
        assertThat(VersionChanges.between(1, made, made.withEnd(DurationKind.UNTIL_FURTHER_ORDER, null)).end())
                .isTrue();
        VersionChanges discharge = VersionChanges.between(2, made, made.withDischargedAt(MADE.plusSeconds(86400)));
        assertThat(discharge.end()).isTrue();
        assertThat(discharge.terms()).isFalse();
    }

    @Test
    void aNewAddressIsAnAddressChangeNotAPartyChange() {
        ProtectedPerson a = made.applicant();
        ProtectedPerson moved = new ProtectedPerson(a.name(), a.dateOfBirth(), a.aliases(),
                List.of(new Address("2 Heol y Nant", null, "Mold", "CH7 1AA", true)), a.contacts());

        VersionChanges changes = VersionChanges.between(1, made, withApplicant(made, moved));

        assertThat(changes.addresses()).isTrue();
        assertThat(changes.parties()).isFalse();
    }

    @Test
    void aCorrectedNameIsAPartyChange() {
        ProtectedPerson a = made.applicant();
        ProtectedPerson renamed = new ProtectedPerson("Jayne Smyth", a.dateOfBirth(), a.aliases(), a.addresses(),
                a.contacts());

        VersionChanges changes = VersionChanges.between(1, made, withApplicant(made, renamed));

        assertThat(changes.parties()).isTrue();
        assertThat(changes.addresses()).isFalse();
        assertThat(VersionChanges.between(1, made, made).parties()).isFalse();
    }
}
