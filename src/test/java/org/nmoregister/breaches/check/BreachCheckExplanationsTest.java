package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.breaches.check.Outcome.LIKELY_BREACH;
import static org.nmoregister.breaches.check.Outcome.NOT_COVERED;
import static org.nmoregister.breaches.check.Outcome.POSSIBLE_BREACH;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.terms.Clause.ExceptionKind;

/**
 * What the check tells the officer, word for word where the words carry the reasoning: which term, what it forbids,
 * whom it protects, how far away, and why an incident is or is not a breach. The scenario tests prove the outcomes;
 * these prove that the explanation given for each outcome is the right one.
 */
class BreachCheckExplanationsTest {

    private static final String HOME = "the home at " + Orders.HOME;

    private final BreachChecker checker = new BreachChecker();

    private BreachAssessment check(Reported incident, Orders order) {
        return checker.check(incident.build(), order.history(), Orders.LOCATOR, EarlierIncidents.NONE);
    }

    private BreachAssessment check(Incident incident, Orders order) {
        return checker.check(incident, order.history(), Orders.LOCATOR, EarlierIncidents.NONE);
    }

    private static TermResult term(BreachAssessment a, int index) {
        return a.terms().stream().filter(t -> t.index() == index).findFirst().orElseThrow();
    }

    private static String reason(BreachAssessment a, int index) {
        return term(a, index).reason();
    }

    /** An incident by telephone to the applicant, recorded as neither personal nor through someone else. */
    private static Incident phoned(boolean direct, boolean viaThirdParty) {
        return new Incident(Orders.DURING, null, Conduct.CONTACT, ContactChannel.PHONE, direct, viaThirdParty, null,
                IncidentLocation.UNKNOWN, null, null, null);
    }

    @Nested
    class WhatATermForbids {

        @Test
        void aTermLimitedToSomeMeansNamesThemAndTheMeansUsed() {
            var a = check(Reported.contact(ContactChannel.EMAIL),
                    Orders.withTerms("The respondent must not telephone or text the applicant."));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by telephone or by text message. The term"
                    + " forbids contact only by telephone or by text message; this contact was by email, which it does"
                    + " not cover.");
        }

