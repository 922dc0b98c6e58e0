package org.nmoregister.safeguarding.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.nmoregister.platform.files.PdfText;
import org.nmoregister.safeguarding.rules.ContactScript;

/**
 * The victim's letter as an A4 PDF (PDFBox): the contact script, word for word, addressed to the person by name
 * only. No postal address is printed on it (the unit addresses the envelope, or attaches it to a safe e-mail), so the
 * letter itself never holds where the victim lives. Set in Liberation Sans (shipped with PDFBox, embedded) so names
 * print as recorded (headings are larger, not bold: PDFBox ships no bold Unicode font).
 */
final class LetterPdf {

    private static final float MARGIN = 56;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterPdf() {
    }

    static byte[] write(String name, ContactScript.Script script, String forceName, Instant at) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Layout l = new Layout(document);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(script.title());
            info.setCreator("NMO Register");
            document.setDocumentInformation(info);
            l.text((forceName == null ? "Police" : forceName) + " safeguarding unit", l.bold, 11);
            l.text(DATE.format(at.atZone(ZoneId.of("Europe/London"))), l.regular, 11);
            l.gap(12);
            l.text("Dear " + (name == null || name.isBlank() ? "Sir or Madam" : name.strip()) + ",", l.regular, 11);
            l.gap(6);
            l.text(script.title(), l.bold, 15);
            for (ContactScript.Section s : script.sections()) {
                l.gap(8);
                l.text(s.heading(), l.bold, 12);
                s.paragraphs().forEach(p -> l.text(p, l.regular, 11));
                s.bullets().forEach(b -> l.bullet(b));
                s.after().forEach(p -> l.text(p, l.regular, 11));
            }
            l.gap(12);
            l.text("If you are in danger, call 999.", l.bold, 11);
            l.gap(6);
            l.text("Yours sincerely,", l.regular, 11);
            l.text("The safeguarding unit", l.regular, 11);
            l.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Layout {
        private final PDDocument document;
        final PDFont regular;
        final PDFont bold;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.regular = PdfText.unicodeFont(document);
            // PDFBox ships no bold Unicode font, and Helvetica Bold would lose letters of names in headings: headings
            // are set larger instead.
            this.bold = regular;
            newPage();
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, PDFont font, float size) {
            write(text, font, size, MARGIN, "");
        }

        void bullet(String text) {
            write(text, regular, 11, MARGIN + 14, "\u2022 ");
        }

        private void write(String text, PDFont font, float size, float x, String marker) {
            float leading = size * 1.4f;
            List<String> lines = PdfText.wrap(PdfText.safe(font, text == null ? "" : text), font, size,
                    SIZE.getWidth() - MARGIN - x - 10);
            for (int i = 0; i < lines.size(); i++) {
                if (y - leading < MARGIN + 20) {
                    newPage();
                }
                y -= leading;
                try {
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(i == 0 && !marker.isEmpty() ? x - 10 : x, y);
                    stream.showText(i == 0 && !marker.isEmpty() ? PdfText.safe(font, marker) + lines.get(i) : lines.get(i));
                    stream.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void newPage() {
            try {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(SIZE);
                document.addPage(page);
                pages.add(page);
                stream = new PDPageContentStream(document, page);
                y = SIZE.getHeight() - MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            stream.close();
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN - 16);
                    footer.showText("Page " + (i + 1) + " of " + pages.size());
                    footer.endText();
                }
            }
        }
    }
}
