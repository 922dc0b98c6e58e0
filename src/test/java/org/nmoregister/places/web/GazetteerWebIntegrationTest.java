package org.nmoregister.places.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.internal.GazetteerImport;
import org.nmoregister.places.internal.GazetteerImporter;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The gazetteer's page and API: administrators import, everyone signed in can resolve a postcode. */
@IntegrationTest
class GazetteerWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GazetteerImporter importer;
    @Autowired
    UserDetailsService users;

    @Test
    void anAdministratorUploadsTheDirectoryOverTheApiAndFollowsTheImport() throws Exception {
        MvcResult started = mvc.perform(multipart("/api/v1/gazetteer/imports").file(sampleFile())
                        .with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/gazetteer/imports/")))
                .andReturn();
        UUID id = UUID.fromString(started.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        GazetteerImport job = awaitFinished(id);
        assertThat(job.status()).isEqualTo(GazetteerImport.Status.FINISHED);
        assertThat(job.rowsLoaded()).isEqualTo(7);
        assertThat(job.rowsRejected()).isEqualTo(8);

        mvc.perform(get("/api/v1/gazetteer/imports/{id}", id).with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.username").value("admin.northshire"))
                .andExpect(jsonPath("$.rejected[0].lineNumber").value(9))
                .andExpect(jsonPath("$.rejected[0].reason").value("The postcode is not a UK postcode"));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mvc.perform(multipart("/api/v1/gazetteer/imports").file(sampleFile()).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/gazetteer/imports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"path\":\"onspd.csv\"}").with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/gazetteer/imports").file(sampleFile()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/gazetteer").with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/gazetteer/imports").file(sampleFile()).param("source", "upload")
                        .with(user(users.loadUserByUsername("poc.northshire"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aServerSideFileIsImportedOnlyFromTheImportDirectory() throws Exception {
        Path directory = Files.createDirectories(importer.importDirectory());
        Path file = directory.resolve("onspd-" + UUID.randomUUID() + ".csv");
        try (InputStream in = getClass().getResourceAsStream("/places/onspd-sample.csv")) {
            Files.copy(in, file);
        }
        try {
            MvcResult started = mvc.perform(post("/api/v1/gazetteer/imports").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"path\":\"" + file.getFileName() + "\"}")
                            .with(httpBasic("admin.southvale", "demo")))
                    .andExpect(status().isAccepted()).andReturn();
            UUID id = UUID.fromString(started.getResponse().getContentAsString()
                    .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
            assertThat(awaitFinished(id).rowsLoaded()).isEqualTo(7);
            assertThat(file).exists();
        } finally {
            Files.deleteIfExists(file);
        }

        mvc.perform(post("/api/v1/gazetteer/imports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"path\":\"../../pom.xml\"}").with(httpBasic("admin.southvale", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("path"))
                .andExpect(jsonPath("$.errors[0].reason", startsWith("The file must be in")));
        mvc.perform(post("/api/v1/gazetteer/imports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"path\":\"no-such-file.csv\"}").with(httpBasic("admin.southvale", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("path"));
        mvc.perform(post("/api/v1/gazetteer/imports").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(httpBasic("admin.southvale", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value("Enter the path of the file on the server"));
    }

    @Test
    void anyoneSignedInResolvesAPostcode() throws Exception {
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "nx47qt").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postcode").value("NX4 7QT"))
                .andExpect(jsonPath("$.policeForceArea").value("E23000901"))
                .andExpect(jsonPath("$.latitude").isNumber());
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "SV9 9ZZ").with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latitude").doesNotExist());
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "NX1 9ZZ").with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terminated").value("2009-04-01"));
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "ZZ9 9ZZ").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "not-a-postcode").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
        mvc.perform(get("/api/v1/gazetteer/postcodes/{p}", "NX4 7QT")).andExpect(status().isUnauthorized());
    }

    @Test
    void theAdministratorsPageUploadsChecksAndShowsTheImport() throws Exception {
        var admin = user(users.loadUserByUsername("admin.northshire"));
        mvc.perform(get("/gazetteer").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import the postcode directory or the address gazetteer")))
                .andExpect(content().string(containsString("id=\"gazetteer-size\"")));
        mvc.perform(get("/gazetteer").param("postcode", "nx4 7qt").with(admin))
                .andExpect(content().string(containsString("E23000901")));
        mvc.perform(get("/gazetteer").param("postcode", "nonsense").with(admin))
                .andExpect(content().string(containsString("Enter a real postcode")));
        mvc.perform(get("/gazetteer").param("postcode", "ZZ9 9ZZ").with(admin))
                .andExpect(content().string(containsString("The gazetteer does not hold")));

        mvc.perform(multipart("/gazetteer/imports").param("source", "upload").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the CSV file")));
        mvc.perform(multipart("/gazetteer/imports").param("source", "server").param("path", "../../etc/passwd")
                        .with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#path\"")));

        MvcResult started = mvc.perform(multipart("/gazetteer/imports").file(sampleFile()).param("source", "upload")
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/gazetteer/imports/*"))
                .andReturn();
        UUID id = UUID.fromString(started.getResponse().getRedirectedUrl().replace("/gazetteer/imports/", ""));
        awaitFinished(id);
        mvc.perform(get("/gazetteer/imports/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"gazetteer-summary\"")))
                .andExpect(content().string(containsString("The latitude is not a number")));

        MvcResult properties = mvc.perform(multipart("/gazetteer/imports").file(new MockMultipartFile("file",
                                "AddressBasePlus_extract.csv", "text/csv", ("UPRN,BUILDING_NUMBER,THOROUGHFARE,POST_TOWN,"
                                + "POSTCODE_LOCATOR,LATITUDE,LONGITUDE\n8200000001,7,ASH GROVE,NORTHBY,NX4 7QT,54.5,-1.9\n"
                                + "x,8,ASH GROVE,NORTHBY,NX4 7QT,54.5,-1.9\n").getBytes(StandardCharsets.UTF_8)))
                        .param("source", "upload").param("kind", "ADDRESSBASE").with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/gazetteer/imports/*"))
                .andReturn();
        UUID propertiesId = UUID.fromString(properties.getResponse().getRedirectedUrl()
                .replace("/gazetteer/imports/", ""));
        assertThat(awaitFinished(propertiesId).rowsLoaded()).isEqualTo(1);
        mvc.perform(get("/gazetteer/imports/{id}", propertiesId).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Properties loaded")))
                .andExpect(content().string(containsString("UPRN as written")))
                .andExpect(content().string(containsString("The UPRN is not a number")));
    }

    private GazetteerImport awaitFinished(UUID id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            GazetteerImport job = importer.find(id);
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish in 30 seconds");
    }

    private static MockMultipartFile sampleFile() throws Exception {
        try (InputStream in = GazetteerWebIntegrationTest.class.getResourceAsStream("/places/onspd-sample.csv")) {
            return new MockMultipartFile("file", "ONSPD_SAMPLE_UK.csv", "text/csv", in.readAllBytes());
        }
    }
}
