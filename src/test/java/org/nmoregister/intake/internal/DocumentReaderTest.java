package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    /** A one-page PDF with these lines, made the way a court's system would. */
    static byte[] pdf(String... lines) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(16);
                text.newLineAtOffset(50, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A "PDF bomb": one page whose content stream is {@code inflatedBytes} of blanks, Flate-compressed (by the JDK,
     * so that nothing here holds the inflated bytes), so that the file is about a thousandth of that size.
     */
    public static byte[] pdfBomb(long inflatedBytes) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(compressed,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long left = inflatedBytes; left > 0; left -= blanks.length) {
                deflate.write(blanks, 0, (int) Math.min(blanks.length, left));
            }
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            org.apache.pdfbox.cos.COSStream contents = document.getDocument().createCOSStream();
            try (var raw = contents.createRawOutputStream()) {
                compressed.writeTo(raw);
            }
            contents.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, contents);
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    static byte[] email(byte[] attachment) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("listing@leeds.family.justice.gov.uk", "Leeds Family Court"));
        message.setRecipients(MimeMessage.RecipientType.TO, "nmo.poc@northshire.police.uk");
        message.setSubject("Non-molestation order LS26F00123 Smith v Smith");
        message.setSentDate(new Date(1_793_000_000_000L));
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Please find attached the order made today at Leeds Family Court.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
        file.setFileName("FL404A-LS26F00123.pdf");
        message.setContent(new MimeMultipart(body, file));
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void extractsAPdfsTextAndKeepsItsHash() throws Exception {
        byte[] bytes = pdf("Leeds Family Court", "Case number LS26F00123", "Non-molestation order");
        var document = DocumentReader.pdf("order.pdf", bytes);
        assertThat(document.extractedText()).contains("Leeds Family Court", "LS26F00123");
        assertThat(document.sha256()).hasSize(64).isEqualTo(DocumentReader.sha256(bytes));
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.content()).isEqualTo(bytes);
    }

    @Test
    void refusesWhatIsNotAPdf() throws Exception {
        assertThatThrownBy(() -> DocumentReader.pdf("x.pdf", "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentReader.UnreadableDocumentException.class).hasMessageContaining("not a PDF");
        byte[] truncated = java.util.Arrays.copyOf(pdf("text"), 40);
        assertThatThrownBy(() -> DocumentReader.pdf("x.pdf", truncated))
                .isInstanceOf(DocumentReader.UnreadableDocumentException.class);
    }

    @Test
    void readsAnEmailWithItsPdfAttachment() throws Exception {
        byte[] attachment = pdf("The respondent John Smith must not contact Jane Smith.");
        var email = DocumentReader.email("court.eml", email(attachment));
        assertThat(email.subject()).isEqualTo("Non-molestation order LS26F00123 Smith v Smith");
        assertThat(email.from()).contains("listing@leeds.family.justice.gov.uk");
        assertThat(email.sentAt()).isEqualTo(java.time.Instant.ofEpochMilli(1_793_000_000_000L));
        assertThat(email.bodyText()).contains("order made today at Leeds Family Court");
        assertThat(email.message().contentType()).isEqualTo("message/rfc822");
        assertThat(email.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("FL404A-LS26F00123.pdf");
            assertThat(a.content()).isEqualTo(attachment);
            assertThat(a.sha256()).isEqualTo(DocumentReader.sha256(attachment));
            assertThat(a.extractedText()).contains("must not contact Jane Smith");
        });
        assertThat(CaseReferenceExtractor.caseNumber(email.allText())).contains("LS26F00123");
        assertThat(CaseReferenceExtractor.court(email.allText())).contains("Leeds Family Court");
    }

    @Test
    void refusesAFileWithNoMailHeaders() {
        assertThatThrownBy(() -> DocumentReader.email("x.eml", "just some words".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentReader.UnreadableDocumentException.class);
    }

    @Test
    void aPdfThatInflatesToSixtyFourMegabytesIsRefusedQuicklyWithoutHoldingIt() throws Exception {
        byte[] bomb = pdfBomb(64L << 20);
        assertThat(bomb.length).isLessThan(100 * 1024);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReader.pdf("order.pdf", bomb))
                .isInstanceOf(DocumentReader.UnreadableDocumentException.class)
                .hasMessageContaining("PDF bomb")
                .hasMessageContaining("decompress to more than 32 MB");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long grewBy = (runtime.totalMemory() - runtime.freeMemory()) - usedBefore;
        System.out.printf("PDF bomb: %d bytes on disk, refused in %d ms, heap grew by about %d MB%n", bomb.length,
                millis, grewBy >> 20);
        assertThat(millis).isLessThan(DocumentReader.MAX_TIME.toMillis());
    }

    @Test
    void aPdfUnderTheBoundsIsStillReadWhole() throws Exception {
        byte[] large = pdfBomb(8L << 20);
        assertThat(DocumentReader.pdf("order.pdf", large).extractedText()).isNull();
        assertThat(DocumentReader.pdf("order.pdf", pdf("Case number LS26F00123")).extractedText())
                .contains("LS26F00123");
    }

    @Test
    void anEmailAttachmentIsTypedByItsBytesAndNamedSafely() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("listing@leeds.family.justice.gov.uk"));
        message.setSubject("Order");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("See attached.", "UTF-8");
        MimeBodyPart page = new MimeBodyPart();
        page.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "text/plain")));
        page.setFileName("../../notes.txt");
        MimeBodyPart bomb = new MimeBodyPart();
        bomb.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdfBomb(64L << 20),
                "application/pdf")));
        bomb.setFileName("order.pdf");
        message.setContent(new MimeMultipart(body, page, bomb));
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);

        var email = DocumentReader.email("court.eml", out.toByteArray());
        assertThat(email.attachments()).hasSize(2);
        assertThat(email.attachments().get(0).filename()).isEqualTo("notes.txt");
        assertThat(email.attachments().get(0).contentType()).isEqualTo("text/html");
        assertThat(email.attachments().get(0).extractedText()).isNull();
        // The bomb is kept as received (nothing the court sent is dropped) but its text is not read.
        assertThat(email.attachments().get(1).contentType()).isEqualTo("application/pdf");
        assertThat(email.attachments().get(1).extractedText()).isNull();
    }
}
