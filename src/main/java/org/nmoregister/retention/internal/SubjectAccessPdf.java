package org.nmoregister.retention.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The subject access export as an A4 PDF for the force's data-protection office: every record found, field by field,
 * each field to be redacted before release marked "[REDACT: why]" beside it. This is the working copy, not the copy
 * sent: the office redacts the marked fields and releases the rest.
 */
public final class SubjectAccessPdf {

    private static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private SubjectAccessPdf() {
    }

    public static byte[] write(SubjectAccess.Export export) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Subject access request " + export.reference());
            info.setCreator("NMO Register");
            document.setDocumentInformation(info);
            Layout l = new Layout(document);
            l.text("Subject access request " + export.reference(), 15, 0);
            l.text("Working copy for the data-protection office: redact every field marked [REDACT] before release.",
                    10, 0);
            l.text("Person: " + export.personName() + (export.dateOfBirth() == null ? ""
                    : ", born " + export.dateOfBirth()), 11, 0);
            l.text("Force: " + export.forceCode() + ". Gathered " + WHEN.format(export.madeAt()) + " by "
                    + export.madeBy() + ". " + export.records().size() + " records, " + export.redactedFields()
                    + " fields marked for redaction.", 10, 0);
            l.gap(8);
            if (export.records().isEmpty()) {
                l.text("The register holds no record about this person.", 11, 0);
            }
            for (SubjectAccess.ExportRecord record : export.records()) {
                l.gap(8);
                l.text(record.kind() + " (" + record.recordKind() + ", held by " + record.holder() + ")", 12, 0);
                l.text("Reference " + record.reference() + ", case " + record.caseId(), 9, 0);
                for (SubjectAccess.ExportField f : record.fields()) {
                    l.text(f.label() + ": " + f.value() + (f.redact() == null ? "" : "   [REDACT: " + f.redact() + "]"),
                            10, 12);
                }
            }
            l.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.font = PdfText.unicodeFont(document);
            newPage();
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, float indent) {
            float leading = size * 1.4f;
            float x = MARGIN + indent;
            for (String line : PdfText.wrap(PdfText.safe(font, text == null ? "" : text), font, size,
                    SIZE.getWidth() - MARGIN - x)) {
                if (y - leading < MARGIN + 20) {
                    newPage();
                }
                y -= leading;
                try {
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(x, y);
                    stream.showText(line);
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
                    footer.setFont(font, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN - 16);
                    footer.showText("Page " + (i + 1) + " of " + pages.size() + " - restricted: personal data");
                    footer.endText();
                }
            }
        }
    }
}
