package org.nmoregister.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads what arrives as files: the text of an order PDF (Apache PDFBox) and the parts of an e-mail file (Jakarta
 * Mail). Plain Java; a file that is not what it claims to be is refused with {@link UnreadableDocumentException}.
 */
public final class DocumentReader {

    private static final Session MAIL_SESSION = Session.getInstance(new Properties());

    private DocumentReader() {
    }

    public static class UnreadableDocumentException extends RuntimeException {
        public UnreadableDocumentException(String message) {
            super(message);
        }
    }

    /** A file as received, with what could be read from it. */
    public record ReadDocument(String filename, String contentType, byte[] content, String sha256,
                               String extractedText) {
    }

    /** An e-mail: its headers, its body text, the message itself and every attachment. */
    public record ReadEmail(String subject, String from, Instant sentAt, String bodyText, ReadDocument message,
                            List<ReadDocument> attachments) {

        /** Everything a person would read, for finding the case number and court. */
        public String allText() {
            StringBuilder text = new StringBuilder();
            append(text, subject);
            append(text, bodyText);
            attachments.forEach(a -> append(text, a.extractedText()));
            return text.toString();
        }

        private static void append(StringBuilder text, String part) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
    }

    public static boolean looksLikePdf(byte[] bytes) {
        return bytes != null && bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
                && bytes[3] == 'F' && bytes[4] == '-';
    }

    /** The PDF's text, page by page; refuses anything that is not a readable PDF. */
    public static ReadDocument pdf(String filename, byte[] bytes) {
        if (!looksLikePdf(bytes)) {
            throw new UnreadableDocumentException("is not a PDF document");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            return new ReadDocument(name(filename, "order.pdf"), "application/pdf", bytes, sha256(bytes),
                    text.isBlank() ? null : text.strip());
        } catch (IOException e) {
            throw new UnreadableDocumentException("is not a readable PDF document (" + e.getMessage() + ")");
        }
    }

    /** Parses an RFC 822 message (.eml): headers, body text, and attachments (PDFs with their text). */
    public static ReadEmail email(String filename, byte[] bytes) {
        try {
            MimeMessage message = new MimeMessage(MAIL_SESSION, new ByteArrayInputStream(bytes));
            if (message.getHeader("From") == null && message.getHeader("Date") == null
                    && message.getHeader("Subject") == null) {
                throw new UnreadableDocumentException("is not an e-mail message (no From, Date or Subject header)");
            }
            String from = message.getHeader("From", ", ");
            from = from == null ? null : MimeUtility.decodeText(from);
            StringBuilder body = new StringBuilder();
            List<ReadDocument> attachments = new ArrayList<>();
            walk(message, body, attachments);
            String bodyText = body.toString().strip();
            ReadDocument original = new ReadDocument(name(filename, "message.eml"), "message/rfc822", bytes,
                    sha256(bytes), bodyText.isEmpty() ? null : bodyText);
            return new ReadEmail(message.getSubject(), from,
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    bodyText.isEmpty() ? null : bodyText, original, attachments);
        } catch (MessagingException | IOException e) {
            throw new UnreadableDocumentException("is not a readable e-mail message (" + e.getMessage() + ")");
        }
    }

    private static void walk(Part part, StringBuilder body, List<ReadDocument> attachments)
            throws MessagingException, IOException {
        String filename = part.getFileName();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            // An alternative holds the same text twice (plain and HTML): one is enough.
            boolean alternative = part.isMimeType("multipart/alternative");
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (alternative && body.length() > 0 && !child.isMimeType("multipart/*")) {
                    continue;
                }
                walk(child, body, attachments);
            }
        } else if (attachment) {
            byte[] bytes = readAll(part.getInputStream());
            String name = filename == null ? "attachment" : MimeUtility.decodeText(filename);
            String type = baseType(part.getContentType());
            if (looksLikePdf(bytes)) {
                String text = null;
                try {
                    text = pdf(name, bytes).extractedText();
                } catch (UnreadableDocumentException e) {
                    // Kept as received even when unreadable: the point of contact can still open it.
                }
                attachments.add(new ReadDocument(name, "application/pdf", bytes, sha256(bytes), text));
            } else {
                attachments.add(new ReadDocument(name, type, bytes, sha256(bytes),
                        part.isMimeType("text/plain") ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : null));
            }
        } else if (part.isMimeType("text/plain")) {
            body.append(part.getContent().toString()).append('\n');
        } else if (part.isMimeType("text/html") && body.length() == 0) {
            body.append(htmlToText(part.getContent().toString())).append('\n');
        }
    }

    static String htmlToText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>", "\n")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String name(String filename, String fallback) {
        if (filename == null || filename.isBlank()) {
            return fallback;
        }
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
