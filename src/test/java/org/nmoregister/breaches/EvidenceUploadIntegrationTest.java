package org.nmoregister.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.DocumentReaderTestSupport;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded files are typed by their bytes, kept only if on the allow-list, and always served as attachments. */
@IntegrationTest
class EvidenceUploadIntegrationTest {

    static final RequestPostProcessor OFFICER = httpBasic("officer.northshire", "demo");
    static final RequestPostProcessor POC = httpBasic("poc.northshire", "demo");
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>fetch('/api/v1/orders')</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    UUID breach() throws Exception {
        UUID orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(
                OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), now.minus(3, ChronoUnit.DAYS)),
                "evidence upload test"));
        String body = """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Jane Smith",
                 "incidents": [{"occurredAt": "%s", "conduct": "CONTACT", "channel": "TEXT",
                   "description": "Texts overnight"}]}
                """.formatted(orderId, now.minus(1, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS));
        String created = mvc.perform(post("/api/v1/breaches").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(created).get("id").asString());
    }

    @Test
    void aWebPageClaimingToBeAPictureIsRefusedAndNothingIsStored() throws Exception {
        UUID id = breach();
        mvc.perform(multipart("/api/v1/breaches/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "screenshot.png", "image/png", HTML))
                        .param("kind", "SCREENSHOT").param("description", "Messages").with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("file")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("web page")));
        assertThat(jdbc.queryForObject("select count(*) from breach_evidence where report_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aFileIsKeptWithTheTypeItsBytesShowAndASafeNameAndServedAsAnAttachment() throws Exception {
        UUID id = breach();
        byte[] pdf = DocumentReaderTestSupport.pdf("Statement of Jane Smith");
        String body = mvc.perform(multipart("/api/v1/breaches/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "..\\..\\statement\u202Efdp.exe\r\n.pdf", "text/html", pdf))
                        .param("kind", "STATEMENT").param("description", "Victim's statement").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.evidence[0].fileName").value("statementfdp.exe.pdf"))
                .andReturn().getResponse().getContentAsString();
        String evidenceId = json.readTree(body).get("evidence").get(0).get("id").asString();
        mvc.perform(get("/api/v1/breaches/{id}/evidence/{e}", id, evidenceId).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void anOlderItemHeldAsAWebPageOrWithAnInvalidTypeIsServedAsBytesNotRunOrFailed() throws Exception {
        UUID id = breach();
        UUID html = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        for (Object[] row : new Object[][] {{html, "text/html"}, {invalid, "not a type at all"}}) {
            jdbc.update("insert into breach_evidence (id, report_id, kind, description, file_name, content_type, "
                    + "size_bytes, sha256, content, added_at, added_by) values (?, ?, 'OTHER', 'held before', "
                    + "'page.html', ?, ?, 'x', ?, now(), 'officer.northshire')", row[0], id, row[1], HTML.length,
                    HTML);
        }
        for (UUID evidenceId : new UUID[] {html, invalid}) {
            mvc.perform(get("/api/v1/breaches/{id}/evidence/{e}", id, evidenceId).with(OFFICER))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/octet-stream"))
                    .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void aPdfBombUploadedAsAnOrderDocumentIsRefusedWithAClearMessage() throws Exception {
        byte[] bomb = org.nmoregister.intake.internal.DocumentReaderTestSupport.pdfBomb(64L << 20);
        mvc.perform(multipart("/api/v1/notifications/documents")
                        .file(new MockMultipartFile("file", "order.pdf", "application/pdf", bomb)).with(POC))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("PDF bomb")));
    }
}
