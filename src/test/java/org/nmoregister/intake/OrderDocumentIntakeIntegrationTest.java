package org.nmoregister.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmoregister.intake.reading.OrderCorpus;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The court's own documents through the intake doors end to end, on PostgreSQL: an order e-mailed by a court (sent
 * through a real SMTP server, GreenMail, and uploaded as the message the point of contact received) is read and
 * the notification filled from its attachment; then the court's variation, extension and discharge of that order, as documents,
 * are offered as those changes to the order the force holds (an extension
 * as an extension even where it restates the terms in other words) and, accepted without typing, recorded as its versions.
 */
@IntegrationTest
class OrderDocumentIntakeIntegrationTest {

    static final RequestPostProcessor POC_NORTH = httpBasic("poc.northshire", "demo");
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    final LocalDate today = LocalDate.now(UK);
    final LocalDateTime made = today.minusDays(10).atTime(14, 15);
    final LocalDate ends = today.plusMonths(11);

    /** A non-molestation order in the FL404A's words, made on notice ten days ago. */
    List<String> order(String caseNumber) {
        List<String> l = new ArrayList<>();
        l.add("In the Family Court sitting at Leeds");
        l.add("Case No. " + caseNumber);
        l.add("");
        l.add("Family Law Act 1996 (Part IV)");
        l.add("NON-MOLESTATION ORDER");
        l.add("");
        l.add("Between");
        l.add("MS JANE O'BRIEN\tApplicant");
        l.add("and");
        l.add("MR DARREN HUGHES\tRespondent");
        l.add("");
        l.add("The Applicant's date of birth: 12 May 1990");
        l.add("The Respondent's date of birth: 04/06/1988");
        l.add("");
        l.add("On " + made.format(LONG) + " at 2.15pm District Judge Harper considered an application for a "
                + "non-molestation order.");
        l.add("Upon the respondent attending in person, and upon hearing counsel for the applicant.");
        l.add("");
        l.add("The court orders that the Respondent Darren HUGHES must not:");
        l.add("1. use or threaten violence against the applicant, and must not instruct, encourage or in any way "
                + "suggest that any other person should do so.");
        l.add("2. go to, enter or attempt to enter the applicant's home.");
        l.add("");
        l.add("This order shall last until " + ends.format(NUMERIC) + " at 4pm unless varied or discharged.");
        l.add("");
        l.add("PENAL NOTICE");
        l.add("If without reasonable excuse you do anything which you are forbidden from doing by this order, you");
        l.add("will be committing a criminal offence and liable on conviction to imprisonment.");
        return l;
    }

