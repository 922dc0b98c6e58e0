package org.nmoregister.breaches.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmoregister.breaches.check.OtherOffence;
import org.nmoregister.orders.OrderType;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped classifications, and the checks that stop a bad file being used. */
class CrimeClassificationsTest {

    static final String FILE = "/reference/crime/classifications.json";
    static final Duration DAY = Duration.ofHours(24);

    static CrimeClassifications shipped() {
        return CrimeClassifications.read(() -> CrimeClassificationsTest.class.getResourceAsStream(FILE), FILE, DAY);
    }

    static String shippedText() throws IOException {
        try (InputStream in = CrimeClassificationsTest.class.getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InvalidClassificationsException refused(String json, Duration target) {
        try {
            CrimeClassifications.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                    target);
        } catch (InvalidClassificationsException e) {
            return e;
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void theShippedFileHoldsTheBreachOffencesAndTheOffencesToConsider() {
        CrimeClassifications c = shipped();
        assertThat(c.list()).extracting(CrimeClassification::code).contains(
                "BREACH_NON_MOLESTATION_ORDER", "BREACH_RESTRAINING_ORDER", "BREACH_DOMESTIC_ABUSE_PROTECTION_ORDER",
                "HARASSMENT", "STALKING", "CONTROLLING_OR_COERCIVE_BEHAVIOUR", "COMMON_ASSAULT",
                "ASSAULT_OCCASIONING_ACTUAL_BODILY_HARM", "CRIMINAL_DAMAGE_DWELLING", "THREATS_TO_KILL",
                "MALICIOUS_COMMUNICATIONS");
        assertThat(c.list()).extracting(CrimeClassification::code).doesNotHaveDuplicates();
        assertThat(c.recordingTarget()).isEqualTo(DAY);
        assertThat(c.version()).isNotBlank();

        CrimeClassification nmo = c.find("BREACH_NON_MOLESTATION_ORDER").orElseThrow();
        assertThat(nmo.legislation()).isEqualTo("Family Law Act 1996 s.42A");
        assertThat(nmo.isBreachOffence()).isTrue();
        assertThat(nmo.confirmed()).isFalse();
        assertThat(c.breachOf(OrderType.NMO)).contains(nmo);
        assertThat(c.breachOf(OrderType.DAPO).orElseThrow().legislation()).isEqualTo("Domestic Abuse Act 2021 s.39");
        assertThat(c.breachOf(OrderType.UNDERTAKING)).isEmpty();
        assertThat(c.find("NO_SUCH_CODE")).isEmpty();
        assertThat(c.find(null)).isEmpty();

        CrimeClassification harassment = c.find("HARASSMENT").orElseThrow();
        assertThat(harassment.homeOfficeClass()).isEqualTo("8L");
        assertThat(harassment.confirmed()).isTrue();
        assertThat(harassment.basis()).contains("April 2010");
        // Every confirmed class says where it was confirmed; every other classification is the force's to confirm.
        assertThat(c.list()).filteredOn(CrimeClassification::confirmed).allMatch(x -> x.basis() != null);
    }

    @Test
    void everyPromptOfTheBreachCheckHasAClassification() {
        CrimeClassifications c = shipped();
        for (OtherOffence offence : OtherOffence.values()) {
            assertThat(c.considering(offence)).as(offence.name()).isNotEmpty();
        }
        assertThat(c.considering(OtherOffence.CRIMINAL_DAMAGE)).extracting(CrimeClassification::homeOfficeClass)
                .containsExactly("58A", "58B", "58C", "58D");
    }

    @Test
    void aCodeUsedTwiceIsRefused() throws IOException {
        String json = shippedText().replace("\"code\": \"STALKING\"", "\"code\": \"HARASSMENT\"");
        assertThat(refused(json, DAY).problems()).containsExactly("HARASSMENT: the code is used twice");
    }

    @Test
    void theRulesOfAClassificationAreChecked() throws IOException {
        String json = shippedText()
                .replace("\"homeOfficeClass\": \"8Q\", \"homeOfficeTitle\": \"Stalking\", \"confirmed\": false",
                        "\"homeOfficeClass\": \"8Q\", \"homeOfficeTitle\": \"Stalking\", \"confirmed\": true")
                .replace("\"homeOfficeClass\": \"105A\"", "\"homeOfficeClass\": \"common\"")
                .replace("\"breachOf\": [\"RESTRAINING_ORDER\"]", "\"breachOf\": [\"NMO\"]")
                .replace("\"code\": \"THREATS_TO_KILL\"", "\"code\": \"threats to kill\"")
                .replace("\"breachOf\": [\"DAPO\"]", "\"breachOf\": [\"UNDERTAKING\"]");
        assertThat(refused(json, DAY).problems()).containsExactlyInAnyOrder(
                "STALKING: a confirmed class needs the class and the basis it was confirmed on",
                "COMMON_ASSAULT: common is not a Counting Rules class like 8L or 105A",
                "BREACH_RESTRAINING_ORDER: the breach of NMO is already classified",
                "threats to kill: the code must be capital letters, digits and underscores",
                "BREACH_DOMESTIC_ABUSE_PROTECTION_ORDER: the breach of UNDERTAKING is not an offence");
    }

    @Test
    void unknownNamesAndTargetsAreRefused() throws IOException {
        assertThat(refused(shippedText().replace("\"considers\": \"STALKING\"", "\"considers\": \"STALKNG\""), DAY)
                .problems().get(0)).startsWith("it is not a classifications file");
        assertThat(refused(shippedText(), Duration.ZERO).problems())
                .containsExactly("the crime-recording target must be a positive duration, like PT24H");
        assertThat(refused("{\"version\": \"1\", \"source\": \"x\", \"classifications\": []}", DAY).problems())
                .containsExactly("there are no classifications");
    }

    @Test
    void theConfigurationReadsTheFileAndTargetItIsGiven(@TempDir Path dir) throws IOException {
        var configuration = new CrimeClassificationsConfiguration();
        var loader = new DefaultResourceLoader();
        assertThat(configuration.crimeClassifications(loader, CrimeClassificationsConfiguration.DEFAULT_FILE,
                Duration.ofHours(12)).recordingTarget()).isEqualTo(Duration.ofHours(12));
        Path file = dir.resolve("classifications.json");
        Files.writeString(file, shippedText().replace("\"version\": \"2025-1\"", "\"version\": \"force-7\""));
        assertThat(configuration.crimeClassifications(loader, file.toUri().toString(), DAY).version())
                .isEqualTo("force-7");
        assertThatThrownBy(() -> configuration.crimeClassifications(loader, "file:" + dir.resolve("none.json"), DAY))
                .isInstanceOf(InvalidClassificationsException.class).hasMessageContaining("there is no such file");
    }
}
