package org.nmoregister.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A breach reported opens its DASH assessment through the event breaches publishes: in the reporting force, on
 * behalf of the reporting officer, with what the report said, although no user is signed in when the listener runs.
 * Until then the breach file shows the assessment as being opened.
 */
@IntegrationTest
class BreachReportedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void aReportedBreachOpensItsAssessmentInTheReportersForceForTheReportingOfficer() throws Exception {
        String victim = "Rhiannon Pryce-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        JsonNode reported = json.readTree(mvc.perform(post("/api/v1/breaches")
                        .with(httpBasic("officer.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedAt": "%s", "reporterKind": "VICTIM", "protectedPerson": "%s",
                                 "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                   "description": "He waited by her car in the supermarket car park"}]}
                                """.formatted(now, victim, now.minus(2, ChronoUnit.HOURS))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String breachId = reported.get("id").asString();
        String reference = reported.get("reference").asString();
        assertThat(reported.path("risk").path("sourceType").asString()).isEqualTo("breach");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode id = file(breachId, "officer.northshire").path("risk").path("assessmentId");
            return !id.isMissingNode() && !id.isNull();
        });
        JsonNode risk = file(breachId, "officer.northshire").path("risk");
        assertThat(risk.path("sourceId").asString()).isEqualTo(breachId);
        assertThat(risk.path("completedAt").isMissingNode() || risk.path("completedAt").isNull()).isTrue();

        JsonNode assessment = json.readTree(mvc.perform(get("/api/v1/risk/assessments/{id}",
                        risk.get("assessmentId").asString()).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(assessment.get("victimName").asString()).isEqualTo(victim);
        assertThat(assessment.get("openedBy").asString()).isEqualTo("officer.northshire");
        assertThat(assessment.get("reason").asString()).startsWith("Breach " + reference + " reported ")
                .endsWith(": approach");
        assertThat(assessment.get("earlierBreaches").asInt()).isZero();
        // Opened in the reporter's force: another force's officer is told it does not exist.
        mvc.perform(get("/api/v1/risk/assessments/{id}", risk.get("assessmentId").asString())
                .with(httpBasic("officer.southvale", "demo"))).andExpect(status().isNotFound());
    }

    private JsonNode file(String breachId, String username) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/breaches/{id}", breachId).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
