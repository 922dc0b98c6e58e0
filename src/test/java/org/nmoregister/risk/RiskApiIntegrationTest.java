package org.nmoregister.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The risk API on PostgreSQL: the DASH calculation, completing an assessment, force scoping and the access log. */
@IntegrationTest
@Import(RiskTestConfiguration.class)
class RiskApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RiskAssessments risk;
    @Autowired
    org.nmoregister.risk.internal.RiskAssessmentService service;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    MockHttpServletRequestBuilder postJson(String url, Object body, String user, Object... vars) {
        return post(url, vars).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
    }

    UUID open(String user, RiskCase riskCase) {
        return SignedIn.as(users, user, () -> risk.open(riskCase));
    }

    @Test
    void theCalculationScoresYesAnswersAndAppliesThresholdsEscalationAndJudgement() throws Exception {
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", RiskFixtures.answers(14)), "officer.northshire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionSet").value("safelives-dash-2009"))
                .andExpect(jsonPath("$.version").value("2009"))
                .andExpect(jsonPath("$.score").value(14))
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.computedLevel").value("HIGH"))
                .andExpect(jsonPath("$.marac").value(true))
                .andExpect(jsonPath("$.escalated").value(false));
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", RiskFixtures.answers(13)), "control.northshire"))
                .andExpect(jsonPath("$.score").value(13))
                .andExpect(jsonPath("$.level").value("MEDIUM"))
                .andExpect(jsonPath("$.marac").value(false));

        Map<String, String> notKnown = RiskFixtures.answers(2);
        notKnown.replaceAll((id, answer) -> answer.equals("NO") ? "NOT_KNOWN" : answer);
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", notKnown, "earlierBreaches", 2), "analyst.northshire"))
                .andExpect(jsonPath("$.score").value(2))
                .andExpect(jsonPath("$.computedLevel").value("MEDIUM"))
                .andExpect(jsonPath("$.escalated").value(true))
                .andExpect(jsonPath("$.potentialEscalation").value(true))
                .andExpect(jsonPath("$.marac").value(true))
                .andExpect(jsonPath("$.reasons", hasItem("25 answered 'not known': not counted")));

        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", RiskFixtures.answers(3),
                        "override", Map.of("level", "HIGH", "reason", "Threat to kill with a weapon")), "officer.northshire"))
                .andExpect(jsonPath("$.computedLevel").value("STANDARD"))
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.marac").value(true));
    }

    @Test
    void badAnswersAndAnOverrideWithoutReasonAreRefusedNamingTheField() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>(RiskFixtures.answers(1));
        bad.put("q7", "PERHAPS");
        bad.put("q31", "YES");
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", bad), "officer.northshire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("answers.q7", "answers.q31")));
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", bad,
                        "override", Map.of("level", "HIGH")), "officer.northshire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("answers.q7", "answers.q31", "override.reason")));
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", RiskFixtures.answers(1),
                        "override", Map.of("level", "HIGH")), "officer.northshire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("override.reason"));
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", RiskFixtures.answers(1),
                        "override", Map.of("level", "SEVERE", "reason", "x")), "officer.northshire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("override.level"));
        mvc.perform(postJson("/api/v1/risk/dash", Map.of("answers", Map.of(), "earlierBreaches", -1), "officer.northshire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("earlierBreaches"));
        mvc.perform(post("/api/v1/risk/dash").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(postJson("/api/v1/risk/dash", Map.of(), "court-feed.northshire"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theActiveQuestionSetIsPublishedToStaff() throws Exception {
        mvc.perform(get("/api/v1/risk/dash/questions").with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("safelives-dash-2009"))
                .andExpect(jsonPath("$.questions", hasSize(27)))
                .andExpect(jsonPath("$.questions[6].id").value("q7"))
                .andExpect(jsonPath("$.thresholds.high").value(14))
                .andExpect(jsonPath("$.thresholds.medium").value(10))
                .andExpect(jsonPath("$.escalation.potentialEscalationIncidents").value(3));
    }

    @Test
    void anAssessmentIsOpenedOncePerSourceCompletedReferredAndReviewedAndEveryReadIsLogged() throws Exception {
        RiskCase riskCase = RiskFixtures.breach("Jane Holloway", 0);
        UUID id = open("officer.northshire", riskCase);
        assertThat(open("supervisor.northshire", riskCase)).as("idempotent per source").isEqualTo(id);
        var summary = SignedIn.as(users, "officer.northshire", () -> risk.forSource("breach", riskCase.sourceId()));
        assertThat(summary).hasValueSatisfying(s -> {
            assertThat(s.assessmentId()).isEqualTo(id);
            assertThat(s.isCompleted()).isFalse();
            assertThat(s.safetyPlanReviewDue()).isTrue();
        });

        mvc.perform(get("/api/v1/risk/assessments/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.victimName").value("Jane Holloway"))
                .andExpect(jsonPath("$.completedAt").doesNotExist())
                .andExpect(jsonPath("$.safetyPlanReviewDue").value(true));
        assertThat(logged(id, "VIEW", "officer.northshire")).isGreaterThanOrEqualTo(1);
        assertThat(logged(id, "COLLECT", "officer.northshire")).isEqualTo(1);

        Map<String, String> missing = RiskFixtures.answers(15);
        missing.remove("q27");
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", missing), "officer.northshire", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.q27"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(15),
                        "override", Map.of("level", "MEDIUM", "reason", "")), "officer.northshire", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("override.reason"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(15)),
                        "analyst.northshire", id))
                .andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(15),
                        "version", 99), "officer.northshire", id))
                .andExpect(status().isConflict());

        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(15)),
                        "officer.northshire", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(15))
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.computedLevel").value("HIGH"))
                .andExpect(jsonPath("$.marac").value(true))
                .andExpect(jsonPath("$.questionSetVersion").value("2009"))
                .andExpect(jsonPath("$.answers.q15").value("YES"))
                .andExpect(jsonPath("$.answers.q16").value("NO"))
                .andExpect(jsonPath("$.completedBy").value("officer.northshire"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(1)),
                        "officer.northshire", id))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select level from risk_assessment where id = ?", String.class, id)).isEqualTo("HIGH");

        mvc.perform(postJson("/api/v1/risk/assessments/{id}/marac-referral", Map.of("note", "MARAC ref 2026/114"),
                        "safeguarding.northshire", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maracReferredBy").value("safeguarding.northshire"))
                .andExpect(jsonPath("$.maracNote").value("MARAC ref 2026/114"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/marac-referral", Map.of(), "safeguarding.northshire", id))
                .andExpect(status().isConflict());

        mvc.perform(postJson("/api/v1/risk/assessments/{id}/safety-plan-review", Map.of("note", " "),
                        "officer.northshire", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/safety-plan-review",
                        Map.of("note", "Locks changed; IDVA updated the safety plan"), "officer.northshire", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.safetyPlanReviewDue").value(false))
                .andExpect(jsonPath("$.safetyPlanNote").value("Locks changed; IDVA updated the safety plan"));

        var after = SignedIn.as(users, "officer.northshire", () -> risk.forSource("breach", riskCase.sourceId())).orElseThrow();
        assertThat(after.score()).isEqualTo(15);
        assertThat(after.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(after.marac()).isTrue();
        assertThat(after.safetyPlanReviewDue()).isFalse();
        assertThat(logged(id, "CHANGE", "officer.northshire")).isEqualTo(2);
        assertThat(logged(id, "DISCLOSE", "safeguarding.northshire")).isEqualTo(1);
    }

    @Test
    void repeatBreachesEscalateFromTheMomentTheAssessmentIsOpened() throws Exception {
        UUID id = open("officer.northshire", RiskFixtures.breach("Priya Shah", 2));
        mvc.perform(get("/api/v1/risk/assessments/{id}", id).with(httpBasic("safeguarding.northshire", "demo")))
                .andExpect(jsonPath("$.escalated").value(true))
                .andExpect(jsonPath("$.potentialEscalation").value(true))
                .andExpect(jsonPath("$.marac").value(true));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(2)),
                        "safeguarding.northshire", id))
                .andExpect(jsonPath("$.score").value(2))
                .andExpect(jsonPath("$.level").value("MEDIUM"))
                .andExpect(jsonPath("$.marac").value(true))
                .andExpect(jsonPath("$.reasons", hasItem(
                        "Repeat breach: 2 earlier breaches in 12 months raises the level to MEDIUM")));

        UUID standard = open("officer.northshire", RiskFixtures.breach("Tom Reid", 0));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(3)),
                        "officer.northshire", standard))
                .andExpect(jsonPath("$.level").value("STANDARD"))
                .andExpect(jsonPath("$.marac").value(false));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/marac-referral", Map.of(), "officer.northshire", standard))
                .andExpect(status().isConflict());
    }

    @Test
    void aCompletedAssessmentIsCorrectedOnlyWithAReasonAndKeepsWhatItSaidBefore() throws Exception {
        RiskCase riskCase = RiskFixtures.breach("Maria Kowalczyk", 0);
        UUID id = open("officer.northshire", riskCase);
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(9),
                        "reason", "typo"), "officer.northshire", id))
                .andExpect(status().isConflict());
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(9)),
                        "officer.northshire", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("STANDARD"))
                .andExpect(jsonPath("$.marac").value(false));

        // no reason, and a correction that changes nothing, are refused naming the field; nothing is stored
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(14)),
                        "officer.northshire", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(9),
                        "reason", "checking"), "officer.northshire", id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(14),
                        "reason", "analysts do not assess"), "analyst.northshire", id))
                .andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(14),
                        "reason", "another force"), "officer.southvale", id))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from risk_assessment_correction where assessment_id = ?",
                Integer.class, id)).isZero();

        mvc.perform(postJson("/api/v1/risk/assessments/{id}/correction", Map.of("answers", RiskFixtures.answers(14),
                        "reason", "Five answers recorded as No in error: the IDVA's notes of the call say Yes"),
                        "safeguarding.northshire", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(14))
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.marac").value(true))
                .andExpect(jsonPath("$.maracReferredAt").doesNotExist())
                .andExpect(jsonPath("$.completedBy").value("officer.northshire"))
                .andExpect(jsonPath("$.corrections[0].correctedBy").value("safeguarding.northshire"))
                .andExpect(jsonPath("$.corrections[0].previousLevel").value("STANDARD"))
                .andExpect(jsonPath("$.corrections[0].previousScore").value(9))
                .andExpect(jsonPath("$.corrections[0].newLevel").value("HIGH"))
                .andExpect(jsonPath("$.corrections[0].reason").value(
                        "Five answers recorded as No in error: the IDVA's notes of the call say Yes"));
        assertThat(jdbc.queryForObject("select previous_answers ->> 'q10' from risk_assessment_correction"
                + " where assessment_id = ?", String.class, id)).isEqualTo("NO");
        assertThat(logged(id, "CHANGE", "safeguarding.northshire")).isEqualTo(1);
        var after = SignedIn.as(users, "officer.northshire", () -> risk.forSource("breach", riskCase.sourceId())).orElseThrow();
        assertThat(after.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(after.marac()).isTrue();
        // the force's list and the risk meeting read the corrections too (in one query for all)
        var listed = SignedIn.as(users, "officer.northshire", () -> service.recent()).stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        assertThat(listed.corrections()).extracting(c -> c.newLevel()).containsExactly(RiskLevel.HIGH);
        var onAgenda = SignedIn.as(users, "officer.northshire",
                () -> service.forMeeting(java.time.Instant.now().minusSeconds(3600), java.time.Instant.now()));
        assertThat(onAgenda).filteredOn(v -> v.id().equals(id)).singleElement()
                .satisfies(v -> assertThat(v.maracReferralDue()).isTrue());

        // the page shows the history and offers the correction form, prefilled
        mvc.perform(get("/risk/assessments/{id}", id).with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("the IDVA&#39;s notes")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Correct this assessment")));
        mvc.perform(get("/risk/assessments/{id}/dash", id).with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Record the correction")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Why is it corrected?")));
        // and the form records a correction only with the reason
        mvc.perform(correctionForm(id, null)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Say why the assessment is corrected")));
        mvc.perform(correctionForm(id, "Q15 recorded as No in error")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select new_score from risk_assessment_correction where assessment_id = ?"
                + " order by corrected_at", Integer.class, id)).containsExactly(14, 15);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder correctionForm(UUID id,
                                                                                                   String reason) {
        var form = post("/risk/assessments/{id}/dash", id).with(user(users.loadUserByUsername("officer.northshire")))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("action", "complete");
        RiskFixtures.answers(15).forEach((question, answer) -> form.param("answers." + question, answer));
        return reason == null ? form : form.param("correctionReason", reason);
    }

    @Test
    void anotherForcesAssessmentIsNotFoundAndLeftUntouched() throws Exception {
        RiskCase riskCase = RiskFixtures.breach("Ann Marsh", 0);
        UUID id = open("officer.northshire", riskCase);
        for (String reader : new String[] {"officer.southvale", "supervisor.southvale", "safeguarding.southvale"}) {
            mvc.perform(get("/api/v1/risk/assessments/{id}", id).with(httpBasic(reader, "demo")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/answers", Map.of("answers", RiskFixtures.answers(20)),
                        "officer.southvale", id))
                .andExpect(status().isNotFound());
        mvc.perform(postJson("/api/v1/risk/assessments/{id}/safety-plan-review", Map.of("note", "not ours"),
                        "officer.southvale", id))
                .andExpect(status().isNotFound());
        assertThat(SignedIn.as(users, "officer.southvale", () -> risk.forSource("breach", riskCase.sourceId()))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ? and force_code = 'southvale'",
                Integer.class, id.toString())).isZero();
        mvc.perform(get("/api/v1/risk/assessments/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedAt").doesNotExist());
    }

    int logged(UUID id, String action, String username) {
        return jdbc.queryForObject("select count(*) from access_log where subject_type = 'risk-assessment' "
                + "and subject_id = ? and action = ? and username = ?", Integer.class, id.toString(), action, username);
    }
}
