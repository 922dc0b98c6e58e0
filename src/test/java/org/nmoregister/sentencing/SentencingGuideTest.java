package org.nmoregister.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmoregister.sentencing.Sentence.CommunityOrderLevel;
import org.nmoregister.sentencing.Sentence.Kind;
import org.nmoregister.orders.OrderType;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped guideline file against DOMAIN.md's table, and the checks that stop a bad file being used. */
class SentencingGuideTest {

    static final String FILE = "/reference/sentencing/breach-of-protective-order-2018.json";

    static SentencingGuide shipped() {
        return SentencingGuide.read(() -> SentencingGuideTest.class.getResourceAsStream(FILE), FILE);
    }

    static Sentence custody(int weeks) {
        return new Sentence(Kind.CUSTODY, weeks, null, null, null);
    }

    static Sentence community(CommunityOrderLevel level) {
        return new Sentence(Kind.COMMUNITY_ORDER, null, level, null, null);
    }

    static Sentence fine(String band) {
        return new Sentence(Kind.FINE, null, null, band, null);
    }

    /** DOMAIN.md, Breach, Sentencing: every cell's starting point and range, as text and as structured values. */
    static Stream<Arguments> table() {
        var high = community(CommunityOrderLevel.HIGH);
        var medium = community(CommunityOrderLevel.MEDIUM);
        var low = community(CommunityOrderLevel.LOW);
        return Stream.of(
                Arguments.of("A", "1", "2 years' custody", custody(104), "1–4 years", custody(52), custody(208)),
                Arguments.of("B", "1", "1 year's custody", custody(52),
                        "high-level community order – 2 years' custody", high, custody(104)),
                Arguments.of("C", "1", "12 weeks' custody", custody(12),
                        "medium-level community order – 1 year's custody", medium, custody(52)),
                Arguments.of("A", "2", "1 year's custody", custody(52),
                        "high-level community order – 2 years' custody", high, custody(104)),
                Arguments.of("B", "2", "12 weeks' custody", custody(12),
                        "medium-level community order – 1 year's custody", medium, custody(52)),
                Arguments.of("C", "2", "high-level community order", high,
                        "low-level community order – 26 weeks' custody", low, custody(26)),
                Arguments.of("A", "3", "12 weeks' custody", custody(12),
                        "medium-level community order – 1 year's custody", medium, custody(52)),
                Arguments.of("B", "3", "high-level community order", high,
                        "low-level community order – 26 weeks' custody", low, custody(26)),
                Arguments.of("C", "3", "medium-level community order", medium,
                        "Band B fine – high-level community order", fine("B"), high));
    }

    @ParameterizedTest(name = "culpability {0}, harm {1}: {2} ({4})")
    @MethodSource("table")
    void everyCellIsTheGuidelines(String culpability, String harm, String startingPoint, Sentence start,
                                  String range, Sentence from, Sentence to) {
        Recommendation r = shipped().lookup(Culpability.parse(culpability).orElseThrow(),
                Harm.parse(harm).orElseThrow());
        assertThat(r.startingPoint().text()).isEqualTo(startingPoint);
        assertThat(r.startingPoint().withoutText()).isEqualTo(start);
        assertThat(r.range().text()).isEqualTo(range);
        assertThat(r.range().from().withoutText()).isEqualTo(from);
        assertThat(r.range().to().withoutText()).isEqualTo(to);
        assertThat(r.culpability().name()).isEqualTo(culpability);
        assertThat(r.harm().category()).isEqualTo(Integer.parseInt(harm));
    }

