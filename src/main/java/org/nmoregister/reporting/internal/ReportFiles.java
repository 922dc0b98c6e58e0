package org.nmoregister.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.nmoregister.platform.files.PdfPages;
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

    /** The report's lines and bars, on the register's A4 pages ({@link PdfPages}). */
    private static final class Pdf {
        private static final float MARGIN = 50;
        private final PdfPages pages = new PdfPages("Trends and performance", MARGIN);
        private final PDFont font = pages.unicodeFont();

        void space(float points) {
            pages.gap(points);
        }

        void line(String text, float size, float leading) {
            pages.write(text, font, size, 0, leading);
        }

        /** A row: its label, then a bar {@code width} per cent of 200 points long and the value after it. */
        void bar(String label, String value, double width) {
            float length = (float) (width / 80.0 * 200.0);
            pages.line(13, (stream, left, baseline) -> {
                List<String> wrapped = PdfText.wrap(PdfText.safe(font, label), font, 9, 230);
                pages.show(font, 9, left, baseline, wrapped.isEmpty() ? "" : wrapped.get(0));
                if (length > 0) {
                    stream.setNonStrokingColor(new Color(29, 112, 184));
                    stream.addRect(left + 240, baseline - 1, length, 9);
                    stream.fill();
                    stream.setNonStrokingColor(Color.BLACK);
                }
                pages.show(font, 9, left + 244 + length, baseline, value);
            });
        }

        byte[] finish() {
            return pages.finish(font, 8, 10, (page, of) -> "OFFICIAL    Page " + page + " of " + of);
        }
    }
}
