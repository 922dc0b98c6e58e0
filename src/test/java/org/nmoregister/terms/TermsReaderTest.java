package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The reading the register stores with each order version, and its stored shape (docs/terms.md). */
class TermsReaderTest {

    private final TermsReader reader = new TermsReader();

    private static final String CONTACT = "The respondent must not telephone, text, e-mail or otherwise contact "
            + "the applicant Priya Okafor, whether directly or indirectly.";
    private static final String TWO_IN_ONE = "The respondent must not go to, enter or attempt to enter the "
            + "applicant's home at 7 Larch Close, Bradford BD9 4QT; and must not go within 200 metres of it.";
    private static final String EXCEPTION = "This order does not prevent the respondent from contacting the "
            + "applicant through solicitors.";

    private static Map<Integer, String> paragraphs(Object... numberThenText) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < numberThenText.length; i += 2) {
            out.put((Integer) numberThenText[i], (String) numberThenText[i + 1]);
        }
        return out;
    }

    @Test
    void readsTheParagraphsInTheCourtsOrderWhateverOrderTheyWereRecordedIn() {
        ReadClauses read = reader.read(paragraphs(3, EXCEPTION, 1, CONTACT, 2, TWO_IN_ONE));

        assertThat(read.parserVersion()).isEqualTo(TermsReader.PARSER_VERSION);
        assertThat(read.clauses()).extracting(Clause::type).containsExactly(ClauseType.CONTACT, ClauseType.ENTRY,
                ClauseType.PROXIMITY, ClauseType.EXCEPTION);
        assertThat(read.clauses()).extracting(Clause::index).containsExactly(1, 2, 3, 4);
        assertThat(read.paragraphs()).containsExactly(1, 2, 2, 3);
        assertThat(read.clausesIn(2)).isEqualTo(2);
        assertThat(read.clausesIn(3)).isEqualTo(1);
        assertThat(read.paragraphOf(read.clauses().get(3))).isEqualTo(3);
    }

    @Test
    void givesTheSameClausesAndFindingsAsTheCheckerOfTheWholeText() {
        var context = new OrderContext("NMO", true, Instant.parse("2026-01-05T10:00:00Z"), null, true, null, null,
                false, LocalDate.of(1985, 2, 3), true);
        List<String> texts = List.of(CONTACT, TWO_IN_ONE, EXCEPTION);
        TermsReading checked = new TermsChecker().check(texts, context);

        ReadClauses read = reader.read(paragraphs(1, CONTACT, 2, TWO_IN_ONE, 3, EXCEPTION));

        assertThat(read.clauses()).isEqualTo(checked.clauses());
        assertThat(reader.findings(read, context)).isEqualTo(checked.findings()).isNotEmpty();
        // findings come from the clauses given: a reading stored with other clauses is judged on those
        ReadClauses one = reader.read(paragraphs(1, CONTACT));
        assertThat(reader.findings(one, context)).isNotEqualTo(checked.findings());
    }

    @Test
    void theStoredShapeGivesBackExactlyWhatWasRead() {
        ReadClauses read = reader.read(paragraphs(1, CONTACT, 2, TWO_IN_ONE, 3, EXCEPTION,
                4, "The respondent must not post about the applicant on Facebook between 8am and 6pm."));

        String stored = reader.toStored(read);

        assertThat(reader.fromStored(stored)).isEqualTo(read);
    }

    @Test
    void theStoredShapeIsTheDocumentedOneNotTheClauseRecord() {
        String stored = reader.toStored(reader.read(paragraphs(5, TWO_IN_ONE)));
        var tree = JsonMapper.builder().build().readTree(stored);

        assertThat(tree.get("shape").asInt()).isEqualTo(1).isEqualTo(TermsReader.SHAPE_VERSION);
        assertThat(tree.get("parser").asInt()).isEqualTo(TermsReader.PARSER_VERSION);
        var first = tree.get("clauses").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("index", "paragraph", "text", "type", "protects",
                "channels", "direct", "indirect", "coversOthersActing", "places", "distanceMetres", "timeLimits",
                "exceptions", "spans");
        assertThat(first.get("paragraph").asInt()).isEqualTo(5);
        assertThat(first.get("type").asString()).isEqualTo("ENTRY");
        assertThat(first.get("places").get(0).get("kind").asString()).isEqualTo("HOME");
        assertThat(tree.get("clauses").get(1).get("distanceMetres").asInt()).isEqualTo(200);
    }

    @Test
    void aShapeOrValueThisCodeDoesNotKnowIsRefusedNotReadInPart() {
        String stored = reader.toStored(reader.read(paragraphs(1, CONTACT)));

        assertThatThrownBy(() -> reader.fromStored(stored.replace("\"shape\":1", "\"shape\":2")))
                .hasMessageContaining("shape 2");
        assertThatThrownBy(() -> reader.fromStored(stored.replace("\"type\":\"CONTACT\"", "\"type\":\"TELEPATHY\"")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.fromStored(stored.replace("\"direct\":", "\"mood\":1,\"direct\":")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void refusesTermsLongerThanTheCheckerAccepts() {
        assertThatThrownBy(() -> reader.read(paragraphs(1, "x".repeat(TermsChecker.MAX_TEXT_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