    @Test
    void aRecommendationCarriesTheDefinitionsFactorsMaximumAndEdition() {
        Recommendation r = shipped().lookup(Culpability.C, Harm.CATEGORY_1);
        assertThat(r.guidelineName()).isEqualTo("Breach of a protective order (restraining and non-molestation orders)");
        assertThat(r.guidelineVersion()).isEqualTo("2018");
        assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(r.source().url()).startsWith("https://www.sentencingcouncil.org.uk/");
        assertThat(r.culpabilityDefinition()).containsExactly("Minor breach", "Breach just short of reasonable excuse");
        assertThat(r.harmDefinition()).containsExactly("Breach causes very serious harm or distress");
        assertThat(r.maximum().onIndictment().text()).isEqualTo("5 years' custody");
        assertThat(r.maximum().onIndictment().weeks()).isEqualTo(260);
        assertThat(r.maximum().summary().text()).isEqualTo("6 months' custody");
        assertThat(r.maximum().summary().weeks()).isEqualTo(26);

        assertThat(r.aggravatingFactors()).filteredOn(Factor::statutory).extracting(Factor::id)
                .containsExactly("previous-convictions", "committed-on-bail");
        // DOMAIN.md's examples are all there.
        assertThat(r.aggravatingFactors()).extracting(Factor::text).contains(
                "Breach committed shortly after the order was made",
                "History of disobedience to court orders (where not already taken into account as a previous "
                        + "conviction)",
                "Using contact arrangements with a child to instigate the offence",
                "Impact on children",
                "Victim or protected person is particularly vulnerable",
                "Victim or protected person forced to leave home",
                "Offence committed whilst on bail",
                "Offence committed on licence or while subject to post-sentence supervision");
        assertThat(r.mitigatingFactors()).extracting(Factor::text).contains(
                "Breach following a long period of compliance",
                "Breach not initiated by the offender",
                "Prompt voluntary surrender or admission of the breach or failure");
        assertThat(r.mitigatingFactors()).noneMatch(Factor::statutory);
        assertThat(r.mitigatingFactors()).filteredOn(f -> f.id().equals("not-initiated-by-offender"))
                .singleElement().extracting(Factor::note).asString().contains("does not make the contact lawful");
    }

    @Test
    void theGuidelineIsForBreachOfTheOrdersItCovers() {
        SentencingGuide guide = shipped();
        assertThat(guide.appliesTo(OrderType.NMO)).isTrue();
        assertThat(guide.appliesTo(OrderType.RESTRAINING_ORDER)).isTrue();
        assertThat(guide.appliesTo(OrderType.DAPO)).isTrue();
        assertThat(guide.appliesTo(OrderType.STALKING_PROTECTION_ORDER)).isTrue();
        assertThat(guide.appliesTo(OrderType.UNDERTAKING)).isFalse();
        assertThat(guide.appliesTo(OrderType.OCCUPATION_ORDER)).isFalse();
    }

    @Test
    void categoriesAreParsedFromWhatAUserTypes() {
        assertThat(Culpability.parse(" b ")).contains(Culpability.B);
        assertThat(Culpability.parse("D")).isEmpty();
        assertThat(Culpability.parse("")).isEmpty();
        assertThat(Culpability.parse(null)).isEmpty();
        assertThat(Harm.parse("3")).contains(Harm.CATEGORY_3);
        assertThat(Harm.parse("0")).isEmpty();
        assertThat(Harm.parse("one")).isEmpty();
        assertThat(Harm.of(2)).contains(Harm.CATEGORY_2);
    }

    // ---- a bad file is refused, naming what is wrong ----

