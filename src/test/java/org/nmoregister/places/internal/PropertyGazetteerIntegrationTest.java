package org.nmoregister.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The address gazetteer (AddressBase) on real PostgreSQL: imported through the gazetteer's import jobs, and a place
 * written in an order located at its property, or at its postcode's centre marked approximate. The postcodes (YW...)
 * are this test's own.
 */
@IntegrationTest
class PropertyGazetteerIntegrationTest {

    private static final String POSTCODES = """
            pcds,lat,long,pfa,oslaua,dointr,doterm
            YW1 1AA,53.800000,-1.550000,E23000991,E08000901,198001,
            YW1 2BB,53.810000,-1.560000,E23000991,E08000901,198001,
            """;
    private static final String PROPERTIES = """
            UPRN,SUB_BUILDING_NAME,BUILDING_NAME,BUILDING_NUMBER,THOROUGHFARE,DEPENDENT_LOCALITY,POST_TOWN,POSTCODE_LOCATOR,LATITUDE,LONGITUDE
            8100000001,,,10,HERON WAY,,YEWTOWN,YW1 1AA,53.801000,-1.550000
            8100000002,,,12,HERON WAY,,YEWTOWN,YW1 1AA,53.801200,-1.550300
            8100000003,FLAT 2,,16,HERON WAY,,YEWTOWN,YW1 1AA,53.799000,-1.551000
            8100000004,,ROSE COTTAGE,,MILL LANE,HIGHER YEW,YEWTOWN,YW1 1AA,53.798000,-1.549000
            8100000005,,,3,KESTREL CLOSE,,YEWTOWN,,53.805000,-1.555000
            not-a-uprn,,,4,KESTREL CLOSE,,YEWTOWN,,53.805000,-1.555000
            8100000006,,,5,KESTREL CLOSE,,YEWTOWN,,95.0,-1.555000
            8100000007,,,,,,YEWTOWN,,53.8,-1.5
            """;

    @Autowired
    GazetteerImporter importer;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    org.nmoregister.places.PlaceChoices choices;

