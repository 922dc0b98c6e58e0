package org.nmoregister.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Postcode;

class OnspdReaderTest {

    private final List<OnspdReader.Row> rows = new ArrayList<>();
    private final List<OnspdReader.Rejected> rejected = new ArrayList<>();

    @Test
    void readsTheSampleDirectory() throws Exception {
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/places/onspd-sample.csv"),
                StandardCharsets.UTF_8)) {
            new OnspdReader(in).forEach(rows::add, rejected::add);
        }
        assertThat(rows).extracting(r -> r.postcode().toString())
                .containsExactly("YY1 1AB", "YY1 1AD", "YY12 3CD", "YY1A 1EF", "YY2 2GH", "YY3 4JL", "YY9 9ZZ");
        OnspdReader.Row first = rows.get(0);
        assertThat(first.coordinates()).isEqualTo(new Coordinates(53.801234, -1.552345));
        assertThat(first.policeForceArea()).isEqualTo("E23000991");
        assertThat(first.localAuthority()).isEqualTo("E08000901");
        assertThat(first.introduced()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(first.terminated()).isNull();

        OnspdReader.Row terminated = rows.get(3);
        assertThat(terminated.terminated()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(terminated.introduced()).isEqualTo(LocalDate.of(1996, 4, 1));
        OnspdReader.Row nowhere = rows.get(4);
        assertThat(nowhere.coordinates()).as("the 99.999999/0.000000 sentinel").isNull();
        assertThat(nowhere.policeForceArea()).isEqualTo("E23000992");
        assertThat(rows.get(5).localAuthority()).isNull();

        assertThat(rejected).extracting(OnspdReader.Rejected::lineNumber)
                .containsExactly(9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(rejected).extracting(OnspdReader.Rejected::reason).containsExactly(
                "The postcode is not a UK postcode",
                "The latitude is not a number",
                "The latitude and longitude are not a place on Earth",
                "The police force area is not an ONS code (a letter and 8 digits)",
                "The dointr is not a month as YYYYMM",
                "The postcode is missing",
                "The doterm is not a month as YYYYMM",
                "The latitude is missing");
        assertThat(rejected.get(0).postcode()).isEqualTo("YYY 1AB");
    }

    @Test
    void findsColumnsByNameInAnyOrderAndCaseUnderLaterNames() throws Exception {
        String csv = """
                \uFEFFLONG,LAT,PCD7,PCD8,PCDS,LAD25CD,PFA23CD,DOTERM,DOINTR
                -0.127600,51.503300,SW1A2AA,SW1A 2AA,SW1A 2AA,E09000033,E23000001,,198001
                """;
        new OnspdReader(new StringReader(csv)).forEach(rows::add, rejected::add);
        assertThat(rejected).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.postcode()).isEqualTo(Postcode.of("SW1A 2AA"));
            assertThat(row.coordinates()).isEqualTo(new Coordinates(51.5033, -0.1276));
            assertThat(row.localAuthority()).isEqualTo("E09000033");
            assertThat(row.policeForceArea()).isEqualTo("E23000001");
        });
    }

    @Test
    void takesThePostcodeFromPcdWhenThereIsNoPcds() throws Exception {
        String csv = "pcd,lat,long,pfa\n\"LS1 4DY\",53.799,-1.549,E23000010\n\"LS14 6EA\",53.83,-1.43,E23000010\n";
        new OnspdReader(new StringReader(csv)).forEach(rows::add, rejected::add);
        assertThat(rows).extracting(r -> r.postcode().toString()).containsExactly("LS1 4DY", "LS14 6EA");
    }

    @Test
    void refusesAFileThatIsNotTheDirectory() {
        assertThatThrownBy(() -> new OnspdReader(new StringReader("court,case_number\nA,B\n")))
                .isInstanceOf(OnspdReader.BadHeaderException.class)
                .hasMessage("The file is not in the ONS Postcode Directory format: it has no pcds, lat, long, pfa column");
        assertThatThrownBy(() -> new OnspdReader(new StringReader("pcds,lat,long\n")))
                .hasMessageEndingWith("it has no pfa column");
        assertThatThrownBy(() -> new OnspdReader(new StringReader("")))
                .hasMessage("The file is empty");
    }
}
