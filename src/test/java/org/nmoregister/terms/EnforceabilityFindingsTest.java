package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.terms.Finding.Severity;

/**
 * Each enforceability finding pinned exactly: which finding, how severe, on which term and what it tells the reader,
 * and where each rule stops (the distance that becomes over-broad, the length a without-notice order may run). The
 * wordings end with the FL404A third-party words unless the third-party rule is what is tested, so that a finding
 * list is exactly what the rule under test says.
 */
class EnforceabilityFindingsTest {

    private static final String OTHERS = ", and must not instruct, encourage or in any way suggest that any other "
            + "person should do so.";
    private static final Instant MADE = Instant.parse("2026-03-02T10:00:00Z");

    private final TermsChecker checker = new TermsChecker();

    private List<String> findings(String... terms) {
        return findings(OrderContext.none(), terms);
    }

    private List<String> findings(OrderContext context, String... terms) {
        return checker.check(List.of(terms), context).findings().stream()
                .map(f -> f.code() + " " + f.severity() + (f.clauseIndex() == null ? "" : " @" + f.clauseIndex()))
                .toList();
    }

    private Finding only(FindingCode code, String... terms) {
        List<Finding> found = checker.check(List.of(terms), OrderContext.none()).findings().stream()
                .filter(f -> f.code() == code).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Nested
    class Proximity {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "go near the applicant's home at 3 Mill Lane, Ashby AB1 2CD | near",
                "loiter in the vicinity of the applicant's home at 3 Mill Lane, Ashby AB1 2CD | loiter",
                "stay away from the applicant's home at 3 Mill Lane, Ashby AB1 2CD | stay away"})
        void aTermThatKeepsHimAwayWithNoDistanceIsAnError(String wording, String quoted) {
            String term = "The respondent must not " + wording + OTHERS;
            assertThat(findings(term)).containsExactly("PROXIMITY_WITHOUT_DISTANCE ERROR @1");
            assertThat(only(FindingCode.PROXIMITY_WITHOUT_DISTANCE, term).message())
                    .startsWith("\"" + quoted + "\" gives no distance").contains("State a distance");
        }

        @Test
        void aDistanceAnswersIt() {
            assertThat(findings("The respondent must not go within 100 metres of the applicant's home at 3 Mill Lane, "
                    + "Ashby AB1 2CD" + OTHERS)).isEmpty();
        }

        @Test
        void approachingIsItselfAClearActAndNeedsNoDistance() {
            assertThat(findings("The respondent must not approach the applicant" + OTHERS)).isEmpty();
        }

        @Test
        void nearInATermThatIsNotAboutProximityIsNotAskedForADistance() {
            assertThat(findings("The respondent must not use or threaten violence against the applicant near her home "
                    + "at 3 Mill Lane, Ashby AB1 2CD" + OTHERS)).isEmpty();
        }