    static String shippedText() throws IOException {
        try (InputStream in = SentencingGuideTest.class.getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InvalidGuidelineException refused(String json) {
        try {
            SentencingGuide.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
        } catch (InvalidGuidelineException e) {
            return e;
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void aMissingCellIsNamed() throws IOException {
        String json = shippedText().replace("{\"culpability\": \"B\", \"harm\": 2,", "{\"culpability\": \"B\", \"harm\": 3,");
        InvalidGuidelineException e = refused(json);
        assertThat(e.problems()).contains("table: cell B3 is given twice",
                "table: cell B2 (culpability B, harm 2) is missing");
        assertThat(e.getMessage()).startsWith("The sentencing guideline test.json cannot be used: ");
    }

    @Test
    void aCellOutsideTheCategoriesIsNamed() throws IOException {
        String json = shippedText().replace("{\"culpability\": \"C\", \"harm\": 3,", "{\"culpability\": \"D\", \"harm\": 3,");
        assertThat(refused(json).problems()).contains(
                "table: a cell has culpability D and harm 3; they must be A, B or C and 1, 2 or 3",
                "table: cell C3 (culpability C, harm 3) is missing");
    }

    @Test
    void aStartingPointOutsideItsRangeIsRefused() throws IOException {
        String json = shippedText().replace(
                "\"startingPoint\": {\"kind\": \"CUSTODY\", \"weeks\": 104, \"text\": \"2 years' custody\"}",
                "\"startingPoint\": {\"kind\": \"CUSTODY\", \"weeks\": 260, \"text\": \"5 years' custody\"}");
        assertThat(refused(json).problems()).containsExactly(
                "table A1: the starting point 5 years' custody is not within the range 1–4 years");
    }

    @Test
    void malformedSentencesAreRefused() throws IOException {
        String json = shippedText()
                .replace("{\"kind\": \"FINE\", \"band\": \"B\"}", "{\"kind\": \"FINE\", \"band\": \"G\"}")
                .replace("\"to\": {\"kind\": \"CUSTODY\", \"weeks\": 208}", "\"to\": {\"kind\": \"CUSTODY\"}")
                .replace("{\"kind\": \"COMMUNITY_ORDER\", \"level\": \"MEDIUM\", \"text\": \"medium-level community order\"}",
                        "{\"kind\": \"COMMUNITY_ORDER\", \"weeks\": 4, \"text\": \"medium-level community order\"}");
        assertThat(refused(json).problems()).contains(
                "table C3 range from: a fine needs a band A to F",
                "table A1 range to: custody needs a positive number of weeks",
                "table C3 startingPoint: COMMUNITY_ORDER has no weeks",
                "table C3 startingPoint: a community order needs a level (LOW, MEDIUM or HIGH)");
    }

    @Test
    void definitionsFactorsAndMaximumAreChecked() throws IOException {
        String json = shippedText()
                .replace("\"B\": [\"Deliberate breach falling between A and C\"],", "")
                .replace("\"3\": [\"Breach causes little or no harm or distress\"]",
                        "\"3\": [\"Breach causes little or no harm or distress\"], \"4\": [\"Worse\"]")
                .replace("{\"id\": \"remorse\"", "{\"id\": \"long-compliance\"")
                .replace("\"summary\": {\"kind\": \"CUSTODY\", \"weeks\": 26,", "\"summary\": {\"kind\": \"CUSTODY\", \"weeks\": 520,")
                .replace("\"orderTypes\": [\"NMO\",", "\"orderTypes\": [\"INJUNCTION\",");
        assertThat(refused(json).problems()).contains(
                "culpability B has no definition",
                "harm 4 is not a category of the guideline",
                "factor id long-compliance is used twice",
                "maximum: the summary maximum is above the maximum on indictment",
                "orderTypes: INJUNCTION is not an order type the register holds");
    }

    @Test
    void aRangeAboveTheMaximumIsRefused() throws IOException {
        String json = shippedText().replace("\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 260,",
                "\"onIndictment\": {\"kind\": \"CUSTODY\", \"weeks\": 156,");
        assertThat(refused(json).problems()).containsExactly(
                "table A1: the range 1–4 years goes above the maximum 5 years' custody");
    }

    @Test
    void somethingThatIsNotAGuidelineIsRefused() {
        assertThat(refused("not json").problems().get(0)).startsWith("it is not a guideline file");
        assertThat(refused("{\"nmae\": \"typo\"}").problems().get(0)).startsWith("it is not a guideline file")
                .contains("nmae");
        assertThat(refused("{}").problems()).contains("name is missing", "table is missing", "maximum is missing",
                "culpability definitions are missing", "aggravatingFactors are missing");
    }

    @Test
    void theConfigurationReadsAFileNamedByTheProperty(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("guideline.json");
        Files.writeString(file, shippedText().replace("\"version\": \"2018\"", "\"version\": \"2018-force-copy\""));
        var configuration = new SentencingConfiguration();
        var loader = new DefaultResourceLoader();
        SentencingGuide guide = configuration.sentencingGuide(loader, file.toUri().toString());
        assertThat(guide.guideline().version()).isEqualTo("2018-force-copy");

        assertThat(configuration.sentencingGuide(loader, SentencingConfiguration.DEFAULT_GUIDELINE)
                .guideline().version()).isEqualTo("2018");
        assertThatThrownBy(() -> configuration.sentencingGuide(loader, "file:" + dir.resolve("missing.json")))
                .isInstanceOf(InvalidGuidelineException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("there is no such file");
        Files.writeString(file, "{}");
        assertThatThrownBy(() -> configuration.sentencingGuide(loader, file.toUri().toString()))
                .isInstanceOf(InvalidGuidelineException.class).hasMessageContaining("table is missing");
    }
}
