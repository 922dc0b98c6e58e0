package org.nmoregister.reporting.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.nmoregister.platform.files.PdfText;
import org.nmoregister.platform.web.UkTime;

/**
 * A report as a CSV file (one line per figure row, the numbers as the page shows them, suppression included) and as
 * an A4 PDF (PDFBox, the Unicode font from {@link PdfText}): each figure's bars and its table, with the period, the
 * area and when it was made on the first page and the marking on every page.
 */
public final class ReportFiles {

    public static final List<String> CSV_HEADER = List.of("section", "figure", "row", "count", "share",
            "median", "90th percentile", "target", "within target");

    private ReportFiles() {
    }

    public static String csv(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                CSV_HEADER.toArray(String[]::new)).get())) {
            for (Report.Section section : report.sections()) {
                for (Report.Figure figure : section.figures()) {
                    if (figure instanceof Report.Counts c) {
                        for (Report.Counts.Row row : c.rows()) {
                            csv.printRecord(section.title(), c.title(), row.label(), row.cell().text(), c.share(row),
                                    "", "", "", "");
                        }
                        if (c.showTotal()) {
                            csv.printRecord(section.title(), c.title(), "Total", c.total().text(), "", "", "", "", "");
                        }
                    } else if (figure instanceof Report.Times t) {
                        for (Report.TimeRow row : t.rows()) {
                            csv.printRecord(section.title(), t.title(), row.label(), row.countText(), "",
                                    row.medianText(), row.p90Text(), row.targetText(), row.withinText());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] pdf(Report report) {
        Pdf w = new Pdf();
        w.line("Trends and performance", 16, 22);
        w.line(report.scope().area(), 11, 15);
        w.line("From " + report.scope().from() + " to " + report.scope().to() + " (UK time). Made "
                + UkTime.written(report.generatedAt()) + ". Counts, rates and times only: no names. "
                + (report.scope().suppress() ? "Numbers from 1 to 4 are shown as \"fewer than 5\"." : ""), 9, 13);
        for (Report.Section section : report.sections()) {
            w.space(10);
            w.line(section.title(), 14, 20);
            for (Report.Figure figure : section.figures()) {
                w.space(6);
                w.line(figure.title(), 11, 15);
                w.line(figure.description(), 8, 11);
                if (figure instanceof Report.Counts c) {
                    for (Report.Counts.Row row : c.rows()) {
                        double width = c.bars().get(c.rows().indexOf(row)).width();
                        w.bar(row.label(), row.cell().text() + (c.share(row).isEmpty() ? "" : " (" + c.share(row) + ")"),
                                width);
                    }
                    if (c.showTotal()) {
                        w.bar("Total", c.total().text(), 0);
                    }
                } else if (figure instanceof Report.Times t) {
                    for (Report.TimeRow row : t.rows()) {
                        w.line(row.label() + ": " + row.countText() + " cases"
                                + (row.suppressed() ? "" : "; median " + row.medianText() + "; 90th percentile "
                                + row.p90Text() + "; target " + row.targetText()
                                + (row.withinText().isEmpty() ? "" : "; within target " + row.withinText())), 9, 12);
                    }
                }
            }
        }
        return w.finish();
    }

    /** Lays text and bars out top to bottom on A4 pages. */
    private static final class Pdf {
        private static final float MARGIN = 50;
        private static final PDRectangle SIZE = PDRectangle.A4;
        private final PDDocument document = new PDDocument();
        private final PDFont font = PdfText.unicodeFont(document);
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Pdf() {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Trends and performance");
            info.setCreator("NMO Register");
            document.setDocumentInformation(info);
            newPage();
        }

        void space(float points) {
            y -= points;
        }

        void line(String text, float size, float leading) {
            for (String part : PdfText.wrap(PdfText.safe(font, text == null ? "" : text), font, size,
                    SIZE.getWidth() - 2 * MARGIN)) {
                room(leading);
                y -= leading;
                text(part, MARGIN, y, size);
            }
        }

        /** A row: its label, then a bar {@code width} per cent of 200 points long and the value after it. */
        void bar(String label, String value, double width) {
            room(13);
            y -= 13;
            String safe = PdfText.safe(font, label);
            List<String> wrapped = PdfText.wrap(safe, font, 9, 230);
            text(wrapped.isEmpty() ? "" : wrapped.get(0), MARGIN, y, 9);
            float length = (float) (width / 80.0 * 200.0);
            try {
                if (length > 0) {
                    stream.setNonStrokingColor(new Color(29, 112, 184));
                    stream.addRect(MARGIN + 240, y - 1, length, 9);
                    stream.fill();
                    stream.setNonStrokingColor(Color.BLACK);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text(PdfText.safe(font, value), MARGIN + 244 + length, y, 9);
        }

        private void text(String text, float x, float at, float size) {
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, at);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void room(float needed) {
            if (y - needed < MARGIN + 20) {
                newPage();
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

        byte[] finish() {
            try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                stream.close();
                for (int i = 0; i < pages.size(); i++) {
                    try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                            PDPageContentStream.AppendMode.APPEND, true)) {
                        footer.beginText();
                        footer.setFont(font, 8);
                        footer.newLineAtOffset(MARGIN, MARGIN - 10);
                        footer.showText("OFFICIAL    Page " + (i + 1) + " of " + pages.size());
                        footer.endText();
                    }
                }
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