        @Test
        void onlyTheTermWithoutADistanceIsNamed() {
            assertThat(findings("The respondent must not go within 100 metres of the applicant's home" + OTHERS,
                    "The respondent must not go near the applicant's car at her workplace, Acme Ltd, 1 High Street, "
                            + "Ashby" + OTHERS))
                    .containsExactly("PROXIMITY_WITHOUT_DISTANCE ERROR @2");
        }
    }

    @Nested
    class Places {

        @Test
        void anUnnamedSchoolIsAnError() {
            String term = "The respondent must not go to the school" + OTHERS;
            assertThat(findings(term)).containsExactly("PLACE_NOT_IDENTIFIED ERROR @1");
            assertThat(only(FindingCode.PLACE_NOT_IDENTIFIED, term).message())
                    .startsWith("The school is not identified")
                    .contains("\"the school known as [school name, street, town]\"");
        }

        @Test
        void thePartysOwnPlaceIsAWarningForItCanBeAskedFor() {
            assertThat(findings("The respondent must not go to the children's school" + OTHERS))
                    .containsExactly("PLACE_NOT_IDENTIFIED WARNING @1");
            assertThat(findings("The respondent must not go to the applicant's current home or the children's "
                    + "nursery" + OTHERS)).containsExactly("PLACE_NOT_IDENTIFIED WARNING @1");
        }

        @Test
        void eachKindOfPlaceGetsItsOwnExample() {
            assertThat(only(FindingCode.PLACE_NOT_IDENTIFIED, "The respondent must not intimidate the applicant at "
                    + "her place of work" + OTHERS).message())
                    .startsWith("The workplace is not identified")
                    .contains("\"the applicant's place of work at [employer's name, street, town, postcode]\"");
            assertThat(only(FindingCode.PLACE_NOT_IDENTIFIED, "The respondent must not go to the nursery" + OTHERS)
                    .message()).startsWith("The nursery is not identified")
                    .contains("\"the nursery known as [nursery name, street, town]\"");
        }

        @Test
        void theApplicantsHomeIsOnTheOrderItself() {
            assertThat(findings("The respondent must not go to the applicant's home" + OTHERS)).isEmpty();
            assertThat(findings("The respondent must not go to the claimant's home" + OTHERS)).isEmpty();
            assertThat(findings("The respondent must not go to the applicant's home or its garden" + OTHERS)).isEmpty();
        }

        @Test
        void aPlaceWithItsAddressIsIdentified() {
            assertThat(findings("The respondent must not intimidate the applicant at her place of work at Acme Ltd, "
                    + "1 High Street, Ashby" + OTHERS)).isEmpty();
            assertThat(findings("The respondent must not go to the school known as Ashby Primary School, Mill Lane, "
                    + "Ashby, or its playground" + OTHERS)).isEmpty();
        }

        @Test
        void aPlaceAfterTheHomeIsStillChecked() {
            assertThat(findings("The respondent must not go to the applicant's home or its garden or the workplace"
                    + OTHERS)).containsExactly("PLACE_NOT_IDENTIFIED ERROR @1");
        }

        @Test
        void aPlaceNamedOnlyInAnotherTermIsNamedOnItsOwnTerm() {
            assertThat(findings("The respondent must not contact the applicant directly or indirectly" + OTHERS,
                    "The respondent must not go to the nursery" + OTHERS))
                    .containsExactly("PLACE_NOT_IDENTIFIED ERROR @2", "NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1");
        }
    }

    @Nested
    class OverbroadAreas {

        @ParameterizedTest
        @CsvSource({"1609, false", "1610, true", "100, false"})
        void aRadiusOverAMileIsOverbroad(int metres, boolean overbroad) {
            String term = "The respondent must not go within " + metres + " metres of the applicant" + OTHERS;
            if (overbroad) {
                assertThat(findings(term)).containsExactly("OVERBROAD_AREA WARNING @1");
                assertThat(only(FindingCode.OVERBROAD_AREA, term).message())
                        .startsWith("A radius of " + metres + " metres covers far more");
            } else {
                assertThat(findings(term)).isEmpty();
            }
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"enter the town of Ashby", "enter Leeds", "enter Greater Manchester"})
        void aWholeTownOrCityIsOverbroad(String wording) {
            String term = "The respondent must not " + wording + OTHERS;
            assertThat(findings(term)).containsExactly("OVERBROAD_AREA WARNING @1");
            assertThat(only(FindingCode.OVERBROAD_AREA, term).message()).startsWith("Excluding the respondent from a "
                    + "whole town");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"enter the area of Ashby town bounded by the plan attached",
                "enter the district of Ashby as shown on the map", "enter Mill Lane, Ashby"})
        void anAreaDrawnOnAPlanOrAStreetIsNot(String wording) {
            assertThat(findings("The respondent must not " + wording + OTHERS)).isEmpty();
        }
    }

    @Nested
    class Contact {

        @Test
        void directContactOnlyIsAWarning() {
            // without the third-party words: contact through "any other person" is itself indirect contact
            String term = "The respondent must not contact the applicant.";
            assertThat(findings(term)).containsExactly("NO_INDIRECT_CONTACT WARNING @1");
            assertThat(only(FindingCode.NO_INDIRECT_CONTACT, term).message())
                    .startsWith("This contact ban covers only direct contact").contains("directly or indirectly");
        }

        @Test
        void anotherTermBanningIndirectContactWithTheSamePersonCoversIt() {
            assertThat(findings("The respondent must not contact the applicant.",
                    "The respondent must not contact the applicant indirectly" + OTHERS)).isEmpty();
        }

        @Test
        void indirectContactWithSomeoneElseDoesNot() {
            assertThat(findings("The respondent must not contact the applicant.",
                    "The respondent must not contact the children indirectly" + OTHERS))
                    .containsExactly("NO_INDIRECT_CONTACT WARNING @1", "NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1");
        }
    }

    @Nested
    class Hours {

        @Test
        void overnightIsNotHours() {
            String term = "The respondent must not go to the applicant's home overnight" + OTHERS;
            assertThat(findings(term)).containsExactly("UNDEFINED_HOURS WARNING @1");
            Finding finding = only(FindingCode.UNDEFINED_HOURS, term);
            assertThat(finding.message()).startsWith("\"overnight\" does not say which hours")
                    .endsWith("\"between 10pm and 7am\".").doesNotContain("school");
        }

        @Test
        void schoolHoursAreAskedForAsSchoolDays() {
            String term = "The respondent must not go to the applicant's home during school hours" + OTHERS;
            assertThat(findings(term)).containsExactly("UNDEFINED_HOURS WARNING @1");
            assertThat(only(FindingCode.UNDEFINED_HOURS, term).message())
                    .startsWith("\"during school hours\" does not say which hours")
                    .contains("\"between 8.30am and 3.30pm on school days\"").doesNotContain("10pm");
        }

        @Test
        void statedHoursAreFine() {
            assertThat(findings("The respondent must not go to the applicant's home between 10pm and 7am" + OTHERS))
                    .isEmpty();
        }
    }

    @Nested
    class Vagueness {

        @Test
        void aVagueTermAloneIsAnErrorQuotingItsWord() {
            String term = "The respondent must not molest the applicant" + OTHERS;
            assertThat(findings(term)).containsExactly("VAGUE_PROHIBITION ERROR @1");
            assertThat(only(FindingCode.VAGUE_PROHIBITION, term).message())
                    .startsWith("\"molest\" does not say what conduct is forbidden");
        }

        @Test
        void besideASpecificTermItIsAWarning() {
            assertThat(findings("The respondent must not molest the applicant" + OTHERS,
                    "The respondent must not use or threaten violence against the applicant" + OTHERS))
                    .containsExactly("VAGUE_PROHIBITION WARNING @1");
        }

        @Test
        void aTermReadAsNothingRecognisedIsLeftToTheEye() {
            assertThat(findings("The respondent must keep the peace.")).containsExactly("UNCLASSIFIED_TERM WARNING @1");
        }

        @Test
        void aRequirementToNotifyIsRecognised() {
            assertThat(findings("The respondent must notify the police of any change of address within 3 days."))
                    .isEmpty();
        }
    }

    @Nested
    class ThirdParties {

        @Test
        void theFirstProhibitionWithoutTheWordsIsNamedOnce() {
            String term = "The respondent must not harass the applicant.";
            assertThat(findings(term)).containsExactly("NO_THIRD_PARTY_CLAUSE WARNING @1");
            assertThat(only(FindingCode.NO_THIRD_PARTY_CLAUSE, term).message())
                    .startsWith("Term 1 does not forbid").doesNotContain("(and any like it)");
            assertThat(findings("The respondent must not use violence against the applicant" + OTHERS,
                    "The respondent must not harass the applicant.", "The respondent must not intimidate the applicant."))
                    .containsExactly("NO_THIRD_PARTY_CLAUSE WARNING @2");
            assertThat(only(FindingCode.NO_THIRD_PARTY_CLAUSE, "The respondent must not harass the applicant.",
                    "The respondent must not intimidate the applicant.").message())
                    .startsWith("Term 1 (and any like it) does not forbid");
        }

        @Test
        void aGeneralTermForOthersCoversEveryProhibition() {
            assertThat(findings("The respondent must not harass the applicant.",
                    "The respondent must not do any of the above acts himself or by instructing any other person."))
                    .isEmpty();
        }

        @Test
        void aContactBanIsLeftToTheIndirectContactFinding() {
            assertThat(findings("The respondent must not contact the applicant directly or indirectly.")).isEmpty();
        }
    }

    @Nested
    class Children {

        private static final String CONTACT = "The respondent must not contact the applicant directly or indirectly"
                + OTHERS;

        @Test
        void childrenInCommonWithNoArrangementsExceptionIsAWarningOnTheContactTerm() {
            OrderContext children = context(true, null, null, null, MADE, true, LocalDate.of(1990, 1, 1), true);
            assertThat(findings(children, "The respondent must not use violence against the applicant" + OTHERS,
                    CONTACT)).containsExactly("NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @2");
            assertThat(only(FindingCode.NO_CHILD_ARRANGEMENTS_EXCEPTION, "The respondent must not go to the "
                    + "children's school known as Ashby Primary, Mill Lane, Ashby, or within 100 metres of it" + OTHERS)
                    .message()).startsWith("There are children, but nothing says how contact");
        }

        @Test
        void theContextSayingNoChildrenOverridesWhatTheWordsSuggest() {
            OrderContext none = context(false, null, null, null, MADE, true, LocalDate.of(1990, 1, 1), true);
            assertThat(findings(none, CONTACT, "The respondent must not contact the children directly or indirectly"
                    + OTHERS)).isEmpty();
        }

        @Test
        void anArrangementsExceptionAnywhereAnswersIt() {
            assertThat(findings(CONTACT, "This order does not prevent contact with the children in accordance with "
                    + "any child arrangements order.")).isEmpty();
        }

        @Test
        void childrenAreFoundFromAnExceptionThatNamesThem() {
            assertThat(findings(CONTACT, "The respondent must not go within 100 metres of the applicant's home, "
                    + "except in an emergency involving the children" + OTHERS))
                    .containsExactly("NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1");
            assertThat(findings(CONTACT, "The respondent must not go within 100 metres of the applicant's home, save "
                    + "to collect the children" + OTHERS)).isEmpty();
        }

        @Test
        void withNoContactOrProximityTermThereIsNothingToExcept() {
            OrderContext children = context(true, null, MADE.plus(Duration.ofDays(180)), null, MADE, true,
                    LocalDate.of(1990, 1, 1), false);
            assertThat(findings(children, "The respondent must not use violence against the applicant" + OTHERS))
                    .isEmpty();
        }
    }

    @Nested
    class TheOrderAroundTheTerms {

        private static final String TERM = "The respondent must not use violence against the applicant" + OTHERS;
        private static final LocalDate DOB = LocalDate.of(1988, 5, 17);

        @Test
        void aCompleteServedOrderWithReturnDateHasNoFinding() {
            OrderContext ctx = context(null, true, MADE.plus(Duration.ofDays(14)), MADE.plus(Duration.ofDays(7)),
                    MADE.plus(Duration.ofDays(1)), true, DOB, false);
            assertThat(findings(ctx, TERM)).isEmpty();
        }

        @Test
        void withoutNoticeAndNoReturnDateIsAnError() {
            OrderContext ctx = context(null, true, MADE.plus(Duration.ofDays(14)), null, MADE, true, DOB, false);
            assertThat(findings(ctx, TERM)).containsExactly("WITHOUT_NOTICE_NO_RETURN_DATE ERROR");
        }

        @Test
        void withNoticeNeedsNoReturnDate() {
            OrderContext ctx = context(null, false, MADE.plus(Duration.ofDays(365)), null, MADE, true, DOB, false);
            assertThat(findings(ctx, TERM)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"0, false", "1, true"})
        void aWithoutNoticeOrderMayRunFourteenAndAHalfDays(long extraSeconds, boolean tooLong) {
            Instant ends = MADE.plus(Duration.ofDays(14).plusHours(12)).plusSeconds(extraSeconds);
            OrderContext ctx = context(null, true, ends, MADE.plus(Duration.ofDays(7)), MADE, true, DOB, false);
            if (tooLong) {
                assertThat(findings(ctx, TERM)).containsExactly("WITHOUT_NOTICE_TOO_LONG WARNING");
                assertThat(checker.check(List.of(TERM), ctx).findings().get(0).message())
                        .contains("lasts 14 days").contains("no more than 14 days");
            } else {
                assertThat(findings(ctx, TERM)).isEmpty();
            }
        }

        @Test
        void noEndDateIsAnErrorUnlessItLastsUntilFurtherOrder() {
            OrderContext open = new OrderContext("NMO", false, MADE, null, null, null, MADE, true, DOB, false);
            assertThat(findings(open, TERM)).containsExactly("NO_END_DATE ERROR");
            OrderContext furtherOrder = new OrderContext("NMO", false, MADE, null, true, null, MADE, true, DOB, false);
            assertThat(findings(furtherOrder, TERM)).isEmpty();
        }

        @Test
        void unservedNoPenalNoticeAndNoDateOfBirthAreWarnings() {
            OrderContext ctx = new OrderContext("NMO", false, MADE, MADE.plus(Duration.ofDays(180)), null, null, null,
                    false, null, false);
            assertThat(findings(ctx, TERM)).containsExactly("NOT_SERVED WARNING", "NO_PENAL_NOTICE WARNING",
                    "NO_RESPONDENT_DOB WARNING");
        }

        @Test
        void anUnknownPenalNoticeIsNotReportedMissing() {
            OrderContext ctx = new OrderContext("NMO", false, MADE, MADE.plus(Duration.ofDays(180)), null, null, MADE,
                    null, DOB, false);
            assertThat(findings(ctx, TERM)).isEmpty();
        }

        @Test
        void anUndertakingIsSaidToBeOne() {
            OrderContext ctx = new OrderContext("UNDERTAKING", false, MADE, MADE.plus(Duration.ofDays(180)), null,
                    null, MADE, true, DOB, false);
            List<Finding> found = checker.check(List.of(TERM), ctx).findings();
            assertThat(found).extracting(Finding::code).containsExactly(FindingCode.UNDERTAKING_NOT_ORDER);
            assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(found.get(0).clauseIndex()).isNull();
            assertThat(found.get(0).message()).contains("contempt of court");
        }
    }

    private static OrderContext context(Boolean children, Boolean withoutNotice, Instant ends, Instant returnHearing,
                                        Instant served, Boolean penalNotice, LocalDate dob, boolean untilFurther) {
        return new OrderContext("NMO", withoutNotice, MADE, ends, untilFurther ? Boolean.TRUE : null, returnHearing,
                served, penalNotice, dob, children);
    }
}
