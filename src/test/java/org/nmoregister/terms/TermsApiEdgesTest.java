package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The terms module's API at its edges: the size limit on what it reads (exactly the limit is read, one character more
 * is refused), paragraphs read in the court's numbering whatever order they arrive in, and the small rules on a
 * clause, an order's context and a reading.
 */
class TermsApiEdgesTest {

    private static final String CONTACT = "The respondent must not contact the applicant by any means.";
    private static final String VIOLENCE = "The respondent must not use or threaten violence against the applicant.";
    private static final String REFUSED = "The terms are longer than 100000 characters";

    private final TermsChecker checker = new TermsChecker();
    private final TermsReader reader = new TermsReader();

    @Test
    void textUpToTheLimitIsReadAndOneCharacterMoreIsRefused() {
        assertThat(TermsChecker.MAX_TEXT_LENGTH).isEqualTo(100_000);
        assertThat(checker.check(" ".repeat(TermsChecker.MAX_TEXT_LENGTH), null).clauses()).isEmpty();
        assertThatThrownBy(() -> checker.check(" ".repeat(TermsChecker.MAX_TEXT_LENGTH + 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(REFUSED);
        assertThat(MarkedTerm.in(" ".repeat(MarkedTerm.MAX_TEXT_LENGTH))).isEmpty();
        assertThatThrownBy(() -> MarkedTerm.in(" ".repeat(MarkedTerm.MAX_TEXT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(REFUSED);
        assertThat(MarkedTerm.in(null)).isEmpty();
        assertThat(MarkedTerm.in("1. " + CONTACT + "\n2. " + VIOLENCE)).hasSize(2);
        assertThat(checker.check((String) null, null).clauses()).isEmpty();
    }

    @Test
    void separateTermsCountTwoCharactersEachForTheBreakBetweenThem() {
        // one term of 99,998 characters and its break: exactly the limit
        assertThatCode(() -> checker.check(List.of(" ".repeat(99_998)), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> checker.check(List.of(" ".repeat(99_999)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(REFUSED);
        assertThatThrownBy(() -> checker.check(List.of(" ".repeat(49_998), " ".repeat(49_999)), null))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> withMissing = new ArrayList<>(Arrays.asList(CONTACT, null));
        assertThat(checker.check(withMissing, null).clauses()).extracting(Clause::type)
                .startsWith(ClauseType.CONTACT);

        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        paragraphs.put(1, " ".repeat(99_998));
        assertThatCode(() -> reader.read(paragraphs)).doesNotThrowAnyException();
        paragraphs.put(1, " ".repeat(99_999));
        assertThatThrownBy(() -> reader.read(paragraphs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(REFUSED);
    }

    @Test
    void paragraphsAreReadInTheCourtsNumberingWhateverOrderTheyArriveIn() {
        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        paragraphs.put(7, CONTACT);
        paragraphs.put(2, VIOLENCE);
        ReadClauses read = reader.read(paragraphs);
        assertThat(read.parserVersion()).isEqualTo(TermsReader.PARSER_VERSION);
        assertThat(read.clauses()).extracting(Clause::type).containsExactly(ClauseType.VIOLENCE, ClauseType.CONTACT);
        assertThat(read.clauses()).extracting(Clause::index).containsExactly(1, 2);
        assertThat(read.paragraphOf(read.clauses().get(0))).isEqualTo(2);
        assertThat(read.paragraphOf(read.clauses().get(1))).isEqualTo(7);
        assertThat(read.clausesIn(7)).isEqualTo(1);
        assertThat(read.clausesIn(3)).isZero();
        assertThat(reader.fromStored(reader.toStored(read))).isEqualTo(read);
        assertThat(reader.findings(read, null)).isEqualTo(reader.findings(read, OrderContext.none()));
    }

    @Test
    void everyClauseIsNumberedInTurnAndHasItsParagraph() {
        Clause first = clause(1, ClauseType.CONTACT, List.of());
        Clause second = clause(2, ClauseType.VIOLENCE, List.of());
        assertThat(new ReadClauses(1, List.of(first, second), List.of(4, 4)).clausesIn(4)).isEqualTo(2);
        assertThatThrownBy(() -> new ReadClauses(1, List.of(first, second), List.of(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every clause needs the paragraph it was read from");
        assertThatThrownBy(() -> new ReadClauses(1, List.of(second, first), List.of(4, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clause 1 is numbered 2");
    }

    @Test
    void aClausesFirstPlaceWhomItProtectsAndWhetherItForbidsAnything() {
        Clause.Place home = new Clause.Place(Clause.PlaceKind.HOME, "14 Acacia Avenue");
        Clause.Place school = new Clause.Place(Clause.PlaceKind.SCHOOL, null);
        Clause withPlaces = clause(1, ClauseType.ENTRY, List.of(home, school));
        assertThat(withPlaces.place()).isEqualTo(home);
        assertThat(clause(1, ClauseType.ENTRY, List.of()).place()).isNull();
        assertThat(withPlaces.protects(Clause.Party.APPLICANT)).isTrue();
        assertThat(withPlaces.protects(Clause.Party.NAMED_CHILDREN)).isFalse();
        assertThat(clause(1, ClauseType.CONTACT, List.of()).isProhibition()).isTrue();
        assertThat(clause(1, ClauseType.EXCEPTION, List.of()).isProhibition()).isFalse();
        assertThat(clause(1, ClauseType.OTHER, List.of()).isProhibition()).isFalse();
    }

    @Test
    void anUndertakingIsKnownByItsNameOrItsForm() {
        assertThat(context(null).isUndertaking()).isFalse();
        assertThat(context(" n117 ").isUndertaking()).isTrue();
        assertThat(context("UNDERTAKING").isUndertaking()).isTrue();
        assertThat(context("Undertaking (to the court)").isUndertaking()).isTrue();
        assertThat(context("NMO").isUndertaking()).isFalse();
        assertThat(OrderContext.none().isEmpty()).isTrue();
        assertThat(context("NMO").isEmpty()).isFalse();
    }

    @Test
    void aReadingHasErrorsOnlyWhenAFindingIsAnError() {
        Finding warning = new Finding(FindingCode.NO_END_DATE, Finding.Severity.WARNING, null, "No end date.");
        Finding error = new Finding(FindingCode.VAGUE_PROHIBITION, Finding.Severity.ERROR, 1, "Vague.");
        assertThat(new TermsReading(List.of(), List.of(warning)).hasErrors()).isFalse();
        assertThat(new TermsReading(List.of(), List.of(warning, error)).hasErrors()).isTrue();
        assertThat(new TermsReading(List.of(), List.of()).hasErrors()).isFalse();
    }

    private static OrderContext context(String type) {
        return new OrderContext(type, null, null, null, null, null, null, null, null, null);
    }

    private static Clause clause(int index, ClauseType type, List<Clause.Place> places) {
        return new Clause(index, "The respondent must not do it.", type,
                List.of(new Clause.Protected(Clause.Party.APPLICANT, List.of())), Set.of(), true, false, false, places,
                null, List.of(), List.of(), List.of());
    }
}
