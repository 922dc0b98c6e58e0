package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.Span;

class TermsCheckerTest {

    private final TermsChecker checker = new TermsChecker();

    private Clause only(String text) {
        List<Clause> clauses = checker.check(text, OrderContext.none()).clauses();
        assertThat(clauses).hasSize(1);
        return clauses.get(0);
    }

    private List<FindingCode> codes(String text, OrderContext context) {
        return checker.check(text, context).findings().stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100 metres | 100", "100m | 100", "100 m | 100", "1,000 metres | 1000", "one hundred metres | 100",
            "one hundred and fifty metres | 150", "two hundred and fifty meters | 250", "fifty yards | 46",
            "200 yards | 183", "a quarter of a mile | 402", "half a mile | 805", "a mile | 1609",
            "one and a half miles | 2414", "0.5 km | 500", "three quarters of a mile | 1207", "500 feet | 152",
            "a hundred metres | 100", "100-metre | 100", "twenty metres | 20", "one hundred (100) metres | 100"})
    void distancesInWordsAndNumbersBecomeMetres(String distance, int metres) {
        Clause clause = only("The respondent must not come within " + distance + " of the applicant.");
        assertThat(clause.type()).isEqualTo(ClauseType.PROXIMITY);
        assertThat(clause.distanceMetres()).isEqualTo(metres);
    }

    @Test
    void timesOfDayAreNotDistances() {
        Clause clause = only("The respondent must not go to the applicant's home between 8 am and 6 pm.");
        assertThat(clause.distanceMetres()).isNull();
        assertThat(clause.type()).isEqualTo(ClauseType.ENTRY);
        assertThat(clause.timeLimits()).anyMatch(t -> t.contains("between 8 am and 6 pm"));
    }

    @Test
    void everySpanPointsAtTheWordsItWasReadFrom() {
        String text = "The respondent must not come within 200 metres of the property at 3 Mill Lane, Ashby AB1 2CD, "
                + "save for handovers of the children at the contact centre, and must not instruct, encourage or in "
                + "any way suggest that any other person should do so.";
        Clause clause = only(text);
        assertThat(clause.text()).isEqualTo(text);
        assertThat(span(clause, "distanceMetres")).isEqualTo("200 metres");
        assertThat(span(clause, "type")).isEqualTo("within");
        assertThat(span(clause, "place")).isEqualTo("property at 3 Mill Lane, Ashby AB1 2CD");
        assertThat(clause.protects()).as("the children appear only in the carve-out").isEmpty();
        assertThat(span(clause, "exception")).startsWith("save for handovers");
        assertThat(span(clause, "coversOthersActing")).isEqualTo("instruct");
        for (Span s : clause.spans()) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
        }
    }

    @Test
    void spansSurviveTyposThatChangeALength() {
        String text = "The respondant must not harrass the applicant.";
        Clause clause = only(text);
        assertThat(clause.type()).isEqualTo(ClauseType.INTIMIDATION);
        assertThat(span(clause, "type")).isEqualTo("harrass");
        assertThat(span(clause, "protects")).isEqualTo("applicant");
    }

    private static String span(Clause clause, String attribute) {
        Span s = clause.spans().stream().filter(x -> x.attribute().equals(attribute)).findFirst().orElseThrow();
        return clause.text().substring(s.start(), s.end());
    }

    @Test
    void exceptionsAreKeptAndClassified() {
        Clause clause = only("The respondent must not contact the applicant directly or indirectly save through "
                + "solicitors or as necessary to arrange handovers of the children, or to attend mediation.");
        assertThat(clause.type()).isEqualTo(ClauseType.CONTACT);
        assertThat(clause.exceptions()).extracting(Clause.Exception::kind)
                .containsExactly(ExceptionKind.SOLICITORS, ExceptionKind.CHILD_ARRANGEMENTS, ExceptionKind.MEDIATION);
        Clause alone = only("This order does not prevent the respondent from attending court.");
        assertThat(alone.type()).isEqualTo(ClauseType.EXCEPTION);
        assertThat(alone.exceptions()).extracting(Clause.Exception::kind).containsExactly(ExceptionKind.COURT);
    }

    @Test
    void anExceptionDoesNotChangeWhatIsForbidden() {
        // "contact" in the carve-out must not make an entry clause a contact clause
        Clause clause = only("The respondent must not go to the applicant's home at 1 Low Road, Ely, except for "
                + "contact with the children arranged through solicitors.");
        assertThat(clause.type()).isEqualTo(ClauseType.ENTRY);
        assertThat(clause.channels()).isEmpty();
    }

    @Test
    void nothingIsDroppedAndWhatCannotBeReadIsFlagged() {
        TermsReading reading = checker.check("1. The respondent must not keep ferrets.\n2. Blue sky thinking.",
                OrderContext.none());
        assertThat(reading.clauses()).hasSize(2);
        assertThat(reading.clauses()).allMatch(c -> c.type() == ClauseType.OTHER);
        assertThat(reading.findings()).filteredOn(f -> f.code() == FindingCode.UNCLASSIFIED_TERM)
                .extracting(Finding::clauseIndex).containsExactly(1, 2);
    }

    @Test
    void theSameInputAlwaysGivesTheSameReading() {
        String text = "The respondent must not telephone, text, email, WhatsApp or write to the applicant or the "
                + "children Amy and Ben, or come within 50m of the school known as Hill School.";
        TermsReading first = checker.check(text, OrderContext.none());
        for (int i = 0; i < 5; i++) {
            assertThat(new TermsChecker().check(text, OrderContext.none())).isEqualTo(first);
        }
    }

    @Test
    void oddUnicodeIsNormalisedAndRead() {
        String text = "The\u00a0Respondent\u200b must\u00a0not \u201ctelephone\u201d, text or e\u2011mail the "
                + "applicant \u2013 directly or indirectly \u200f\u202e\ufeff.";
        Clause clause = only(text);
        assertThat(clause.type()).isEqualTo(ClauseType.CONTACT);
        assertThat(clause.indirect()).isTrue();
        assertThat(clause.text()).doesNotContain("\u00a0", "\u200b", "\u201c", "\u2013", "\u202e");
    }

    @Test
    void binaryNoiseNeverThrows() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            char[] chars = new char[2000];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x10000);
            }
            TermsReading reading = checker.check(new String(chars), OrderContext.none());
            assertThat(reading.clauses()).allMatch(c -> c.text() != null);
        }
        assertThat(checker.check("", OrderContext.none()).clauses()).isEmpty();
        assertThat(checker.check((String) null, OrderContext.none()).clauses()).isEmpty();
    }

    @Test
    void textOverTheLimitIsRefused() {
        assertThatThrownBy(() -> checker.check("x".repeat(TermsChecker.MAX_TEXT_LENGTH + 1), OrderContext.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("timing") // a guard against runaway backtracking, not a speed target: left out of mutation testing
    void aLargeRealisticOrderIsReadQuickly() {
        String order = "The respondent must not contact the applicant directly or indirectly, save through "
                + "solicitors, and must not instruct, encourage or in any way suggest that any other person should "
                + "do so.\n";
        long start = System.nanoTime();
        TermsReading reading = checker.check(order.repeat(450), OrderContext.none());
        assertThat(reading.clauses()).hasSize(450);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    /** Public input: 100 KB built to make regular expressions backtrack must still be read in well under a second or two. */
    @ParameterizedTest
    @Tag("timing")
    @CsvSource(delimiter = '|', value = {"must not instruct ", "a a a a ", "whether by himself or ", ". 1",
            "within one hundred and ", "children contact ", "; and must not ", "John Smith and "})
    void adversarialTextIsReadQuicklyAndNeverOverflows(String seed) {
        String text = seed.repeat(TermsChecker.MAX_TEXT_LENGTH / seed.length());
        long start = System.nanoTime();
        TermsReading reading = checker.check(text, OrderContext.none());
        assertThat(reading.clauses()).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void contextChecks() {
        Instant made = Instant.parse("2026-11-01T10:00:00Z");
        String terms = "The respondent must not use or threaten violence against the applicant, and must not "
                + "instruct, encourage or in any way suggest that any other person should do so.";
        OrderContext bare = new OrderContext("NMO", true, made, null, null, null, null, false, null, null);
        assertThat(codes(terms, bare)).containsExactlyInAnyOrder(FindingCode.NO_END_DATE,
                FindingCode.WITHOUT_NOTICE_NO_RETURN_DATE, FindingCode.NOT_SERVED, FindingCode.NO_PENAL_NOTICE,
                FindingCode.NO_RESPONDENT_DOB);
        OrderContext tooLong = new OrderContext("NMO", true, made, made.plus(28, ChronoUnit.DAYS), null,
                made.plus(14, ChronoUnit.DAYS), made.plus(1, ChronoUnit.DAYS), true, LocalDate.of(1990, 1, 2), false);
        assertThat(codes(terms, tooLong)).containsExactly(FindingCode.WITHOUT_NOTICE_TOO_LONG);
        OrderContext fourteenDays = new OrderContext("NMO", true, made, made.plus(14, ChronoUnit.DAYS), null,
                made.plus(14, ChronoUnit.DAYS), made.plus(1, ChronoUnit.DAYS), true, LocalDate.of(1990, 1, 2), false);
        assertThat(codes(terms, fourteenDays)).isEmpty();
        OrderContext undertaking = new OrderContext("UNDERTAKING", false, made, null, true, null,
                made.plus(1, ChronoUnit.DAYS), null, LocalDate.of(1990, 1, 2), null);
        assertThat(codes(terms, undertaking)).containsExactly(FindingCode.UNDERTAKING_NOT_ORDER);
        assertThat(codes(terms, OrderContext.none())).isEmpty();
    }

    @Test
    void childrenInCommonFromTheContextNeedAHandoverException() {
        String terms = "The respondent must not contact the applicant directly or indirectly, and must not instruct, "
                + "encourage or in any way suggest that any other person should do so.";
        OrderContext children = new OrderContext(null, null, null, null, true, null, null, null,
                LocalDate.of(1990, 1, 2), true);
        assertThat(codes(terms, children)).containsExactly(FindingCode.NO_CHILD_ARRANGEMENTS_EXCEPTION);
        assertThat(codes(terms + "\nThis order does not prevent the respondent from having contact with the "
                + "children in accordance with the child arrangements order.", children)).isEmpty();
    }

    @Test
    void vagueWordingIsAnErrorOnlyWhenNothingElseIsSpecific() {
        assertThat(checker.check("The respondent must not molest the applicant.", OrderContext.none()).findings())
                .filteredOn(f -> f.code() == FindingCode.VAGUE_PROHIBITION)
                .extracting(Finding::severity).containsExactly(Finding.Severity.ERROR);
        assertThat(checker.check("1. The respondent must not molest the applicant.\n2. The respondent must not use "
                        + "or threaten violence against the applicant.", OrderContext.none()).findings())
                .filteredOn(f -> f.code() == FindingCode.VAGUE_PROHIBITION)
                .extracting(Finding::severity).containsExactly(Finding.Severity.WARNING);
    }

    @Test
    void aGeneralThirdPartyClauseCoversEveryOther() {
        assertThat(codes("1. The respondent must not use or threaten violence against the applicant.\n"
                + "2. The respondent must not go to the property at 4 Low Road, Ely.\n"
                + "3. The respondent must not instruct, encourage or in any way suggest that any other person "
                + "should do any of the above.", OrderContext.none())).isEmpty();
        assertThat(codes("1. The respondent must not use or threaten violence against the applicant.\n"
                + "2. The respondent must not go to the property at 4 Low Road, Ely.", OrderContext.none()))
                .containsExactly(FindingCode.NO_THIRD_PARTY_CLAUSE);
    }

    @Test
    void termsHeldOneByOneAreNumberedThrough() {
        TermsReading reading = checker.check(List.of("The respondent must not contact the applicant directly or "
                + "indirectly.", "1. The respondent must not use violence.\n2. The respondent must not damage her car."),
                OrderContext.none());
        assertThat(reading.clauses()).extracting(Clause::index).containsExactly(1, 2, 3);
        assertThat(reading.clauses()).extracting(Clause::type)
                .containsExactly(ClauseType.CONTACT, ClauseType.VIOLENCE, ClauseType.PROPERTY_DAMAGE);
    }
}