    @Test
    void anOrderEmailedByTheCourtIsReadFromItsAttachmentAndFillsTheNotification() throws Exception {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        byte[] pdf = OrderCorpus.pdf(order(caseNumber));
        byte[] eml = sentAndReceived("Non-molestation order " + caseNumber + " O'Brien v Hughes",
                "Dear Sir or Madam,\n\nPlease find attached an order made today, for service and your records.\n\n"
                        + "Leeds Family Court listing office", "FL404A-" + caseNumber + ".pdf", pdf);

        String id = json.readTree(mvc.perform(multipart("/api/v1/notifications/emails")
                        .file(new MockMultipartFile("file", "court-order.eml", "message/rfc822", eml)).with(POC_NORTH))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        JsonNode n = notification(id);
        JsonNode d = n.get("data");
        assertThat(n.get("source").asString()).isEqualTo("EMAIL");
        assertThat(n.get("emailSubject").asString()).contains(caseNumber);
        assertThat(n.get("emailFrom").asString()).contains("leeds.familycourt@justice.gov.example");
        assertThat(d.get("court").asString()).isEqualTo("The Family Court at Leeds");
        assertThat(d.get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(d.get("orderType").asString()).isEqualTo("NMO");
        assertThat(d.get("madeAt").asString()).isEqualTo(made.atZone(UK).toInstant().toString());
        assertThat(d.get("withoutNotice").asBoolean()).as("the respondent attending: made on notice").isFalse();
        assertThat(d.get("endsAt").asString()).isEqualTo(ends.atTime(LocalTime.of(16, 0)).atZone(UK).toInstant().toString());
        assertThat(d.get("penalNotice").asBoolean()).isTrue();
        assertThat(d.get("applicant").get("name").asString()).isEqualTo("Jane O'Brien");
        assertThat(d.get("applicant").get("dateOfBirth").asString()).isEqualTo("1990-05-12");
        assertThat(d.get("respondent").get("name").asString()).isEqualTo("Darren Hughes");
        assertThat(d.get("respondent").get("dateOfBirth").asString()).isEqualTo("1988-06-04");
        assertThat(texts(d.get("terms"))).containsExactly(
                "The respondent must not use or threaten violence against the applicant, and must not instruct, "
                        + "encourage or in any way suggest that any other person should do so.",
                "The respondent must not go to, enter or attempt to enter the applicant's home.");

        // filled from the attachment, not typed: accepting as read makes the order
        mvc.perform(post("/api/v1/notifications/" + id + "/accept").with(POC_NORTH)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from protective_order where case_number = ?", Integer.class,
                caseNumber)).isEqualTo(1);
    }

    @Test
    void theCourtsVariationExtensionAndDischargeOfAnOrderHeldAreOfferedAndRecordedAsThoseChanges() throws Exception {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        String first = upload(order(caseNumber));
        UUID orderId = UUID.fromString(json.readTree(mvc.perform(post("/api/v1/notifications/" + first + "/accept")
                .with(POC_NORTH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("orderId").asString());

        LocalDate variedOn = today.minusDays(3);
        String variation = upload(List.of(
                "THE FAMILY COURT AT LEEDS",
                "Case number: " + caseNumber,
                "ORDER ON APPLICATION TO VARY (FL403)",
                "",
                "Applicant: Ms Jane O'BRIEN",
                "Respondent: Mr Darren HUGHES",
                "",
                "Date of order: " + variedOn.format(NUMERIC) + " at 11:00",
                "The respondent having been given notice of the hearing did not attend.",
                "",
                "The non-molestation order made on " + made.toLocalDate().format(NUMERIC) + " is varied as follows:",
                "The Respondent must not:",
                "(i) use or threaten violence against the applicant.",
                "(ii) go within 100 metres of the applicant's home.",
                "(iii) contact the applicant by any means, except through solicitors.",
                "",
                "The order as varied lasts until " + ends.format(NUMERIC) + "."));
        JsonNode offered = notification(variation);
        assertThat(offered.get("matchedOrderId").asString()).isEqualTo(orderId.toString());
        assertThat(offered.get("offeredChange").asString()).isEqualTo("VARIATION");
        assertThat(offered.get("data").get("withoutNotice").asBoolean()).isFalse();
        assertThat(texts(offered.get("data").get("terms"))).hasSize(3)
                .last().isEqualTo("The respondent must not contact the applicant by any means, except through solicitors.");
        accept(variation, orderId, 2);
        assertThat(kind(orderId, 2)).isEqualTo("VARIATION");

        // an extension that restates the terms in its own words: the terms differ from the version held, yet the
        // court says it extends the order, and that is what it is offered and recorded as
        LocalDate extendedOn = today.minusDays(2);
        LocalDate extendedTo = ends.plusMonths(6);
        String extension = upload(List.of(
                "IN THE FAMILY COURT AT LEEDS",
                "Case No. " + caseNumber,
                "ORDER EXTENDING A NON-MOLESTATION ORDER",
                "",
                "Applicant: Jane O'Brien",
                "Respondent: Darren Hughes",
                "",
                "Date of order: " + extendedOn.format(LONG) + " at 12:00",
                "Upon hearing counsel for the applicant and the respondent in person.",
                "",
                "The non-molestation order made on " + made.toLocalDate().format(NUMERIC) + " is extended and shall "
                        + "remain in force until " + extendedTo.format(NUMERIC) + ".",
                "The Respondent must not:",
                "a) use or threaten violence towards the applicant;",
                "b) go within 100 metres of the applicant's home;",
                "c) contact the applicant, directly or indirectly, except through solicitors."));
        JsonNode extensionOffered = notification(extension);
        assertThat(extensionOffered.get("matchedOrderId").asString()).isEqualTo(orderId.toString());
        assertThat(extensionOffered.get("offeredChange").asString()).isEqualTo("EXTENSION");
        accept(extension, orderId, 3);
        assertThat(kind(orderId, 3)).isEqualTo("EXTENSION");

        LocalDate dischargedOn = today.minusDays(1);
        String discharge = upload(List.of(
                "IN THE FAMILY COURT AT LEEDS",
                "Case No: " + caseNumber,
                "ORDER DISCHARGING A NON-MOLESTATION ORDER",
                "",
                "Applicant: Jane O'Brien",
                "Respondent: Darren Hughes",
                "",
                "On " + dischargedOn.format(LONG) + " at 10.30am District Judge Rowe, both parties attending,",
                "ordered that the non-molestation order made on " + made.toLocalDate().format(NUMERIC)
                        + " and varied on " + variedOn.format(NUMERIC) + " is discharged."));
        JsonNode dischargeOffered = notification(discharge);
        assertThat(dischargeOffered.get("matchedOrderId").asString()).isEqualTo(orderId.toString());
        assertThat(dischargeOffered.get("offeredChange").asString()).isEqualTo("DISCHARGE");
        accept(discharge, orderId, 4);
        assertThat(kind(orderId, 4)).isEqualTo("DISCHARGE");
        assertThat(jdbc.queryForObject("select count(*) from protective_order where case_number = ?", Integer.class,
                caseNumber)).as("one order, four versions").isEqualTo(1);
    }

    /** The message as the force's mailbox receives it: built by a mail client, sent over SMTP, read back raw. */
    byte[] sentAndReceived(String subject, String body, String filename, byte[] attachment) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("leeds.familycourt@justice.gov.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("poc@northshire.police.example"));
        message.setSubject(subject);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
        pdf.setFileName(filename);
        message.setContent(new MimeMultipart(text, pdf));
        Transport.send(message);
        smtp.waitForIncomingEmail(5000, 1);
        MimeMessage received = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subjectOf(m).equals(subject)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        received.writeTo(out);
        return out.toByteArray();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    String upload(List<String> lines) throws Exception {
        return json.readTree(mvc.perform(multipart("/api/v1/notifications/documents")
                        .file(new MockMultipartFile("file", "order.pdf", "application/pdf", OrderCorpus.pdf(lines)))
                        .with(POC_NORTH))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    JsonNode notification(String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/notifications/" + id).with(POC_NORTH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    void accept(String notificationId, UUID orderId, int version) throws Exception {
        JsonNode accepted = json.readTree(mvc.perform(post("/api/v1/notifications/" + notificationId + "/accept")
                .with(POC_NORTH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(accepted.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(accepted.get("version").asInt()).isEqualTo(version);
    }

    String kind(UUID orderId, int version) {
        return jdbc.queryForObject("select change_kind from order_version where order_id = ? and version = ?",
                String.class, orderId, version);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
