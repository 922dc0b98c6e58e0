package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public draft checker: API and page, no sign-in, limits, malformed input. */
@IntegrationTest
@TestPropertySource(properties = "nmo.terms.draft-check.requests-per-minute=5")
class TermsCheckApiTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    /** Each test is a different client, so one test's requests do not use up another's allowance. */
    private final String client = "10.77." + (CLIENTS.get() / 250) + "." + (CLIENTS.getAndIncrement() % 250);

    private RequestPostProcessor fromClient() {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private MockHttpServletRequestBuilder check(String json) {
        return post("/api/v1/terms/check").contentType(MediaType.APPLICATION_JSON).content(json).with(fromClient());
    }

    @Test
    void anyoneMayCheckWordingWithoutSigningIn() throws Exception {
        mvc.perform(check("""
                        {"text": "1. The respondent must not go near the applicant.\\n2. The respondent must not contact the applicant.",
                         "order": {"type": "NMO", "withoutNotice": true, "madeAt": "2026-11-01", "endsAt": "2027-05-01",
                                   "childrenInCommon": false, "penalNotice": true, "respondentDateOfBirth": "1988-02-03",
                                   "servedAt": "2026-11-02T10:00:00Z"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clauses[0].index").value(1))
                .andExpect(jsonPath("$.clauses[0].type").value("PROXIMITY"))
                .andExpect(jsonPath("$.clauses[0].text").value("The respondent must not go near the applicant."))
                .andExpect(jsonPath("$.clauses[0].protects[0].party").value("APPLICANT"))
                .andExpect(jsonPath("$.clauses[1].type").value("CONTACT"))
                .andExpect(jsonPath("$.clauses[1].channels[0]").value("ANY"))
                .andExpect(jsonPath("$.clauses[1].indirect").value(false))
                .andExpect(jsonPath("$.findings[*].code", hasItem("PROXIMITY_WITHOUT_DISTANCE")))
                .andExpect(jsonPath("$.findings[*].code", hasItem("NO_INDIRECT_CONTACT")))
                .andExpect(jsonPath("$.findings[*].code", hasItem("WITHOUT_NOTICE_NO_RETURN_DATE")))
                .andExpect(jsonPath("$.findings[*].code", hasItem("WITHOUT_NOTICE_TOO_LONG")))
                .andExpect(jsonPath("$.findings[0].severity").exists())
                .andExpect(jsonPath("$.findings[0].message").exists());
    }

    @Test
    void aPlaceIsReportedWithItsAddressAndDistance() throws Exception {
        mvc.perform(check("{\"text\": \"The respondent must not go within one hundred metres of the property at "
                        + "12 Acacia Avenue, Northtown NT1 2AB.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clauses[0].place.kind").value("HOME"))
                .andExpect(jsonPath("$.clauses[0].place.address").value("12 Acacia Avenue, Northtown NT1 2AB"))
                .andExpect(jsonPath("$.clauses[0].distanceMetres").value(100));
    }

    @Test
    void emptyTextIs400NamingText() throws Exception {
        mvc.perform(check("{\"text\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(check("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(check("")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void aMegabyteIs400WithoutBeingParsed() throws Exception {
        String big = "The respondent must not contact the applicant. ".repeat(22_000); // about 1 MB
        mvc.perform(check("{\"text\": \"" + big + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("100000")));
    }

    @Test
    void badJsonAndBadContextAre400NamingTheField() throws Exception {
        mvc.perform(check("{\"text\": ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(check("{\"text\": \"The respondent must not contact the applicant.\", \"order\": {\"endsAt\": \"soon\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("order.endsAt"));
        mvc.perform(check("{\"text\": \"x\", \"order\": {\"type\": \"PARKING_TICKET\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("order.type"));
    }

    @Test
    void binaryAndOddUnicodeGetASensibleReading() throws Exception {
        byte[] binary = new byte[2000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        String noise = new String(binary, StandardCharsets.ISO_8859_1).replace("\\", "").replace("\"", "");
        String json = "{\"text\": \"\\u0000\\u0007The\\u00a0respondent\\u200b must\\u202e not \\u201ccontact\\u201d the "
                + "applicant \\u2013 directly or indirectly.\\ufeff " + escape(noise) + "\"}";
        mvc.perform(check(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clauses[0].type").value("CONTACT"))
                .andExpect(jsonPath("$.clauses[0].indirect").value(true));
        mvc.perform(post("/api/v1/terms/check").contentType(MediaType.APPLICATION_JSON).content(binary).with(fromClient()))
                .andExpect(status().isBadRequest());
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    @Test
    void theSixthRequestInAMinuteIs429WithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(check("{\"text\": \"The respondent must not contact the applicant.\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(check("{\"text\": \"The respondent must not contact the applicant.\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theDraftCheckPageRendersAndChecksWithoutSigningIn() throws Exception {
        mvc.perform(get("/draft-check").with(fromClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the wording of a non-molestation order")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/draft-check").with(csrf()).with(fromClient())
                        .param("text", "The respondent must not come within 100 metres of her home.")
                        .param("childrenInCommon", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Place not identified")))
                .andExpect(content().string(not(containsString("PLACE_NOT_IDENTIFIED"))))
                .andExpect(content().string(containsString("100 metres")));
        mvc.perform(post("/draft-check").with(csrf()).with(fromClient()).param("text", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the wording you want to check")));
    }

    @Test
    void thePageOffersACorrectedDraftToCopyWhenAFindingSuggestsATerm() throws Exception {
        String typed = "1. The respondent must not use or threaten violence against the applicant.\n"
                + "2. The respondent must not go to 7 Rook Street, Leeds LS6 1AA.";
        String page = mvc.perform(post("/draft-check").with(csrf()).with(fromClient()).param("text", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher box = Pattern.compile("<textarea[^>]*id=\"corrected-draft\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        assertThat(box.find()).as("a corrected draft").isTrue();
        assertThat(box.group(0)).contains("readonly");
        assertThat(HtmlUtils.htmlUnescape(box.group(1)).strip()).isEqualTo(typed + "\n\n3. The respondent must not "
                + "instruct, encourage or in any way suggest that any other person should do any of the things this "
                + "order forbids him to do.");
        assertThat(page).as("the copy button waits for the site's own script; no inline script")
                .containsPattern("<button[^>]*data-nmo-copy=\"corrected-draft\"[^>]*hidden[^>]*>Copy the corrected draft<")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|onclick=");

        String nothingToAdd = mvc.perform(post("/draft-check").with(csrf()).with(fromClient()).param("text",
                        "The respondent must not use or threaten violence against the applicant, and must not "
                                + "instruct, encourage or in any way suggest that any other person should do so."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nothingToAdd).contains("id=\"result\"").doesNotContain("corrected-draft");
    }

    @Test
    void thePagePostNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/draft-check").with(fromClient()).param("text", "The respondent must not contact her."))
                .andExpect(status().isForbidden());
    }
}
