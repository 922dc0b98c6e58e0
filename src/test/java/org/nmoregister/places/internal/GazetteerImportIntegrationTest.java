package org.nmoregister.places.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.Located;
import org.nmoregister.places.Postcode;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ONSPD importer on real PostgreSQL, with the made-up sample directory. */
@IntegrationTest
class GazetteerImportIntegrationTest {

    @Autowired
    GazetteerImporter importer;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTheSampleReportsBadRowsAndKeepsTerminatedPostcodes() throws IOException {
        GazetteerImport job = importSample();

        assertThat(job.status()).isEqualTo(GazetteerImport.Status.FINISHED);
        assertThat(job.rowsRead()).isEqualTo(15);
        assertThat(job.rowsLoaded()).isEqualTo(7);
        assertThat(job.rowsRejected()).isEqualTo(8);
        assertThat(job.terminated()).isEqualTo(1);
        assertThat(job.noLocation()).isEqualTo(1);
        assertThat(job.percentDone()).isEqualTo(100);
        assertThat(job.bytesRead()).isEqualTo(job.bytesTotal());
        assertThat(job.rejected()).extracting(GazetteerImport.RejectedRow::lineNumber)
                .containsExactly(9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(job.rejected().get(3).reason()).contains("police force area");
        assertThat(job.rejected().get(3).postcode()).isEqualTo("YY4 1AD");

        Located leedsLike = gazetteer.locate(Postcode.of("yy11ab")).orElseThrow();
        assertThat(leedsLike.coordinates()).isEqualTo(new Coordinates(53.801234, -1.552345));
        assertThat(leedsLike.policeForceArea()).isEqualTo("E23000991");
        assertThat(leedsLike.localAuthority()).isEqualTo("E08000901");
        assertThat(leedsLike.introduced()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(leedsLike.isTerminated()).isFalse();

        Located terminated = gazetteer.locate(Postcode.of("YY1A 1EF")).orElseThrow();
        assertThat(terminated.terminated()).isEqualTo(LocalDate.of(2012, 3, 1));

        // No location: held, but locate() cannot place it.
        assertThat(gazetteer.lookup(Postcode.of("YY2 2GH"))).get().satisfies(l -> {
            assertThat(l.location()).isEmpty();
            assertThat(l.policeForceArea()).isEqualTo("E23000992");
        });
        assertThat(gazetteer.locate(Postcode.of("YY2 2GH"))).isEmpty();
        assertThat(gazetteer.locate(Postcode.of("YY9 9ZZ"))).isPresent();
        // Rows refused are not written.
        assertThat(jdbc.queryForObject("select count(*) from gazetteer_postcode where postcode like 'YY4 %'",
                Integer.class)).isZero();
        assertThat(gazetteer.locate(Postcode.of("YY7 7AA"))).isEmpty();
    }

    @Test
    void importingAgainChangesNothingAndANewerFileChangesOnlyWhatChanged() throws IOException {
        importSample();
        GazetteerImport again = importSample();
        assertThat(again.rowsLoaded()).isEqualTo(7);
        assertThat(again.rowsChanged()).isZero();
        String firstImport = jdbc.queryForObject("select import_id::text from gazetteer_postcode where postcode = 'YY1 1AB'",
                String.class);
        assertThat(firstImport).isNotEqualTo(again.id().toString());

        // YY1 1AD is terminated in the newer file.
        String newer = sample().replace("\"YY1 1AD\",\"YY1  1AD\",\"YY1 1AD\",\"198001\",\"\"",
                "\"YY1 1AD\",\"YY1  1AD\",\"YY1 1AD\",\"198001\",\"202511\"");
        assertThat(newer).isNotEqualTo(sample());
        assertThat(gazetteer.locate(Postcode.of("YY1 1AD"))).get().extracting(Located::terminated).isNull();
        GazetteerImport update = importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "newer.csv",
                new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(update.rowsChanged()).isEqualTo(1);
        assertThat(update.terminated()).isEqualTo(2);
        // The import cleared the cache, so the termination shows at once.
        assertThat(gazetteer.locate(Postcode.of("YY1 1AD"))).get().extracting(Located::terminated)
                .isEqualTo(LocalDate.of(2025, 11, 1));

        GazetteerImport back = importSample();
        assertThat(back.rowsChanged()).isEqualTo(1);
        assertThat(gazetteer.locate(Postcode.of("YY1 1AD"))).get().extracting(Located::terminated).isNull();
    }

    @Test
    void findsTheLivePostcodesNearAPointNearestFirst() throws IOException {
        importSample();
        Coordinates yy11ab = new Coordinates(53.801234, -1.552345);
        // YY1 1AD is 108 m away, YY1A 1EF (terminated) 639 m, YY12 3CD 1,762 m.
        var near = gazetteer.near(yy11ab, 1_000, 10);
        assertThat(near).extracting(n -> n.located().postcode().toString()).startsWith("YY1 1AB", "YY1 1AD")
                .doesNotContain("YY1A 1EF", "YY12 3CD");
        assertThat(near).isSortedAccordingTo(java.util.Comparator.comparingDouble(Gazetteer.Near::distanceMetres));
        assertThat(near.get(0).distanceMetres()).isZero();
        assertThat(near.get(1).distanceMetres()).isCloseTo(108.12, org.assertj.core.api.Assertions.within(0.01));
        assertThat(gazetteer.near(yy11ab, 107, 10)).extracting(n -> n.located().postcode().toString())
                .contains("YY1 1AB").doesNotContain("YY1 1AD");
        assertThat(gazetteer.near(yy11ab, 3_000, 50)).extracting(n -> n.located().postcode().toString())
                .contains("YY12 3CD").doesNotContain("YY1A 1EF");
        assertThat(gazetteer.near(yy11ab, 3_000, 1)).hasSize(1);
    }

    @Test
    void aFileThatIsNotTheDirectoryFailsWithTheReasonAndWritesNothing() {
        long before = gazetteer.size();
        GazetteerImport job = importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "orders.csv", new ByteArrayInputStream(
                "court,case_number\nNorthby,NX1\n".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(job.status()).isEqualTo(GazetteerImport.Status.FAILED);
        assertThat(job.failure()).contains("not in the ONS Postcode Directory format").contains("pcds");
        assertThat(job.rowsLoaded()).isZero();
        assertThat(gazetteer.size()).isEqualTo(before);
    }

    @Test
    void theDemoGazetteerCoversEveryPostcodeOfTheDemoOrders() throws IOException {
        // DemoGazetteer loaded it at start-up (the test profile is the demo's).
        for (String file : new String[] {"demo/orders-northshire.csv", "demo/orders-southvale.csv"}) {
            String text;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var matcher = java.util.regex.Pattern.compile("\\b(?:NX|SV|LS)[0-9]{1,2} ?[0-9][A-Z]{2}\\b").matcher(text);
            int found = 0;
            while (matcher.find()) {
                Postcode postcode = Postcode.of(matcher.group());
                assertThat(gazetteer.locate(postcode)).as(postcode.toString()).isPresent()
                        .get().satisfies(l -> assertThat(l.policeForceArea()).isEqualTo(
                                postcode.area().equals("NX") ? "E23000901"
                                        : postcode.area().equals("SV") ? "E23000902" : "E23000010"));
                found++;
            }
            assertThat(found).as(file).isGreaterThan(10);
        }
        assertThat(gazetteer.locate(Postcode.of("LS6 3QT"))).get()
                .satisfies(l -> assertThat(l.coordinates().distanceMetres(new Coordinates(53.8, -1.55))).isLessThan(10_000));
    }

    private GazetteerImport importSample() throws IOException {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        return importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "onspd-sample.csv", new ByteArrayInputStream(bytes), (long) bytes.length);
    }

    private String sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/places/onspd-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
