package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.breaches.check.Outcome.LIKELY_BREACH;
import static org.nmoregister.breaches.check.Outcome.NOT_COVERED;
import static org.nmoregister.breaches.check.Outcome.POSSIBLE_BREACH;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.PlaceKind;
import org.nmoregister.terms.ClauseType;

class BreachCheckerScenarioTest {

    private final BreachChecker checker = new BreachChecker();

    private BreachAssessment check(Reported incident, Orders order) {
        return checker.check(incident.build(), order.history(), Orders.LOCATOR, EarlierIncidents.NONE);
    }

    private BreachAssessment check(Reported incident, Orders order, EarlierIncidents earlier) {
        return checker.check(incident.build(), order.history(), Orders.LOCATOR, earlier);
    }

    private static TermResult term(BreachAssessment a, int index) {
        return a.terms().stream().filter(t -> t.index() == index).findFirst().orElseThrow(
                () -> new AssertionError("no result for clause " + index + ": " + a.terms()));
    }

    private static List<Blocker> blockers(BreachAssessment a) {
        return a.blockers().stream().map(BreachAssessment.BlockerFinding::code).toList();
    }

    private static String blocker(BreachAssessment a, Blocker code) {
        return a.blockers().stream().filter(b -> b.code() == code).findFirst().orElseThrow().explanation();
    }

    private static List<OtherOffence> offences(BreachAssessment a) {
        return a.otherOffences().stream().map(BreachAssessment.OffencePrompt::offence).toList();
    }

    private static Instant hours(Instant from, long h) {
        return from.plus(Duration.ofHours(h));
    }

    // ================================================================== the order at the time

    @Nested
    class OrderAtTheTime {

