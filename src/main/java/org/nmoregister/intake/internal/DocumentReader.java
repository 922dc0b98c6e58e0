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
import java.util.Optional;
import java.util.Properties;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nmoregister.platform.files.UploadedFiles;

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
                               String extractedText, boolean textRecognised) {

        public ReadDocument(String filename, String contentType, byte[] content, String sha256, String extractedText) {
            this(filename, contentType, content, sha256, extractedText, false);
        }
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

    /**
     * Bounds on reading a PDF. An order is a few pages of text; a file that decompresses far beyond these is not
     * one but a "PDF bomb" (a 64 KB file can inflate to gigabytes), and reading it must not take the server's memory
     * or a request thread with it. PDFBox's scratch space is capped in memory and then in temporary files.
     */
    static final long MAX_MAIN_MEMORY = 16L << 20;
    static final long MAX_SCRATCH = 64L << 20;
    static final long MAX_DECODED_PAGE_CONTENT = 32L << 20;
    static final int MAX_PAGES = 300;
    static final int MAX_TEXT = 1_000_000;
    static final java.time.Duration MAX_TIME = java.time.Duration.ofSeconds(20);
    /** A scan is recognised a page at a time, a few seconds a page: pages past this are left to the original. */
    static final java.time.Duration MAX_OCR_TIME = java.time.Duration.ofSeconds(60);

    /** The PDF's text, page by page, within the bounds above; refuses anything that is not a readable PDF. */
    public static ReadDocument pdf(String filename, byte[] bytes) {
        if (!looksLikePdf(bytes)) {
            throw new UnreadableDocumentException("is not a PDF document");
        }
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, MAX_SCRATCH).streamCache)) {
            int pages = document.getNumberOfPages();
            checkDecodedSize(document);
            BoundedTextStripper stripper = new BoundedTextStripper(deadline);
            stripper.setEndPage(MAX_PAGES);
            StringBuilder text = new StringBuilder();
            boolean truncated = false;
            try {
                stripper.writeText(document, new BoundedWriter(text));
            } catch (TextLimitReached e) {
                truncated = true;
            }
            String extracted = text.toString().strip();
            if (extracted.isBlank() && !truncated) {
                // a scan: its pages are pictures, read by OCR (the deadline then covers the recognition too)
                Optional<String> recognised = RecognisedText.of(document, System.nanoTime() + MAX_OCR_TIME.toNanos());
                if (recognised.isPresent()) {
                    return new ReadDocument(name(filename, "order.pdf"), "application/pdf", bytes, sha256(bytes),
                            recognised.get(), true);
                }
            }
            if (truncated || pages > MAX_PAGES) {
                extracted += "\n\n[Only the first " + (truncated ? MAX_TEXT + " characters" : MAX_PAGES + " pages")
                        + " of the text were read; the whole document is kept as received.]";
            }
            return new ReadDocument(name(filename, "order.pdf"), "application/pdf", bytes, sha256(bytes),
                    extracted.isBlank() ? null : extracted.strip());
        } catch (ReadingTooLong e) {
            throw new UnreadableDocumentException("could not be read within " + MAX_TIME.toSeconds() + " seconds, "
                    + "far longer than any order document takes; it was refused (it may be built to exhaust the "
                    + "server, a \"PDF bomb\")");
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Maximum allowed scratch file memory exceeded")) {
                throw bomb("its content needs more than " + (MAX_SCRATCH >> 20) + " MB to read");
            }
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException("is not a readable PDF document (" + e.getMessage() + ")");
        }
    }

    /** Filters that only pictures use: text extraction never decodes them. */
    private static final java.util.Set<COSName> IMAGE_FILTERS = java.util.Set.of(COSName.DCT_DECODE,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    /**
     * Decompresses every stream that reading the text would (page contents, forms, fonts, character maps), counting
     * the bytes and holding none past the bound, and refuses the document if they come to more than
     * {@link #MAX_DECODED_PAGE_CONTENT}. PDFBox itself decodes a stream whole into memory, whatever its memory
     * settings say, so this is what keeps a bomb from ever reaching it.
     */
    private static void checkDecodedSize(PDDocument document) throws IOException {
        long total = 0;
        COSDocument cos = document.getDocument();
        for (var entry : cos.getXrefTable().entrySet()) {
            // Objects inside object streams have no offset of their own, and are never streams.
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSBase object = cos.getObjectFromPool(entry.getKey()).getObject();
            if (!(object instanceof COSStream stream) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            total += decodedSize(stream, MAX_DECODED_PAGE_CONTENT - total);
        }
    }

    private static long decodedSize(COSStream stream, long room) throws IOException {
        List<COSName> filters = new ArrayList<>();
        COSBase declared = stream.getFilters();
        if (declared instanceof COSName name) {
            filters.add(name);
        } else if (declared instanceof COSArray array) {
            array.forEach(f -> filters.add(f instanceof COSName name ? name : COSName.getPDFName("?")));
        }
        if (filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
            return 0;
        }
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                BoundedOutput out = new BoundedOutput(room, i < filters.size() - 1);
                try (InputStream encoded = in) {
                    org.apache.pdfbox.filter.FilterFactory.INSTANCE.getFilter(filters.get(i))
                            .decode(encoded, out, stream, i);
                }
                in = new java.io.ByteArrayInputStream(out.kept());
                if (i == filters.size() - 1) {
                    return out.count;
                }
            }
            BoundedOutput out = new BoundedOutput(room, false);
            in.transferTo(out);
            return out.count;
        } finally {
            in.close();
        }
    }

    /** Counts what is written, keeps it only when asked, and stops the decoding past {@code room}. */
    private static final class BoundedOutput extends java.io.OutputStream {
        private final long room;
        private final ByteArrayOutputStream kept;
        long count;

        BoundedOutput(long room, boolean keep) {
            this.room = room;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
            if (count > room) {
                throw bomb("its pages decompress to more than " + (MAX_DECODED_PAGE_CONTENT >> 20) + " MB");
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        byte[] kept() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }

    private static UnreadableDocumentException bomb(String why) {
        return new UnreadableDocumentException("was refused: " + why + ", which no order document does (a PDF "
                + "built to exhaust the server, a \"PDF bomb\", does). Ask the sender for the order as printed.");
    }

    /** Thrown from inside PDFBox's parsing, unchecked so that no operator handler swallows it. */
    private static final class ReadingTooLong extends RuntimeException {
        ReadingTooLong() {
            super(null, null, false, false);
        }
    }

    private static final class TextLimitReached extends RuntimeException {
        TextLimitReached() {
            super(null, null, false, false);
        }
    }

    /** Text extraction that gives up at the deadline, checked as the page's operators are read. */
    private static final class BoundedTextStripper extends PDFTextStripper {
        private final long deadline;
        private long operators;

        BoundedTextStripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            if ((++operators & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new ReadingTooLong();
            }
            super.processOperator(operator, operands);
        }
    }

    /** Keeps at most {@link #MAX_TEXT} characters of the extracted text. */
    private static final class BoundedWriter extends java.io.Writer {
        private final StringBuilder text;

        BoundedWriter(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = MAX_TEXT - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length > room) {
                throw new TextLimitReached();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
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
            String name = name(filename == null ? null : MimeUtility.decodeText(filename), "attachment");
            // What the bytes are, not what the sender's mail program called them; kept either way, served safely.
            String type = UploadedFiles.detect(bytes, name);
            if (looksLikePdf(bytes)) {
                String text = null;
                boolean recognised = false;
                try {
                    ReadDocument read = pdf(name, bytes);
                    text = read.extractedText();
                    recognised = read.textRecognised();
                } catch (UnreadableDocumentException e) {
                    // Kept as received even when unreadable: the point of contact can still open it.
                }
                attachments.add(new ReadDocument(name, "application/pdf", bytes, sha256(bytes), text, recognised));
            } else {
                attachments.add(new ReadDocument(name, type, bytes, sha256(bytes),
                        "text/plain".equals(type) ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : null));
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

    private static byte[] readAll(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String name(String filename, String fallback) {
        return UploadedFiles.displayName(filename, fallback);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