        @Test
        void aTermLimitedToFaceToFaceContactSaysInPersonWithoutBy() {
            var a = check(Reported.contact(ContactChannel.PHONE),
                    Orders.withTerms("The respondent must not contact the applicant in person."));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact in person. The term forbids contact only in"
                    + " person; this contact was by telephone, which it does not cover.");
        }

        @Test
        void contactInPersonAgainstATelephoneTermIsNotCoveredButAnyMeansIs() {
            var a = check(Reported.contact(ContactChannel.IN_PERSON), Orders.withTerms(
                    "The respondent must not telephone the applicant.",
                    "The respondent must not contact the applicant by any means."));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by telephone. The term forbids contact only by"
                    + " telephone; this contact was in person, which it does not cover.");
            assertThat(reason(a, 2)).isEqualTo("Term 2 forbids contact by any means.");
        }

        @Test
        void approachingInPersonMayBeContactOnlyUnderATermCoveringContactInPerson() {
            var a = check(Reported.of(Conduct.APPROACH).by(ContactChannel.IN_PERSON), Orders.withTerms(
                    "The respondent must not telephone the applicant.",
                    "The respondent must not contact the applicant by any means."));
            assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
            assertThat(reason(a, 1)).isEqualTo("Term 1 is about contact by telephone; the conduct reported was"
                    + " approaching.");
            assertThat(term(a, 2).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(reason(a, 2)).isEqualTo("Term 2 forbids contact by any means, which may cover approaching: the"
                    + " officer must judge.");
        }

        @Test
        void eachKindOfTermSaysWhatItForbids() {
            var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 10)), Orders.withTerms(
                    "The respondent must not come within 100 metres of the applicant.",
                    "The respondent must not approach the applicant.",
                    "The respondent must not go to any place where the applicant is.",
                    "The respondent must not damage the applicant's property.",
                    "The respondent must not approach the applicant's home at " + Orders.HOME + "."));
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids coming within 100 m of the protected person.");
            assertThat(reason(a, 2)).isEqualTo("Term 2 forbids approaching the protected person.");
            assertThat(reason(a, 3)).isEqualTo("Term 3 forbids going to or entering a place.");
            assertThat(reason(a, 4)).isEqualTo("Term 4 is about damaging (or threatening to damage) property; the"
                    + " conduct reported was approaching.");
            assertThat(reason(a, 5)).isEqualTo("Term 5 forbids approaching " + HOME + ". 10 m from " + HOME
                    + ": within 50 m of its located point, which is not the door: confirm they went to or into it.");
            assertThat(term(a, 5).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(term(a, 5).distanceMetres()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
        }

        @Test
        void aThreatBreachesAViolenceTermOnlyWhenItsWordsForbidThreats() {
            var a = check(Reported.of(Conduct.THREAT).by(ContactChannel.TEXT), Orders.withTerms(
                    "The respondent must not use violence against the applicant.",
                    "The respondent must not use or threaten violence against the applicant.",
                    "The respondent must not publish anything about the applicant or threaten to.",
                    "The respondent must not damage the applicant's property."));
            assertThat(reason(a, 1)).isEqualTo("Term 1 is about using or threatening violence; the conduct reported"
                    + " was a threat by text message.");
            assertThat(term(a, 2).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(a, 3).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(reason(a, 3)).isEqualTo("Term 3 forbids publishing information or images, which may cover a"
                    + " threat by text message: the officer must judge.");
            assertThat(term(a, 4).result()).isEqualTo(NOT_COVERED);
        }

        @Test
        void repeatedContactOrTurningUpMayBePestering() {
            var called = check(Reported.contact(ContactChannel.PHONE).saying("He called again and again"),
                    Orders.withTerms(Orders.T2_INTIMIDATE));
            assertThat(reason(called, 1)).isEqualTo("Term 1 forbids intimidation, harassment or pestering, which may"
                    + " cover contact by telephone: the officer must judge.");
            var turnedUp = check(Reported.of(Conduct.APPROACH).saying("He keeps turning up"),
                    Orders.withTerms(Orders.T2_INTIMIDATE, "The respondent must not molest the applicant."));
            assertThat(term(turnedUp, 1).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(reason(turnedUp, 2)).isEqualTo("Term 2 forbids molesting (a general term: any serious pestering"
                    + " or harassment), which may cover approaching: the officer must judge.");
            var once = check(Reported.of(Conduct.APPROACH).saying("He turned up"),
                    Orders.withTerms(Orders.T2_INTIMIDATE));
            assertThat(term(once, 1).result()).isEqualTo(NOT_COVERED);
        }
    }

    @Nested
    class WhereItHappened {

        @Test
        void aThreatMadeInPersonAtTheHomeIsPresenceThereButATextIsNot() {
            var inPerson = check(Reported.of(Conduct.THREAT).by(ContactChannel.IN_PERSON).where(Orders.HOME_POINT),
                    Orders.withTerms(Orders.T6_ENTER_HOME, Orders.T11_ZONE));
            assertThat(inPerson.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(inPerson, 1).result()).isEqualTo(POSSIBLE_BREACH);
            assertThat(reason(inPerson, 2)).isEqualTo("Term 2 forbids coming within 100 m of " + HOME + ". 0 m from "
                    + HOME + ", inside the 100 m zone.");
            var texted = check(Reported.of(Conduct.THREAT).by(ContactChannel.TEXT).where(Orders.HOME_POINT),
                    Orders.withTerms(Orders.T6_ENTER_HOME, Orders.T11_ZONE));
            assertThat(texted.outcome()).isEqualTo(NOT_COVERED);
            assertThat(reason(texted, 2)).isEqualTo("Term 2 is about coming within 100 m of " + HOME + "; the conduct"
                    + " reported was a threat by text message.");
        }

        @Test
        void damageDoneOnlyThroughSomeoneElseIsNotTheRespondentBeingThere() {
            var a = check(new Incident(Orders.DURING, null, Conduct.DAMAGE, null, false, true, null,
                    new IncidentLocation(Orders.HOME_POINT, null, null), null, null, null),
                    Orders.withTerms(Orders.T6_ENTER_HOME));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(reason(a, 1)).isEqualTo("Term 1 is about going to or entering " + HOME + "; the conduct"
                    + " reported was damage to property.");
        }

        @Test
        void exactly100MetresIsInsideA100MetreZone() {
            var a = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 99.999)),
                    Orders.withTerms(Orders.T11_ZONE));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).endsWith("100 m from " + HOME + ", inside the 100 m zone.");
            var beyond = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 100.01)),
                    Orders.withTerms(Orders.T11_ZONE));
            assertThat(beyond.outcome()).isEqualTo(NOT_COVERED);
        }

        @Test
        void within25MetresOutsideTheZoneAsksForAMeasurementAndFurtherDoesNot() {
            var near = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 124.9)),
                    Orders.withTerms(Orders.T11_ZONE));
            assertThat(reason(near, 1)).isEqualTo("Term 1 forbids coming within 100 m of " + HOME + ". 125 m from "
                    + HOME + ", outside the 100 m zone. It is close to the edge and the zone is measured from the"
                    + " place's located point, not its boundary: measure on the ground if it matters.");
            var far = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.HOME_POINT, 125.5)),
                    Orders.withTerms(Orders.T11_ZONE));
            assertThat(reason(far, 1)).isEqualTo("Term 1 forbids coming within 100 m of " + HOME + ". 126 m from "
                    + HOME + ", outside the 100 m zone.");
        }

        @Test
        void aPointJustOver50MetresFromAPlaceWithoutAZoneIsNotAtIt() {
            var at = check(Reported.of(Conduct.ENTRY).where(Orders.north(Orders.HOME_POINT, 49.9)),
                    Orders.withTerms(Orders.T6_ENTER_HOME));
            assertThat(at.outcome()).isEqualTo(POSSIBLE_BREACH);
            var beyond = check(Reported.of(Conduct.ENTRY).where(Orders.north(Orders.HOME_POINT, 51)),
                    Orders.withTerms(Orders.T6_ENTER_HOME));
            assertThat(beyond.outcome()).isEqualTo(NOT_COVERED);
            assertThat(reason(beyond, 1)).isEqualTo("Term 1 forbids going to or entering " + HOME + ". 51 m from "
                    + HOME + ": not at it (more than 50 m from its located point).");
        }

        @Test
        void ofTwoPlacesAtTheSameLevelTheNearestIsReported() {
            String school = "the school at Headingley Primary School, Leeds LS6 3AA";
            var outside = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.SCHOOL_POINT, 400)),
                    Orders.withTerms("The respondent must not come within 100 metres of " + Orders.HOME
                            + " or Headingley Primary School, Leeds LS6 3AA."));
            assertThat(term(outside, 1).distanceMetres()).isCloseTo(400, org.assertj.core.data.Offset.offset(0.1));
            assertThat(reason(outside, 1)).endsWith("400 m from " + school + ", outside the 100 m zone.");
            var inside = check(Reported.of(Conduct.APPROACH).where(Orders.north(Orders.SCHOOL_POINT, 40)),
                    Orders.withTerms("The respondent must not come within 1000 metres of " + Orders.HOME
                            + " or Headingley Primary School, Leeds LS6 3AA."));
            assertThat(term(inside, 1).distanceMetres()).isCloseTo(40, org.assertj.core.data.Offset.offset(0.1));
            assertThat(reason(inside, 1)).endsWith("40 m from " + school + ", inside the 1000 m zone.");
        }
    }

    @Nested
    class WhoActedAndForWhom {

        @Test
        void anActRecordedNeitherAsPersonalNorThroughOthersIsTheRespondentsOwn() {
            var a = check(phoned(false, false), Orders.withTerms(Orders.T3_CONTACT));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by any means.");
        }

        @Test
        void actingPersonallyAndThroughSomeoneElseIsSaid() {
            var a = check(phoned(true, true), Orders.withTerms(Orders.T3_CONTACT));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by any means. The respondent acted personally"
                    + " as well as through another person.");
        }

        @Test
        void aTermNamingNoOneProtectsTheApplicantOnly() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("Amy Smith"), Orders.withTerms(
                    "The respondent must not telephone.", "The respondent must not contact the children.",
                    Orders.T3_CONTACT));
            assertThat(term(a, 1).result()).isEqualTo(NOT_COVERED);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by telephone. It does not name whom it"
                    + " protects, which is read as the applicant; the person targeted was the child Amy Smith.");
            assertThat(term(a, 2).result()).as("the children, unnamed, include Amy").isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 3)).isEqualTo("Term 3 forbids contact by any means. It protects the applicant (Jane"
                    + " Smith); the person targeted was the child Amy Smith, whom it does not protect.");
            var applicant = check(Reported.contact(ContactChannel.PHONE),
                    Orders.withTerms("The respondent must not telephone."));
            assertThat(applicant.outcome()).isEqualTo(LIKELY_BREACH);
        }

        @Test
        void theBlockerQuotesWhyEachTermDoesNotProtectThePersonTargeted() {
            var a = check(Reported.of(Conduct.VIOLENCE).to("Jane Smith"), Orders.withTerms(Orders.T7_CHILD_VIOLENCE));
            String why = "Term 1 forbids using or threatening violence. It protects the children (Amy Smith, Lily"
                    + " Smith); the person targeted was the applicant (Jane Smith), whom it does not protect.";
            assertThat(reason(a, 1)).isEqualTo(why);
            assertThat(a.blockers()).singleElement().satisfies(b -> {
                assertThat(b.code()).isEqualTo(Blocker.PROTECTED_PERSON_NOT_COVERED);
                assertThat(b.explanation()).isEqualTo("The terms about this conduct do not protect the applicant"
                        + " (Jane Smith): " + why);
            });
        }

        @Test
        void someoneNotOnTheOrderIsExplainedAsSuch() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("Mary Jones"), Orders.standard());
            assertThat(a.blockers()).singleElement().satisfies(b -> assertThat(b.explanation()).isEqualTo(
                    "The person targeted, \"Mary Jones\", is not named on the order (looked for the applicant, the other"
                            + " protected people and the children, with their aliases), and no term about a place"
                            + " applies. Check whether they are known by another name."));
        }

        @Test
        void aMisspeltNameIsFoundByThePeopleModulesMatching() {
            var applicant = check(Reported.contact(ContactChannel.PHONE).to("Jayne Smyth"), Orders.standard());
            assertThat(applicant.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(term(applicant, 3).result()).isEqualTo(LIKELY_BREACH);
            assertThat(term(applicant, 9).result()).isEqualTo(NOT_COVERED);
            var child = check(Reported.contact(ContactChannel.PHONE).to("Amie Smith"), Orders.standard());
            assertThat(term(child, 3).result()).isEqualTo(NOT_COVERED);
            assertThat(reason(child, 3)).contains("the person targeted was the child Amy Smith");
            assertThat(term(child, 9).result()).isEqualTo(LIKELY_BREACH);
            assertThat(child.notes()).isEmpty();
        }

        @Test
        void aSurnameSharedBySeveralPeopleIsJudgedAsTheFirstWithANote() {
            var a = check(Reported.contact(ContactChannel.PHONE).to("Smith"), Orders.standard());
            assertThat(a.notes()).containsExactly("\"Smith\" could mean the applicant (Jane Smith) or Amy Smith, Lily"
                    + " Smith: judged as the applicant (Jane Smith); confirm.");
            var lily = check(Reported.contact(ContactChannel.PHONE).to("Lily"), Orders.standard());
            assertThat(lily.notes()).isEmpty();
            assertThat(reason(lily, 3)).contains("the person targeted was the child Lily Smith");
            assertThat(term(lily, 9).result()).isEqualTo(LIKELY_BREACH);
        }
    }

    @Nested
    class ExceptionsClaimedOrHinted {

        @Test
        void aViolenceTermIsNeverReadAgainstAnException() {
            var a = check(Reported.of(Conduct.VIOLENCE).purpose(ExceptionKind.CHILD_ARRANGEMENTS), Orders.withTerms(
                    Orders.T1_VIOLENCE,
                    "The respondent must not contact the applicant except to arrange contact with the children."));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids using or threatening violence.");
            assertThat(a.notes()).isEmpty();
        }

        @Test
        void aClaimedPurposeTheOrderMakesNoExceptionForIsNoted() {
            var a = check(Reported.contact(ContactChannel.LETTER).purpose(ExceptionKind.SOLICITORS), Orders.withTerms(
                    "The respondent must not contact the applicant except to arrange contact with the children."));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.notes()).containsExactly("The respondent says this was for solicitors, but the order"
                    + " (version 1) makes no exception for that: the claim does not stop it being a breach, though it"
                    + " may go to reasonable excuse.");
        }

        @Test
        void aHintOfAPurposeTheOrderDoesNotPermitChangesNothing() {
            var a = check(Reported.contact(ContactChannel.LETTER).saying("a letter from his solicitor"),
                    Orders.withTerms("The respondent must not contact the applicant except to arrange contact with"
                            + " the children."));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(reason(a, 1)).isEqualTo("Term 1 forbids contact by any means.");
            assertThat(a.notes()).isEmpty();
        }
    }

    @Nested
    class TheOrderAtTheTime {

        @Test
        void ordersWhoseBreachIsNoOffenceSaySo() {
            assertThat(check(Reported.contact(ContactChannel.PHONE), Orders.standard().type(OrderType.DAPN)).notes())
                    .containsExactly("Breaking a domestic abuse protection notice is not itself a criminal offence:"
                            + " the respondent may be arrested and must be brought before the magistrates' court,"
                            + " which may make a DAPO; consider other offences.");
            assertThat(check(Reported.contact(ContactChannel.PHONE), Orders.standard()
                    .type(OrderType.OCCUPATION_ORDER)).notes()).containsExactly("Breaking an occupation order is not"
                    + " itself a criminal offence: it is contempt of court (arrest only under a power of arrest"
                    + " attached to the order); consider other offences.");
            assertThat(check(Reported.contact(ContactChannel.PHONE), Orders.standard()).notes()).isEmpty();
        }

        @Test
        void aWindowEndingAfterADischargeOrAnExpirySaysWhich() {
            var discharged = check(Reported.contact(ContactChannel.PHONE).between(Orders.DURING,
                    Orders.DURING.plusSeconds(7200)), Orders.standard().dischargedAt(Orders.DURING.plusSeconds(3600)));
            assertThat(discharged.outcome()).isEqualTo(POSSIBLE_BREACH);
            assertThat(discharged.notes()).containsExactly("The order was discharged at 20 May 2025 15:30, within the"
                    + " incident's window: only conduct before then can breach it. Establish when it happened.");
            var expired = check(Reported.contact(ContactChannel.PHONE).between(Orders.ENDS.minusSeconds(3600),
                    Orders.ENDS.plusSeconds(3600)), Orders.standard());
            assertThat(expired.notes()).containsExactly("The order expired at 3 Sept 2025 17:00, within the"
                    + " incident's window: only conduct before then can breach it. Establish when it happened.");
        }

        @Test
        void awarenessByOtherMeansNamesWhoAndTheEvidence() {
            var a = check(Reported.contact(ContactChannel.PHONE),
                    Orders.standard().served(Orders.SERVED, ServiceMethod.MADE_AWARE_OTHER_MEANS));
            assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
            assertThat(a.notes()).containsExactly("The respondent was not served before this but was made aware of the"
                    + " order at 4 Mar 2025 09:00 by PC 4521 Patel, which is enough for it to bind them (FLA 1996"
                    + " s.42A(2)). Keep the evidence of that awareness (PC 4521 pocket notebook) with the case.");
            var later = check(Reported.contact(ContactChannel.PHONE).at(Orders.SERVED.minusSeconds(60)),
                    Orders.standard().served(Orders.SERVED, ServiceMethod.MADE_AWARE_OTHER_MEANS));
            assertThat(later.notes()).isEmpty();
            assertThat(later.blockers()).extracting(BreachAssessment.BlockerFinding::code)
                    .containsExactly(Blocker.NOT_SERVED_OR_AWARE);
        }

        @Test
        void serviceFoundOnlyAfterTheIncidentIsListedWithHowLongAfter() {
            Instant made = Orders.MADE.minus(Duration.ofDays(3));
            var a = check(Reported.contact(ContactChannel.PHONE).at(made.plus(Duration.ofHours(1))),
                    Orders.standard().madeAt(made).served(Orders.SERVED, ServiceMethod.PERSONAL));
            assertThat(a.outcome()).isEqualTo(NOT_COVERED);
            assertThat(a.blockers()).singleElement().satisfies(b -> assertThat(b.explanation()).isEqualTo(
                    "Looked for a record of service on, or awareness by, the respondent before 28 Feb 2025 11:00 and"
                            + " found none. Records found: personal service at 4 Mar 2025 09:00 (3 days after the"
                            + " incident). An order binds the respondent only once served or made aware of it (FLA"
                            + " 1996 s.42A(2)). If they knew of it by other means (told by an officer, at the"
                            + " hearing), record that with its evidence and check again."));
        }

        @Test
        void aVariationSinceCountsTheTermsAddedAndRemoved() {
            var a = check(Reported.contact(ContactChannel.PHONE), Orders.standard().variedAt(
                    Orders.DURING.plus(Duration.ofDays(1)), Orders.T1_VIOLENCE, "A new term one.", "A new term two."));
            assertThat(a.notes()).containsExactly("The order has been varied since (version 2 from 21 May 2025"
                    + " 14:30); this incident is judged on the terms in force when it happened (version 1), not"
                    + " today's: 2 terms added or reworded later (not applied here); 10 terms in force then since"
                    + " removed or reworded (still applied here).");
            var one = check(Reported.contact(ContactChannel.PHONE), Orders.withTerms(Orders.T1_VIOLENCE,
                    Orders.T3_CONTACT).variedAt(Orders.DURING.plus(Duration.ofDays(1)), Orders.T1_VIOLENCE,
                    "A new term."));
            assertThat(one.notes()).singleElement().asString().endsWith("(version 1), not today's: 1 term added or"
                    + " reworded later (not applied here); 1 term in force then since removed or reworded (still"
                    + " applied here).");
            var added = check(Reported.contact(ContactChannel.PHONE), Orders.withTerms(Orders.T3_CONTACT)
                    .variedAt(Orders.DURING.plus(Duration.ofDays(1)), Orders.T3_CONTACT, Orders.T1_VIOLENCE));
            assertThat(added.notes()).singleElement().asString().endsWith("not today's: 1 term added or reworded"
                    + " later (not applied here).");
        }

        @Test
        void aVariationRestatingTheSameTermsIsNotNoted() {
            var a = check(Reported.contact(ContactChannel.PHONE), Orders.standard().variedAt(
                    Orders.DURING.plus(Duration.ofDays(1)), Orders.standardTerms().toArray(String[]::new)));
            assertThat(a.notes()).isEmpty();
        }
    }

    @Nested
    class OtherOffencesToConsider {

        private final Instant now = Orders.DURING;

        private List<BreachAssessment.OffencePrompt> prompts(Reported incident, Relationship relationship,
                                                             List<Conduct> earlier) {
            return OffencePrompter.prompts(incident.build(), new EarlierIncidents(
                    java.util.stream.IntStream.range(0, earlier.size()).mapToObj(i -> now.minus(Duration.ofDays(10
                            + i))).toList(), earlier.stream().map(List::of).toList()), relationship);
        }

        private static String prompt(List<BreachAssessment.OffencePrompt> prompts, OtherOffence offence) {
            return prompts.stream().filter(p -> p.offence() == offence).findFirst().orElseThrow().reason();
        }

        @Test
        void abusiveMessagesOfHarassmentOrPublicationPromptMaliciousCommunications() {
            var harassment = prompts(Reported.of(Conduct.HARASSMENT).by(ContactChannel.EMAIL)
                    .saying("Emails saying she will die"), null, List.of());
            assertThat(prompt(harassment, OtherOffence.MALICIOUS_COMMUNICATIONS)).isEqualTo("The description"
                    + " suggests a threatening or abusive message sent by email: consider the Malicious"
                    + " Communications Act 1988 s.1 or the Communications Act 2003 s.127.");
            assertThat(prompts(Reported.of(Conduct.PUBLICATION).by(ContactChannel.SOCIAL_MEDIA)
                    .saying("posted that he will hurt her"), null, List.of()))
                    .extracting(BreachAssessment.OffencePrompt::offence)
                    .containsExactly(OtherOffence.MALICIOUS_COMMUNICATIONS);
            assertThat(prompts(Reported.of(Conduct.APPROACH).by(ContactChannel.TEXT).saying("said he will hurt her"),
                    null, List.of())).isEmpty();
            assertThat(prompts(Reported.contact(ContactChannel.EMAIL).saying("asked about the car"), null,
                    List.of())).isEmpty();
        }

        @Test
        void theIncidentsInTheYearAreCountedAndRepeatedContactIsStalking() {
            var third = prompts(Reported.contact(ContactChannel.PHONE), null,
                    List.of(Conduct.CONTACT, Conduct.CONTACT));
            assertThat(prompt(third, OtherOffence.HARASSMENT)).startsWith("This is at least the third incident in 12"
                    + " months (earlier: 10 May 2025 14:30 (contact), 9 May 2025 14:30 (contact)): conduct on two"
                    + " or more occasions");
            assertThat(prompt(third, OtherOffence.STALKING)).isEqualTo("Stalking behaviours: contact has been"
                    + " repeated (3 contacts in 12 months): consider stalking (PHA 1997 s.2A, or s.4A where it caused"
                    + " fear of violence or serious alarm or distress).");
            var threat = prompts(Reported.of(Conduct.THREAT), null, List.of(Conduct.CONTACT, Conduct.CONTACT));
            assertThat(threat).extracting(BreachAssessment.OffencePrompt::offence)
                    .doesNotContain(OtherOffence.STALKING);
            var sixth = prompts(Reported.of(Conduct.THREAT), null, List.of(Conduct.THREAT, Conduct.THREAT,
                    Conduct.THREAT, Conduct.THREAT, Conduct.THREAT));
            assertThat(prompt(sixth, OtherOffence.HARASSMENT)).startsWith("This is at least the 6th incident");
        }

        @Test
        void anEarlierApproachOrWatchingIsAStalkingBehaviour() {
            var approach = prompts(Reported.of(Conduct.THREAT), null, List.of(Conduct.APPROACH));
            assertThat(prompt(approach, OtherOffence.STALKING)).startsWith("Stalking behaviours: the course of"
                    + " conduct includes going to or approaching the victim or the places the order protects:");
            var watching = prompts(Reported.of(Conduct.THREAT).saying("He was watching the house"), null,
                    List.of(Conduct.THREAT));
            assertThat(prompt(watching, OtherOffence.STALKING)).startsWith("Stalking behaviours: the description"
                    + " mentions following or watching:");
            assertThat(prompts(Reported.of(Conduct.THREAT), null, List.of(Conduct.THREAT)))
                    .extracting(BreachAssessment.OffencePrompt::offence).doesNotContain(OtherOffence.STALKING);
        }
    }
}