    @BeforeEach
    void load() {
        importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "yw-postcodes.csv", stream(POSTCODES),
                null);
        importer.importNow(GazetteerImport.Kind.ADDRESSBASE, "test", "yw-properties.csv", stream(PROPERTIES), null);
    }

    @Test
    void anAddressBaseFileIsImportedWithItsRefusedRowsReported() {
        GazetteerImport again = importer.importNow(GazetteerImport.Kind.ADDRESSBASE, "test", "yw-properties.csv",
                stream(PROPERTIES), (long) PROPERTIES.length());
        assertThat(again.kind()).isEqualTo(GazetteerImport.Kind.ADDRESSBASE);
        assertThat(again.status()).isEqualTo(GazetteerImport.Status.FINISHED);
        assertThat(again.rowsRead()).isEqualTo(8);
        assertThat(again.rowsLoaded()).isEqualTo(5);
        assertThat(again.rowsChanged()).as("the same file again changes nothing").isZero();
        assertThat(again.rejected()).extracting(GazetteerImport.RejectedRow::reason).containsExactly(
                "The UPRN is not a number", "The latitude and longitude are not a place on Earth",
                "The property has neither a street nor a building name");
        assertThat(again.rejected().get(0).postcode()).isEqualTo("not-a-uprn");
    }

    @Test
    void aPlaceIsLocatedAtItsPropertyNotItsPostcodesCentre() {
        PlaceLocation at = gazetteer.locateAddress("12 Heron Way, Yewtown YW1 1AA").orElseThrow();
        assertThat(at.precision()).isEqualTo(PlaceLocation.Precision.PROPERTY);
        assertThat(at.uprn()).isEqualTo(8100000002L);
        assertThat(at.coordinates()).isEqualTo(new Coordinates(53.8012, -1.5503));
        assertThat(at.matchedAddress()).isEqualTo("12 Heron Way, Yewtown YW1 1AA");
        assertThat(at.confidence()).isEqualTo(1.0);
        assertThat(at.doubtful()).isFalse();
        assertThat(at.describe()).isEqualTo("located at the property");
        // the postcode's centre is more than 100 m away: too coarse for a 100 m zone
        assertThat(at.coordinates().distanceMetres(new Coordinates(53.8, -1.55))).isGreaterThan(100);
    }

    @Test
    void abbreviationsTyposFlatsAndHouseNamesFindTheirProperty() {
        assertThat(gazetteer.locateAddress("12 Heron Wy, Yewtown, yw11aa").orElseThrow().uprn()).isEqualTo(8100000002L);
        PlaceLocation typo = gazetteer.locateAddress("12 Herron Way, Yewtown YW1 1AA").orElseThrow();
        assertThat(typo.uprn()).isEqualTo(8100000002L);
        assertThat(typo.doubtful()).as("a near match is for the point of contact to confirm").isTrue();
        assertThat(gazetteer.locateAddress("Flat 2, 16 Heron Way, Yewtown YW1 1AA").orElseThrow().uprn())
                .isEqualTo(8100000003L);
        assertThat(gazetteer.locateAddress("Rose Cottage, Mill Lane, Higher Yew, Yewtown YW1 1AA").orElseThrow()
                .uprn()).isEqualTo(8100000004L);
    }

    @Test
    void anUnmatchedPlaceFallsBackToItsPostcodeMarkedApproximate() {
        PlaceLocation at = gazetteer.locateAddress("40 Heron Way, Yewtown YW1 1AA").orElseThrow();
        assertThat(at.precision()).isEqualTo(PlaceLocation.Precision.POSTCODE_CENTRE);
        assertThat(at.approximate()).isTrue();
        assertThat(at.coordinates()).isEqualTo(new Coordinates(53.8, -1.55));
        assertThat(at.uprn()).isNull();
        assertThat(at.likelyErrorMetres()).isGreaterThanOrEqualTo(JdbcGazetteer.POSTCODE_ONLY_ERROR_METRES);
        assertThat(at.describe()).startsWith("located by postcode only (may be up to ");

        PlaceLocation noProperties = gazetteer.locateAddress("7 Ash Grove, Yewtown YW1 2BB").orElseThrow();
        assertThat(noProperties.approximate()).isTrue();
        assertThat(noProperties.likelyErrorMetres()).isEqualTo(JdbcGazetteer.POSTCODE_ONLY_ERROR_METRES);
    }

    @Test
    void withoutAPostcodeOnlyAnExactFirstLineInTheNamedTownWillDo() {
        assertThat(gazetteer.locateAddress("3 Kestrel Close, Yewtown").orElseThrow().uprn()).isEqualTo(8100000005L);
        assertThat(gazetteer.locateAddress("3 Kestrel Close, Elsewhere")).isEmpty();
        assertThat(gazetteer.locateAddress("3 Kestrel Cl, Yewtown").orElseThrow().uprn()).isEqualTo(8100000005L);
        assertThat(gazetteer.locateAddress("the applicant's home")).isEmpty();
        assertThat(gazetteer.locateAddress(null)).isEmpty();
    }

    @Test
    void theCandidatesAreOfferedAndThePointOfContactsChoiceHoldsForThatOrderOnly() {
        assertThat(gazetteer.candidates("12 Herron Way, Yewtown YW1 1AA")).extracting(Gazetteer.Candidate::uprn)
                .containsExactly(8100000002L);
        assertThat(gazetteer.candidates("12 Herron Way, Yewtown YW1 1AA").get(0).address())
                .isEqualTo("12 Heron Way, Yewtown YW1 1AA");
        assertThat(gazetteer.candidates("40 Heron Way, Yewtown YW1 1AA")).isEmpty();
        assertThat(gazetteer.candidates("3 Kestrel Close, Yewtown")).as("none offered without a postcode").isEmpty();
        assertThat(gazetteer.locateProperty(8100000002L)).hasValueSatisfying(at -> {
            assertThat(at.coordinates()).isEqualTo(new Coordinates(53.8012, -1.5503));
            assertThat(at.confidence()).isEqualTo(PlaceLocation.SURE);
        });
        assertThat(gazetteer.locateProperty(8199999999L)).isEmpty();
        assertThat(gazetteer.locatePostcodeCentre("12 Heron Way, Yewtown YW1 1AA")).hasValueSatisfying(at ->
                assertThat(at.coordinates()).isEqualTo(new Coordinates(53.8, -1.55)));

        java.util.UUID order = java.util.UUID.randomUUID();
        java.util.UUID other = java.util.UUID.randomUUID();
        java.util.UUID force = java.util.UUID.randomUUID();
        String typo = "12 Herron Way, Yewtown YW1 1AA";
        assertThat(choices.locate(order, typo).orElseThrow().doubtful()).isTrue();
        choices.choose(force, order, typo, 8100000002L, "poc.test");
        assertThat(choices.locate(order, typo).orElseThrow().doubtful()).as("confirmed").isFalse();
        assertThat(choices.locate(order, "12 HERRON WAY, Yewtown, YW1 1AA").orElseThrow().confidence())
                .as("the same address written again").isEqualTo(PlaceLocation.SURE);
        assertThat(choices.locate(other, typo).orElseThrow().doubtful()).as("another order's place").isTrue();
        choices.choose(force, order, typo, null, "poc.test");
        assertThat(choices.choiceFor(order, typo)).hasValueSatisfying(c -> {
            assertThat(c.postcodeCentre()).isTrue();
            assertThat(c.chosenBy()).isEqualTo("poc.test");
        });
        assertThat(choices.locate(order, typo).orElseThrow().approximate()).as("none of these").isTrue();

        assertThatThrownBy(() -> choices.choose(force, order, typo, 8100000001L, "poc.test"))
                .as("10 Heron Way is not a candidate for 12").isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors().get(0).field()).isEqualTo("property");
        assertThatThrownBy(() -> choices.choose(force, order, "3 Kestrel Close, Yewtown", null, "poc.test"))
                .as("no postcode, no centre").isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> choices.choose(force, order, "x".repeat(501), null, "poc.test"))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors().get(0).field()).isEqualTo("place");
        assertThat(choices.choiceFor(order, typo).orElseThrow().postcodeCentre()).as("a refused choice changes nothing")
                .isTrue();
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