        @Test
        void inForceAndServedAThreatByTextIsALikelyBreachOfTheViolenceAndContactTerms() {
            var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.TEXT)
                    .saying("Text at 14:30: 'you're dead when I find you'"), Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(a.orderVersion()).isEqualTo(1);
            assertThat(a.judgedAt()).isEqualTo(Orders.DURING);
            assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 6).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 7).result()).as("children's term: the applicant was targeted").isEqualTo(NOT_COVERED);
        }

        @Test
        void noOrderFound() {
            var a = checker.check(Reported.of(Conduct.VIOLENCE).build(), null, Orders.LOCATOR,
                    EarlierIncidents.NONE);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.NO_ORDER_FOUND);
            assertThat(a.terms()).isEmpty();
            assertThat(a.orderVersion()).isNull();
            assertThat(offences(a)).containsExactly(OtherOffence.ASSAULT);
        }

        @Test
        void beforeTheOrderWasMadeIsNotYetMade() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(hours(Orders.MADE, -30)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.ORDER_NOT_YET_MADE);
            assertThat(a.statusAtTime()).isNull();
        }

        @Test
        void aWindowEndingAfterTheMakingIsPossibleWithANoteNotABlocker() {
            var a = check(Reported.contact(ContactChannel.PHONE).between(hours(Orders.MADE, -2),
                    hours(Orders.MADE, 48)), Orders.standard().served(hours(Orders.MADE, 1), ServiceMethod.PERSONAL));
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(blockers(a)).isEmpty();
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
            assertThat(a.notes()).anyMatch(n -> n.contains("within the incident's window") && n.contains("made"));
        }

        @Test
        void afterExpiryIsExpired() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(hours(Orders.ENDS, 24)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.ORDER_EXPIRED);
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.EXPIRED);
            assertThat(term(a, 1).result()).as("terms still listed").isEqualTo(LIKELY_BREACH);
            assertThat(offences(a)).contains(OtherOffence.ASSAULT);
        }

        @Test
        void atTheExactExpiryInstantTheOrderNoLongerApplies() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(Orders.ENDS), Orders.standard());
            assertThat(blockers(a)).containsExactly(Blocker.ORDER_EXPIRED);
        }

        @Test
        void aMinuteBeforeExpiryStillApplies() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(Orders.ENDS.minusSeconds(60)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
        }

        @Test
        void aWindowStraddlingExpiryIsPossible() {
            var a = check(Reported.contact(ContactChannel.EMAIL).between(hours(Orders.ENDS, -5),
                    hours(Orders.ENDS, 5)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(a.notes()).anyMatch(n -> n.contains("expired") && n.contains("within the incident's window"));
        }

        @Test
        void afterDischargeIsDischarged() {
            Instant discharged = Instant.parse("2025-05-01T11:00:00Z");
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.HOME),
                    Orders.standard().dischargedAt(discharged));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.ORDER_DISCHARGED);
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.DISCHARGED);
            assertThat(blocker(a, Blocker.ORDER_DISCHARGED)).contains("1 May 2025 12:00");
        }

        @Test
        void beforeDischargeTheOrderStillApplied() {
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.HOME).at(Instant.parse(
                    "2025-04-20T10:00:00Z")), Orders.standard().dischargedAt(Instant.parse("2025-05-01T11:00:00Z")));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 11).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void untilFurtherOrderNeverExpires() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(Instant.parse("2027-01-10T20:00:00Z")),
                    Orders.standard().untilFurtherOrder());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.IN_FORCE);
        }
    }

    // ================================================================== service and awareness

    @Nested
    class ServiceAndAwareness {

        @Test
        void notServedBeforeTheIncidentNamesTheRecordFoundAfterIt() {
            var a = check(Reported.of(Conduct.VIOLENCE).at(hours(Orders.SERVED, -2)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.NOT_SERVED_OR_AWARE);
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.PENDING_SERVICE);
            assertThat(blocker(a, Blocker.NOT_SERVED_OR_AWARE)).contains("personal service at 4 Mar 2025 09:00")
                    .contains("2 hours after the incident");
            assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void noServiceAtAllSaysSo() {
            var a = check(Reported.contact(ContactChannel.PHONE), Orders.standard().notServed().withoutNotice());
            assertThat(blockers(a)).containsExactly(Blocker.NOT_SERVED_OR_AWARE);
            assertThat(blocker(a, Blocker.NOT_SERVED_OR_AWARE)).contains("no service or awareness is recorded")
                    .contains("without notice");
        }

        @Test
        void madeAwareByOtherMeansBeforeTheIncidentBinds() {
            Instant told = hours(Orders.MADE, 3);
            var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA).at(hours(Orders.MADE, 20)),
                    Orders.standard().withoutNotice().served(told, ServiceMethod.MADE_AWARE_OTHER_MEANS)
                            .alsoServed(hours(Orders.MADE, 72), ServiceMethod.PERSONAL));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(a.notes()).anyMatch(n -> n.contains("made aware") && n.contains("PC 4521"));
        }

        @Test
        void awarenessClaimedButNotRecordedIsAtMostPossible() {
            var a = check(Reported.of(Conduct.VIOLENCE).awareness("Told of the order by PC 123 at the address on"
                    + " 3 March"), Orders.standard().withoutNotice().notServed());
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
            assertThat(a.notes()).anyMatch(n -> n.contains("must verify") && n.contains("without notice")
                    && n.contains("Told of the order by PC 123"));
        }

        @Test
        void blankAwarenessEvidenceIsNoEvidence() {
            var a = check(Reported.of(Conduct.VIOLENCE).awareness("  "), Orders.standard().notServed());
            assertThat(blockers(a)).containsExactly(Blocker.NOT_SERVED_OR_AWARE);
        }

        @Test
        void aWindowStraddlingServiceIsPossible() {
            var a = check(Reported.contact(ContactChannel.TEXT).between(hours(Orders.SERVED, -3),
                    hours(Orders.SERVED, 3)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(a.statusAtTime()).isEqualTo(OrderStatus.PENDING_SERVICE);
            assertThat(a.notes()).anyMatch(n -> n.contains("served or made aware at 4 Mar 2025 09:00"));
        }

        @Test
        void servedOnTheMinuteOfTheIncidentBinds() {
            var a = check(Reported.contact(ContactChannel.TEXT).at(Orders.SERVED), Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void notServedAndAnUndertakingHasBothBlockers() {
            var a = check(Reported.of(Conduct.VIOLENCE), Orders.standard().type(OrderType.UNDERTAKING).notServed());
            assertThat(blockers(a)).containsExactlyInAnyOrder(Blocker.NOT_SERVED_OR_AWARE, Blocker.UNDERTAKING_ONLY);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        }
    }

    // ================================================================== versions

    @Nested
    class Variations {

        private final Instant varied = Instant.parse("2025-06-01T10:00:00Z");

        @Test
        void aTermAddedLaterDoesNotApplyToAnEarlierIncident() {
            String social = "The respondent must not contact the applicant on social media.";
            Orders order = Orders.withTerms(Orders.T1_VIOLENCE, "The respondent shall not telephone the applicant.")
                    .variedAt(varied, Orders.T1_VIOLENCE, "The respondent shall not telephone the applicant.",
                            social);
            var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA).at(Orders.DURING), order);
            assertThat(a.orderVersion()).isEqualTo(1);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(a.terms()).hasSize(2);
            assertThat(term(a, 2).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 2).reason()).contains("by social media");
            assertThat(a.notes()).anyMatch(n -> n.contains("varied since (version 2") && n.contains("not today's")
                    && n.contains("1 term added"));
        }

        @Test
        void theSameContactAfterTheVariationIsABreachOfTheNewTerm() {
            String social = "The respondent must not contact the applicant on social media.";
            Orders order = Orders.withTerms(Orders.T1_VIOLENCE, "The respondent shall not telephone the applicant.")
                    .variedAt(varied, Orders.T1_VIOLENCE, "The respondent shall not telephone the applicant.",
                            social);
            var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA).at(hours(varied, 5)), order);
            assertThat(a.orderVersion()).isEqualTo(2);
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void aTermRemovedLaterStillAppliesToAnEarlierIncident() {
            Orders order = Orders.standard().variedAt(varied, Orders.T1_VIOLENCE, Orders.T2_INTIMIDATE,
                    Orders.T3_CONTACT);
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.HOME), order);
            assertThat(a.orderVersion()).isEqualTo(1);
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 11).result()).isEqualTo(LIKELY_BREACH);
            assertThat(a.notes()).anyMatch(n -> n.contains("since removed or reworded (still applied here)"));
        }

        @Test
        void afterTheZoneWasRemovedApproachingTheHomeIsNotABreach() {
            Orders order = Orders.standard().variedAt(varied, Orders.T1_VIOLENCE, Orders.T2_INTIMIDATE,
                    Orders.T3_CONTACT);
            var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 60))
                    .at(hours(varied, 24)), order);
            assertThat(a.orderVersion()).isEqualTo(2);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        }

        @Test
        void aWindowSpanningAVariationIsNoted() {
            String social = "The respondent must not contact the applicant on social media.";
            Orders order = Orders.withTerms(Orders.T1_VIOLENCE).variedAt(varied, Orders.T1_VIOLENCE, social);
            var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA).between(hours(varied, -24),
                    hours(varied, 24)), order);
            assertThat(a.orderVersion()).isEqualTo(1);
            assertThat(a.notes()).anyMatch(n -> n.contains("changed during the incident's window"));
        }
    }

    // ================================================================== undertakings

    @Nested
    class Undertakings {

        @Test
        void anUndertakingIsJudgedOnItsTermsButFlagged() {
            var a = check(Reported.contact(ContactChannel.PHONE), Orders.standard().type(OrderType.UNDERTAKING));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(blockers(a)).containsExactly(Blocker.UNDERTAKING_ONLY);
            assertThat(blocker(a, Blocker.UNDERTAKING_ONLY)).contains("contempt of court").contains("s.42A");
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void aBanWrittenAfterItsCarveOutStillCoversTheContact() {
            // "Except through solicitors, ..." was read as the carve-out alone, and the phone call as not covered
            for (String wording : List.of("Except through solicitors, the respondent must not contact the applicant.",
                    "The respondent must not contact the applicant except through solicitors.")) {
                var a = check(Reported.contact(ContactChannel.PHONE), Orders.withTerms(wording));
                assertThat(a.outcome()).as(wording).isEqualTo(LIKELY_BREACH);
                assertThat(term(a, 1).result()).as(wording).isEqualTo(LIKELY_BREACH);
            }
        }

        @Test
        void anUndertakingNotCoveringTheConductIsNotCovered() {
            var a = check(Reported.of(Conduct.PUBLICATION).by(ContactChannel.SOCIAL_MEDIA),
                    Orders.standard().type(OrderType.UNDERTAKING));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.UNDERTAKING_ONLY);
        }
    }

    // ================================================================== who was targeted

    @Nested
    class ProtectedPeople {

        @Test
        void aNamedChildIsProtectedByTheChildrensTerms() {
            var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA).to("Lily Smith"), Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 9).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 3).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 3).reason()).contains("the child Lily Smith");
        }

        @Test
        void theChildByForenameOnly() {
            var a = check(Reported.of(Conduct.VIOLENCE).to("amy"), Orders.standard());
            assertThat(term(a, 7).result()).isEqualTo(LIKELY_BREACH);
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void theChildrenAsARoleWord() {
            var a = check(Reported.of(Conduct.HARASSMENT).to("the children"), Orders.standard());
            assertThat(term(a, 8).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 2).result()).isEqualTo(NOT_COVERED);
        }

        @Test
        void theApplicantUnderHerAliasAndSwappedNames() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("WARD, Jane"), Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void theApplicantWithATitleAndOddCase() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("Mrs JANE smith"), Orders.standard());
            assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void aPersonNotOnTheOrderIsNotCovered() {
            var a = check(Reported.of(Conduct.VIOLENCE).to("Karen Brown").saying("Punched the applicant's friend"),
                    Orders.standard());
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.PROTECTED_PERSON_NOT_COVERED);
            assertThat(blocker(a, Blocker.PROTECTED_PERSON_NOT_COVERED)).contains("Karen Brown")
                    .contains("not named on the order");
            assertThat(offences(a)).contains(OtherOffence.ASSAULT);
        }

        @Test
        void aPersonNotOnTheOrderAtTheProtectedHomeIsStillABreachOfThePlaceTerms() {
            var a = check(Reported.of(Conduct.DAMAGE).to("Karen Brown").atPlace(PlaceKind.HOME)
                    .saying("Kicked in the door of 14 Acacia Avenue while the applicant's friend was staying"),
                    Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(term(a, 5).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 4).result()).isEqualTo(NOT_COVERED);
            assertThat(a.notes()).anyMatch(n -> n.contains("not protected by the order"));
            assertThat(offences(a)).contains(OtherOffence.CRIMINAL_DAMAGE);
        }

        @Test
        void anotherProtectedPersonNamedInTheOrderIsCovered() {
            Orders order = Orders.withTerms(Orders.T1_VIOLENCE, "The respondent is forbidden from contacting Mary"
                    + " Jones, the applicant's mother, whether by himself or by encouraging any other person.")
                    .otherProtected(ProtectedPerson.named("Mary Jones", LocalDate.of(1962, 1, 2)));
            var a = check(Reported.contact(ContactChannel.PHONE).to("Mary Jones"), order);
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void anotherProtectedPersonIsNotCoveredByTheApplicantsTerms() {
            Orders order = Orders.withTerms(Orders.T1_VIOLENCE, Orders.T3_CONTACT)
                    .otherProtected(ProtectedPerson.named("Mary Jones", LocalDate.of(1962, 1, 2)));
            var a = check(Reported.contact(ContactChannel.PHONE).to("Mary Jones"), order);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.PROTECTED_PERSON_NOT_COVERED);
            assertThat(term(a, 2).reason()).contains("Mary Jones");
        }

        @Test
        void theApplicantsMotherNotNamedOnTheOrderIsNotCovered() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("Mary Jones"), Orders.standard());
            assertThat(blockers(a)).containsExactly(Blocker.PROTECTED_PERSON_NOT_COVERED);
        }

        @Test
        void childTermsNamingOtherChildrenDoNotCoverThisChild() {
            Orders order = Orders.withTerms("The respondent must not use or threaten violence against the relevant"
                    + " child Amy Smith.");
            var a = check(Reported.of(Conduct.VIOLENCE).to("Lily Smith"), order);
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.PROTECTED_PERSON_NOT_COVERED);
        }
    }

    // ================================================================== means of contact

    static Stream<Arguments> channels() {
        String phoneOnly = "The respondent shall not telephone the applicant.";
        String standard = Orders.T3_CONTACT;
        String social = "The respondent must not contact the applicant on social media.";
        String letters = "The respondent must not send letters to the applicant.";
        String writtenList = "The respondent must not contact the applicant by telephone, text message or email.";
        return Stream.of(
                Arguments.of(phoneOnly, ContactChannel.PHONE, LIKELY_BREACH),
                Arguments.of(phoneOnly, ContactChannel.LETTER, NOT_COVERED),
                Arguments.of(phoneOnly, ContactChannel.EMAIL, NOT_COVERED),
                Arguments.of(phoneOnly, ContactChannel.SOCIAL_MEDIA, NOT_COVERED),
                Arguments.of(phoneOnly, ContactChannel.TEXT, POSSIBLE_BREACH),
                Arguments.of(standard, ContactChannel.LETTER, LIKELY_BREACH),
                Arguments.of(standard, ContactChannel.SOCIAL_MEDIA, LIKELY_BREACH),
                Arguments.of(standard, ContactChannel.IN_PERSON, LIKELY_BREACH),
                Arguments.of(social, ContactChannel.SOCIAL_MEDIA, LIKELY_BREACH),
                Arguments.of(social, ContactChannel.TEXT, NOT_COVERED),
                Arguments.of(letters, ContactChannel.LETTER, LIKELY_BREACH),
                Arguments.of(letters, ContactChannel.PHONE, NOT_COVERED),
                Arguments.of(writtenList, ContactChannel.IN_PERSON, NOT_COVERED),
                Arguments.of(writtenList, ContactChannel.EMAIL, LIKELY_BREACH));
    }

    @ParameterizedTest(name = "{1} against \"{0}\" -> {2}")
    @MethodSource("channels")
    void theMeansOfContactMustBeOneTheTermCovers(String termText, ContactChannel channel, Outcome expected) {
        var a = check(Reported.contact(channel), Orders.withTerms(termText));
        assertThat(term(a, 1).type()).isEqualTo(ClauseType.CONTACT);
        assertThat(term(a, 1).result()).isEqualTo(expected);
        assertThat(a.outcome()).isEqualTo(expected);
        if (expected == NOT_COVERED) {
            assertThat(term(a, 1).reason()).contains("does not cover");
        }
    }

    @Test
    void contactByUnknownMeansAgainstAChannelLimitedTermIsPossible() {
        var a = check(Reported.of(Conduct.CONTACT), Orders.withTerms("The respondent shall not telephone the"
                + " applicant."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("not known");
    }

    @Test
    void socialMediaContactIsNotPublication() {
        var a = check(Reported.contact(ContactChannel.SOCIAL_MEDIA), Orders.withTerms("The respondent is forbidden"
                + " from posting on social media any information or images about the applicant."));
        assertThat(term(a, 1).type()).isEqualTo(ClauseType.PUBLICATION);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
    }

    @Test
    void publishingImagesBreachesThePublicationTerm() {
        var a = check(Reported.of(Conduct.PUBLICATION).by(ContactChannel.SOCIAL_MEDIA)
                .saying("Posted intimate images of her on Facebook"), Orders.withTerms(Orders.T1_VIOLENCE,
                "The respondent must not publish or threaten to publish private information or images about the"
                        + " applicant."));
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
        assertThat(offences(a)).contains(OtherOffence.MALICIOUS_COMMUNICATIONS);
    }

    // ================================================================== places and distances

    static Stream<Arguments> distances() {
        return Stream.of(
                Arguments.of(Orders.T11_ZONE, Orders.HOME_POINT, 99.0, 11, LIKELY_BREACH),
                Arguments.of(Orders.T11_ZONE, Orders.HOME_POINT, 101.0, 11, NOT_COVERED),
                Arguments.of(Orders.T11_ZONE, Orders.HOME_POINT, 10.0, 11, LIKELY_BREACH),
                Arguments.of(Orders.T11_ZONE, Orders.HOME_POINT, 2500.0, 11, NOT_COVERED),
                // 200 yards is 182.88 m
                Arguments.of("The respondent must not go within 200 yards of the applicant's workplace at Kirkstall"
                        + " Road Surgery, Leeds LS4 2QB.", Orders.WORK_POINT, 180.0, 1, LIKELY_BREACH),
                Arguments.of("The respondent must not go within 200 yards of the applicant's workplace at Kirkstall"
                        + " Road Surgery, Leeds LS4 2QB.", Orders.WORK_POINT, 190.0, 1, NOT_COVERED),
                Arguments.of("The respondent shall not come within 50 metres of the school known as Headingley"
                        + " Primary School, Leeds LS6 3AA.", Orders.SCHOOL_POINT, 49.0, 1, LIKELY_BREACH),
                Arguments.of("The respondent shall not come within 50 metres of the school known as Headingley"
                        + " Primary School, Leeds LS6 3AA.", Orders.SCHOOL_POINT, 51.0, 1, NOT_COVERED),
                Arguments.of("The respondent must not come within half a mile of the applicant's home at " + Orders.HOME
                        + ".", Orders.HOME_POINT, 800.0, 1, LIKELY_BREACH),
                Arguments.of("The respondent must not come within half a mile of the applicant's home at " + Orders.HOME
                        + ".", Orders.HOME_POINT, 810.0, 1, NOT_COVERED));
    }

    @ParameterizedTest(name = "{2} m from a zone in \"{0}\" -> {4}")
    @MethodSource("distances")
    void aZoneIsJudgedByDistance(String zoneTerm, org.nmoregister.places.Coordinates centre, double metres,
                                 int index, Outcome expected) {
        List<String> terms = index == 11 ? Orders.standardTerms() : List.of(zoneTerm);
        var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(centre, metres)), Orders.withTerms(
                terms.toArray(String[]::new)));
        TermResult t = term(a, index);
        assertThat(t.type()).isEqualTo(ClauseType.PROXIMITY);
        assertThat(t.result()).isEqualTo(expected);
        assertThat(t.distanceMetres()).isCloseTo(metres, org.assertj.core.data.Offset.offset(0.5));
        assertThat(t.reason()).contains(Math.round(metres) + " m from").contains(expected == LIKELY_BREACH
                ? "inside the" : "outside the");
        assertThat(a.outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} m from a home known by its postcode only (250 m) with a 100 m zone -> {1}")
    @CsvSource({"400, NOT_COVERED", "351, NOT_COVERED", "349, POSSIBLE_BREACH", "100, POSSIBLE_BREACH",
            "0, POSSIBLE_BREACH"})
    void aZoneAroundAPlaceLocatedByPostcodeOnlyIsJudgedWithItsUncertainty(double metres, Outcome expected) {
        var a = checker.check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, metres)).build(),
                Orders.standard().history(), Orders.byPostcodeOnly(250), EarlierIncidents.NONE);
        TermResult zone = term(a, 11);
        assertThat(zone.result()).isEqualTo(expected);
        assertThat(zone.reason()).contains("about " + Math.round(metres) + " m from")
                .contains("located by postcode only (may be up to 250 m out)");
        if (expected == POSSIBLE_BREACH) {
            assertThat(zone.reason()).contains("cannot be told from the postcode's centre");
        }
    }

    @Test
    void aPlaceLocatedAtItsPropertyIsJudgedExactly() {
        var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 99)), Orders.standard());
        assertThat(term(a, 11).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 11).reason()).doesNotContain("about").doesNotContain("postcode");
    }

    @Test
    void justOutsideTheZoneAsksForAMeasurement() {
        var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 110)), Orders.standard());
        assertThat(term(a, 11).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 11).reason()).contains("measure on the ground");
    }

    @Test
    void atTheProtectedHomeWithoutCoordinatesBreachesEntryAndZone() {
        var a = check(Reported.of(Conduct.ENTRY).atPlace(PlaceKind.HOME).saying("Let himself in with a key"),
                Orders.standard());
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 6).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 6).reason()).contains("At the home");
        assertThat(term(a, 11).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 10).result()).as("the school").isEqualTo(NOT_COVERED);
    }

    @Test
    void aPointNearTheHomesPostcodeCentroidIsOnlyPossibleForEntry() {
        var a = check(Reported.of(Conduct.ENTRY).where(Orders.north(Orders.HOME_POINT, 30)),
                Orders.withTerms(Orders.T6_ENTER_HOME));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("not the door");
        assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
    }

    @Test
    void aPointFarFromTheHomeIsNotEntry() {
        var a = check(Reported.of(Conduct.ENTRY).where(Orders.north(Orders.HOME_POINT, 400)),
                Orders.withTerms(Orders.T6_ENTER_HOME));
        assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
    }

    @Test
    void theSchoolKnownAs() {
        var a = check(Reported.of(Conduct.ENTRY).atPlace(PlaceKind.SCHOOL).to("Amy Smith")
                .saying("Walked into the playground at pick-up"), Orders.standard());
        assertThat(term(a, 10).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 6).result()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void unknownLocationIsPossible() {
        var a = check(Reported.of(Conduct.APPROACH).saying("The applicant thinks he was near her house"),
                Orders.withTerms(Orders.T11_ZONE));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("Location not known");
        assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
    }

    @Test
    void violenceInTheStreetIsNotEntryButMayBeInsideTheZone() {
        var a = check(Reported.of(Conduct.VIOLENCE).atPlace(PlaceKind.STREET_OR_AREA), Orders.standard());
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 6).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 11).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 11).reason()).contains("measure it");
        assertThat(term(a, 3).result()).as("not recorded as face to face").isEqualTo(NOT_COVERED);
    }

    @Test
    void violenceInTheStreetFarFromTheHomeIsOutsideTheZone() {
        var a = check(Reported.of(Conduct.VIOLENCE).atPlace(PlaceKind.STREET_OR_AREA)
                .where(Orders.north(Orders.HOME_POINT, 1200)), Orders.standard());
        assertThat(term(a, 11).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 11).distanceMetres()).isCloseTo(1200.0, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void violenceWithUnknownLocationLeavesPlaceTermsUnjudgedWithAReason() {
        var a = check(Reported.of(Conduct.VIOLENCE), Orders.standard());
        assertThat(term(a, 6).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 6).reason()).contains("not known");
    }

    @Test
    void atTheWorkplaceWithoutADistanceTermIsNotCovered() {
        var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.WORKPLACE),
                Orders.withTerms(Orders.T6_ENTER_HOME, Orders.T10_SCHOOL));
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 1).reason()).contains("workplace");
    }

    @Test
    void approachingTheApplicantInPersonBreachesAnApproachTerm() {
        var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.STREET_OR_AREA).saying("Walked up to her in"
                + " Tesco"), Orders.withTerms("The respondent must not personally approach the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void anUnlocatablePlaceWithAPointIsPossible() {
        var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 5000)),
                Orders.withTerms("The respondent must not come within 100 metres of the applicant's place of"
                        + " worship, the Leeds Central Mosque."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("Could not locate");
    }

    @Test
    void severalPlacesInOneTermTakesTheNearest() {
        var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.NURSERY),
                Orders.withTerms("The respondent must not attend within 100 metres of the children's school,"
                        + " nursery, or childminder."));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
    }

    // ================================================================== through others

    @Test
    void viaAThirdPartyWithTheInstructEncourageWordingIsLikely() {
        var a = check(Reported.contact(ContactChannel.VIA_THIRD_PARTY).throughSomeoneElse()
                .saying("His sister came round with a message from him"), Orders.withTerms(Orders.T3_CONTACT));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 1).reason()).contains("instructing or encouraging others");
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void viaAThirdPartyWithWhetherByHimselfOrByEncouraging() {
        var a = check(Reported.contact(ContactChannel.VIA_THIRD_PARTY).throughSomeoneElse(),
                Orders.withTerms("The respondent is forbidden from contacting the applicant whether by himself or"
                        + " by encouraging any other person."));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void viaAThirdPartyWithoutIndirectWordingIsPossible() {
        var a = check(Reported.contact(ContactChannel.VIA_THIRD_PARTY).throughSomeoneElse(),
                Orders.withTerms("The respondent must not contact the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("officer must judge");
        assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
    }

    @Test
    void viaAThirdPartyAgainstAPersonalOnlyTermIsNotCovered() {
        var a = check(Reported.of(Conduct.APPROACH).throughSomeoneElse(),
                Orders.withTerms("The respondent must not personally approach the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 1).reason()).contains("own conduct in person");
    }

    @Test
    void violenceByAFriendAtHisRequestBreachesTheStandardViolenceTerm() {
        var a = check(Reported.of(Conduct.VIOLENCE).throughSomeoneElse().saying("His friend assaulted her, saying"
                + " John sent him"), Orders.standard());
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void violenceByAFriendAgainstADirectOnlyViolenceTermIsPossible() {
        var a = check(Reported.of(Conduct.VIOLENCE).throughSomeoneElse(),
                Orders.withTerms("The respondent shall not use violence towards the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
    }

    // ================================================================== conduct against term types

    @Test
    void aThreatAgainstAUseOfViolenceOnlyTermIsNotCoveredByIt() {
        var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.IN_PERSON),
                Orders.withTerms("The respondent shall not use violence towards the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(offences(a)).containsExactly(OtherOffence.THREATS);
    }

    @Test
    void aThreatToDamageBreachesThePropertyTerms() {
        var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.PHONE).saying("Said he would burn the house"
                + " down"), Orders.withTerms(Orders.T4_DAMAGE_OWNED, Orders.T5_DAMAGE_AT));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(offences(a)).containsExactly(OtherOffence.THREATS, OtherOffence.MALICIOUS_COMMUNICATIONS);
    }

    @Test
    void damagingHerCarBreachesTheOwnedPropertyTerm() {
        var a = check(Reported.of(Conduct.DAMAGE).atPlace(PlaceKind.WORKPLACE).saying("Scratched her car in the"
                + " surgery car park"), Orders.standard());
        assertThat(term(a, 4).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 5).result()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(offences(a)).containsExactly(OtherOffence.CRIMINAL_DAMAGE);
    }

    @Test
    void harassmentBreachesTheIntimidationTerm() {
        var a = check(Reported.of(Conduct.HARASSMENT).by(ContactChannel.TEXT), Orders.standard());
        assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 3).result()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void aGeneralMolestTermCoversHarassment() {
        var a = check(Reported.of(Conduct.HARASSMENT), Orders.withTerms("The respondent must not molest the"
                + " applicant."));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(a, 1).reason()).contains("molesting");
    }

    @Test
    void aGeneralMolestTermMayCoverContact() {
        var a = check(Reported.contact(ContactChannel.LETTER), Orders.withTerms("The respondent must not molest"
                + " the applicant."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
    }

    @Test
    void repeatedContactMayBePesteringUnderTheIntimidationTerm() {
        var a = check(Reported.contact(ContactChannel.LETTER).saying("Sent 14 letters in a week, again today"),
                Orders.withTerms(Orders.T2_INTIMIDATE));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
    }

    @Test
    void aSingleLetterIsNotPesteringUnderTheIntimidationTermAlone() {
        var a = check(Reported.contact(ContactChannel.LETTER).saying("A birthday card"),
                Orders.withTerms(Orders.T2_INTIMIDATE));
        assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(a.blockers()).isEmpty();
    }

    @Test
    void everyTermIsListedWithItsIndexAndType() {
        var a = check(Reported.contact(ContactChannel.PHONE), Orders.standard());
        assertThat(a.terms()).extracting(TermResult::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(a.terms()).extracting(TermResult::type).containsExactly(ClauseType.VIOLENCE,
                ClauseType.INTIMIDATION, ClauseType.CONTACT, ClauseType.PROPERTY_DAMAGE, ClauseType.PROPERTY_DAMAGE,
                ClauseType.ENTRY, ClauseType.VIOLENCE, ClauseType.INTIMIDATION, ClauseType.CONTACT, ClauseType.ENTRY,
                ClauseType.PROXIMITY);
        assertThat(term(a, 3).reason()).startsWith("Term 3 forbids contact");
        assertThat(term(a, 1).reason()).contains("the conduct reported was contact by telephone");
    }

    // ================================================================== exceptions

    @Nested
    class Exceptions {

        private final String solicitors = "The respondent must not contact the applicant save for contact arranged"
                + " through solicitors.";
        private final String handovers = "The respondent must not approach the applicant except for handovers of"
                + " the children as agreed in writing or ordered by the court.";

        @Test
        void contactThroughSolicitorsIsPermitted() {
            var a = check(Reported.contact(ContactChannel.LETTER).purpose(ExceptionKind.SOLICITORS),
                    Orders.withTerms(Orders.T1_VIOLENCE, solicitors));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.EXCEPTION_APPLIES);
            assertThat(term(a, 2).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 2).reason()).contains("Permitted by term 2");
        }

        @Test
        void aHandoverApproachIsPermitted() {
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.STREET_OR_AREA)
                    .purpose(ExceptionKind.CHILD_ARRANGEMENTS), Orders.withTerms(Orders.T1_VIOLENCE, handovers));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.EXCEPTION_APPLIES);
        }

        @Test
        void violenceAtAHandoverIsNeverExcepted() {
            var a = check(Reported.of(Conduct.VIOLENCE).purpose(ExceptionKind.CHILD_ARRANGEMENTS)
                    .saying("Pushed her at the handover"), Orders.withTerms(Orders.T1_VIOLENCE, handovers));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 2).reason()).contains("no exception permits violence");
        }

        @Test
        void aThreatByTextAboutArrangementsIsNotExcepted() {
            var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.TEXT).purpose(ExceptionKind.SOLICITORS),
                    Orders.withTerms(solicitors));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void aClaimedPurposeTheOrderDoesNotPermitIsNoException() {
            var a = check(Reported.contact(ContactChannel.TEXT).purpose(ExceptionKind.CHILD_ARRANGEMENTS),
                    Orders.standard());
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
            assertThat(a.notes()).anyMatch(n -> n.contains("makes no exception"));
        }

        @Test
        void aPurposeOfADifferentKindDoesNotMatch() {
            var a = check(Reported.contact(ContactChannel.LETTER).purpose(ExceptionKind.MEDIATION),
                    Orders.withTerms(solicitors));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void aSeparateExceptionClauseCarvesOutOtherTerms() {
            var a = check(Reported.contact(ContactChannel.TEXT).purpose(ExceptionKind.CHILD_ARRANGEMENTS),
                    Orders.withTerms(Orders.T1_VIOLENCE, Orders.T3_CONTACT, "Nothing in this order prevents the"
                            + " respondent from contact for the purpose of child arrangements handovers at the"
                            + " contact centre."));
            assertThat(term(a, 3).type()).isEqualTo(ClauseType.EXCEPTION);
            assertThat(term(a, 2).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 2).reason()).contains("Permitted by term 3");
            assertThat(blockers(a)).containsExactly(Blocker.EXCEPTION_APPLIES);
        }

        @Test
        void aHandoverMentionedWithoutAPurposeIsAtMostPossible() {
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.STREET_OR_AREA).saying("Came up to her at"
                    + " the handover outside McDonald's"), Orders.withTerms(handovers));
            assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(a.notes()).anyMatch(n -> n.contains("record the purpose"));
        }

        @Test
        void anExceptionOnOneTermDoesNotExceptAnotherBreachedTerm() {
            var a = check(Reported.contact(ContactChannel.IN_PERSON).atPlace(PlaceKind.HOME)
                    .purpose(ExceptionKind.SOLICITORS), Orders.withTerms(solicitors, Orders.T6_ENTER_HOME));
            assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
            assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.blockers()).isEmpty();
        }

        @Test
        void aZoneWithAPreArrangedHandoverException() {
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.SCHOOL)
                    .purpose(ExceptionKind.CHILD_ARRANGEMENTS), Orders.withTerms("The respondent must not attend"
                    + " within 100 metres of the children's school, nursery, or childminder, except for"
                    + " pre-arranged handovers."));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(blockers(a)).containsExactly(Blocker.EXCEPTION_APPLIES);
        }
    }

    // ================================================================== time-limited terms

    @Test
    void insideTheHoursOfATimeLimitedTerm() {
        var a = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T09:00:00Z")),
                Orders.withTerms("The respondent must not contact the applicant between 8am and 6pm."));
        assertThat(term(a, 1).result()).isEqualTo(LIKELY_BREACH);
    }

    @Test
    void outsideTheHoursOfATimeLimitedTerm() {
        // 22:00 BST
        var a = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T21:00:00Z")),
                Orders.withTerms("The respondent must not contact the applicant between 8am and 6pm."));
        assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(term(a, 1).reason()).contains("outside the time");
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
    }

    @Test
    void overnightHoursWordedFromAndUntilAreRead() {
        // 02:00 and 12:00 BST on 20 May 2025
        Orders order = Orders.withTerms("The respondent must not telephone or text the applicant from 8 p.m. until"
                + " 7 a.m., and must not instruct, encourage or in any way suggest that any other person should do so.");
        var night = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T01:00:00Z")), order);
        var noon = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T11:00:00Z")), order);
        assertThat(term(night, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(noon, 1).result()).isEqualTo(NOT_COVERED);
        assertThat(term(noon, 1).reason()).contains("outside the time");
    }

    @Test
    void hoursOnWeekdaysMustBothHold() {
        Orders order = Orders.withTerms("The respondent must not contact the applicant on weekdays between 9am and"
                + " 5pm, and must not instruct, encourage or in any way suggest that any other person should do so.");
        // Tuesday 20 May 2025 and Saturday 24 May 2025, 10:00 BST
        var tuesday = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T09:00:00Z")), order);
        var saturday = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-24T09:00:00Z")), order);
        assertThat(term(tuesday, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(saturday, 1).result()).isEqualTo(NOT_COVERED);
    }

    @Test
    void aTermForAPeriodEndsThatLongAfterTheOrderWasMade() {
        // made 3 March 2025; 28 days ran out on 31 March
        Orders order = Orders.withTerms("The respondent must not contact the applicant for 28 days, and must not"
                + " instruct, encourage or in any way suggest that any other person should do so.");
        var within = check(Reported.contact(ContactChannel.TEXT).at(Instant.parse("2025-03-20T09:00:00Z")), order);
        var after = check(Reported.contact(ContactChannel.TEXT).at(Instant.parse("2025-05-20T09:00:00Z")), order);
        assertThat(term(within, 1).result()).isEqualTo(LIKELY_BREACH);
        assertThat(term(after, 1).result()).isEqualTo(NOT_COVERED);
    }

    @Test
    void anUndefinedPartOfTheDayAtItsEdgeIsOnlyPossible() {
        var a = check(Reported.contact(ContactChannel.PHONE).at(Instant.parse("2025-05-20T19:00:00Z")),
                Orders.withTerms("The respondent must not telephone the applicant overnight, and must not instruct,"
                        + " encourage or in any way suggest that any other person should do so."));
        assertThat(term(a, 1).result()).isEqualTo(POSSIBLE_BREACH);
        assertThat(term(a, 1).reason()).contains("not defined");
    }

    // ================================================================== other offences

    @Nested
    class OtherOffences {

        private final Instant now = Orders.DURING;

        @Test
        void aFirstIncidentOfContactHasNoCourseOfConduct() {
            var a = check(Reported.contact(ContactChannel.TEXT).saying("Asked how she was"), Orders.standard());
            assertThat(a.otherOffences()).isEmpty();
        }

        @Test
        void abusiveTextsPromptMaliciousCommunications() {
            var a = check(Reported.contact(ContactChannel.TEXT).saying("Called her a worthless bitch"),
                    Orders.standard());
            assertThat(offences(a)).containsExactly(OtherOffence.MALICIOUS_COMMUNICATIONS);
        }

        @Test
        void aSecondIncidentWithinTwelveMonthsPromptsHarassment() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(40))), List.of(List.of(Conduct.CONTACT)));
            var a = check(Reported.contact(ContactChannel.TEXT), Orders.standard(), earlier);
            assertThat(offences(a)).containsExactly(OtherOffence.HARASSMENT);
        }

        @Test
        void anEarlierIncidentOverAYearAgoIsNotACourseOfConduct() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(400))), List.of(List.of(Conduct.CONTACT)));
            var a = check(Reported.contact(ContactChannel.TEXT), Orders.standard(), earlier);
            assertThat(offences(a)).isEmpty();
        }

        @Test
        void anIncidentReportedEarlierButHappeningLaterDoesNotCount() {
            var earlier = new EarlierIncidents(List.of(now.plus(Duration.ofDays(2))), List.of(List.of(Conduct.CONTACT)));
            var a = check(Reported.contact(ContactChannel.TEXT), Orders.standard(), earlier);
            assertThat(offences(a)).isEmpty();
        }

        @Test
        void approachingAfterEarlierContactPromptsStalking() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(10))), List.of(List.of(Conduct.CONTACT)));
            var a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.WORKPLACE), Orders.standard(), earlier);
            assertThat(offences(a)).containsExactly(OtherOffence.HARASSMENT, OtherOffence.STALKING);
        }

        @Test
        void followingInTheDescriptionPromptsStalking() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(10))), List.of(List.of(Conduct.CONTACT)));
            var a = check(Reported.contact(ContactChannel.TEXT).saying("Texted to say he had been following her"
                    + " car"), Orders.standard(), earlier);
            assertThat(offences(a)).contains(OtherOffence.STALKING);
        }

        @Test
        void threeContactsInAYearPromptStalking() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3))),
                    List.of(List.of(Conduct.CONTACT), List.of(Conduct.CONTACT)));
            var a = check(Reported.contact(ContactChannel.EMAIL), Orders.standard().relationship(
                    Relationship.PARTIES_TO_SAME_PROCEEDINGS), earlier);
            assertThat(offences(a)).containsExactly(OtherOffence.HARASSMENT, OtherOffence.STALKING);
        }

        @Test
        void twoEarlierIncidentsBetweenFormerPartnersPromptCoerciveControl() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(20))),
                    List.of(List.of(Conduct.HARASSMENT), List.of(Conduct.THREAT)));
            var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.PHONE), Orders.standard(), earlier);
            assertThat(offences(a)).containsExactly(OtherOffence.THREATS, OtherOffence.MALICIOUS_COMMUNICATIONS,
                    OtherOffence.HARASSMENT, OtherOffence.CONTROLLING_OR_COERCIVE_BEHAVIOUR);
            assertThat(a.otherOffences().get(3).reason()).contains("former cohabitant");
        }

        @Test
        void coerciveControlNeedsPersonalConnection() {
            var earlier = new EarlierIncidents(List.of(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(20))),
                    List.of(List.of(Conduct.HARASSMENT), List.of(Conduct.HARASSMENT)));
            var a = check(Reported.of(Conduct.HARASSMENT), Orders.standard().relationship(Relationship.SAME_HOUSEHOLD),
                    earlier);
            assertThat(offences(a)).containsExactly(OtherOffence.HARASSMENT);
        }

        @Test
        void offencesArePromptedEvenWhenTheOrderHadExpired() {
            var a = check(Reported.of(Conduct.DAMAGE).at(hours(Orders.ENDS, 72)), Orders.standard());
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(offences(a)).containsExactly(OtherOffence.CRIMINAL_DAMAGE);
        }
    }
}
