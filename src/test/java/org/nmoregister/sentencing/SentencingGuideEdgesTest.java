package org.nmoregister.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nmoregister.sentencing.SentencingGuideTest.community;
import static org.nmoregister.sentencing.SentencingGuideTest.custody;
import static org.nmoregister.sentencing.SentencingGuideTest.fine;
import static org.nmoregister.sentencing.SentencingGuideTest.refused;
import static org.nmoregister.sentencing.SentencingGuideTest.shippedText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.sentencing.Sentence.CommunityOrderLevel;
import org.nmoregister.sentencing.Sentence.Kind;

/** The guideline file's checks at their edges: what is exactly at a limit is accepted, and every missing part named. */
class SentencingGuideEdgesTest {

    private static final String A1_START = "\"startingPoint\": {\"kind\": \"CUSTODY\", \"weeks\": 104, \"text\": \"2 years' custody\"}";

    private static SentencingGuide read(String json) {
        return SentencingGuide.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void aStartingPointAtEitherEndOfItsRangeIsWithinIt() throws IOException {
        SentencingGuide bottom = read(shippedText().replace(A1_START,
                "\"startingPoint\": {\"kind\": \"CUSTODY\", \"weeks\": 52, \"text\": \"1 year's custody\"}"));
        assertThat(bottom.guideline().cell(Culpability.A, Harm.CATEGORY_1).startingPoint()).isEqualTo(
                new Sentence(Kind.CUSTODY, 52, null, null, "1 year's custody"));
        SentencingGuide top = read(shippedText().replace(A1_START,
                "\"startingPoint\": {\"kind\": \"CUSTODY\", \"weeks\": 208, \"text\": \"4 years' custody\"}"));
        assertThat(top.guideline().cell(Culpability.A, Harm.CATEGORY_1).startingPoint().weeks()).isEqualTo(208);
    }

    @Test
    void aRangeReachingExactlyTheMaximumAndASummaryMaximumEqualToItAreAccepted() throws IOException {
        SentencingGuide guide = read(shippedText()
                .replace("\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 260, \"text\": \"5 years' custody\"}",
                        "\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 208, \"text\": \"4 years' custody\"}")
                .replace("\"summary\": {\"kind\": \"CUSTODY\", \"weeks\": 26,", "\"summary\": {\"kind\": \"CUSTODY\", \"weeks\": 208,"));
        assertThat(guide.guideline().maximum().onIndictment().weeks()).isEqualTo(208);
        assertThat(guide.guideline().maximum().summary().weeks()).isEqualTo(208);
    }

    @Test
    void eachMaximumIsCheckedAsASentence() throws IOException {
        assertThat(refused(shippedText().replace(
                "\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 260,", "\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 0,"))
                .problems()).containsExactly("maximum onIndictment: custody needs a positive number of weeks");
        assertThat(refused(shippedText().replace("\"summary\": {\"kind\": \"CUSTODY\", \"weeks\": 26,", "\"summary\": {\"weeks\": 26,"))
                .problems()).containsExactly(
                        "maximum summary: kind is missing (DISCHARGE, FINE, COMMUNITY_ORDER or CUSTODY)");
    }

    @Test
    void aRangeWithoutWordsIsNamed() throws IOException {
        assertThat(refused(shippedText().replace("\"text\": \"1–4 years\"", "\"text\": \" \"")).problems())
                .containsExactly("table A1 range text is missing");
    }

    @Test
    void anEmptyFileIsRefusedForEveryPartInTheFilesOrder() {
        assertThat(refused("{}").problems()).containsExactly(
                "id is missing",
                "name is missing",
                "guideline is missing",
                "issuer is missing",
                "version is missing",
                "effectiveFrom is missing",
                "source needs a title and a url",
                "appliesTo needs at least one line and no blank lines",
                "orderTypes is missing: name the order types whose breach the guideline covers",
                "culpability definitions are missing",
                "harm definitions are missing",
                "maximum is missing",
                "table is missing",
                "aggravatingFactors are missing",
                "mitigatingFactors are missing");
    }

    @Test
    void aFineOfBandAIsWellFormedAndCustodyOfNoWeeksIsNot() {
        assertThat(fine("A").problems()).isEmpty();
        assertThat(fine("f").problems()).isEmpty();
        assertThat(fine("G").problems()).containsExactly("a fine needs a band A to F");
        assertThat(fine("AB").problems()).containsExactly("a fine needs a band A to F");
        assertThat(custody(1).problems()).isEmpty();
        assertThat(custody(0).problems()).containsExactly("custody needs a positive number of weeks");
        assertThat(new Sentence(null, 4, null, null, null).problems())
                .containsExactly("kind is missing (DISCHARGE, FINE, COMMUNITY_ORDER or CUSTODY)");
    }

    @Test
    void sentencesAreOrderedByKindThenWithinTheirKind() {
        List<Sentence> leastFirst = List.of(new Sentence(Kind.DISCHARGE, null, null, null, null), fine("A"),
                fine("F"), community(CommunityOrderLevel.LOW), community(CommunityOrderLevel.HIGH), custody(1),
                custody(52));
        for (int i = 1; i < leastFirst.size(); i++) {
            assertThat(leastFirst.get(i).severity()).as(leastFirst.get(i).toString())
                    .isGreaterThan(leastFirst.get(i - 1).severity());
        }
        assertThat(custody(52).severity()).isEqualTo(3 * 100_000 + 52);
        assertThat(fine("F").severity()).isEqualTo(100_000 + 5);
    }

    @Test
    void aCellTheTableDoesNotHaveIsNamed() {
        Guideline g = SentencingGuideTest.shipped().guideline();
        Guideline empty = new Guideline(g.id(), g.name(), g.guideline(), g.issuer(), g.version(), g.effectiveFrom(),
                g.source(), g.appliesTo(), g.orderTypes(), g.culpability(), g.harm(), List.of(),
                g.aggravatingFactors(), g.mitigatingFactors(), g.maximum());
        assertThatThrownBy(() -> empty.cell(Culpability.B, Harm.CATEGORY_2))
                .isInstanceOf(IllegalStateException.class).hasMessage("The guideline has no cell B2");
    }
}
