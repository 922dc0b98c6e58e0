package org.nmoregister.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A document runs onto as many pages as its lines need, every page footed with its number, no line lost. */
class PdfPagesTest {

    @Test
    void linesThatDoNotFitStartANewPageAndEveryPageIsNumberedOutOfTheTotal() throws Exception {
        byte[] pdf;
        try (PdfPages pages = new PdfPages("A long list", 50)) {
            for (int i = 1; i <= 120; i++) {
                pages.write("Action " + i + " for Łukasz Wójcik", pages.unicodeFont(), 10, 0, 14);
            }
            pdf = pages.finish(pages.unicodeFont(), 8, 10, (page, of) -> "OFFICIAL-SENSITIVE Page " + page + " of " + of);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A4 is 842 points high: (842 - 2 x 50 - 20 for the footer) / 14 = 51 lines a page, so 120 lines fill 3
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A long list");
            String text = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 120; i++) {
                assertThat(text).contains("Action " + i + " for Łukasz Wójcik\n");
            }
            assertThat(text).contains("OFFICIAL-SENSITIVE Page 1 of 3", "Page 2 of 3", "Page 3 of 3");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String first = firstPage.getText(document);
            assertThat(first).contains("Action 51 for").doesNotContain("Action 52 for");
        }
    }

    @Test
    void aMarkerHangsBeforeTheFirstLineOnlyAndAGapMovesTheNextLineDown() throws Exception {
        byte[] pdf;
        try (PdfPages pages = new PdfPages("Bullets", 56)) {
            pages.write("first point", pages.unicodeFont(), 11, 14, 15, "\u2022 ", 10);
            pages.gap(600);
            pages.write("after the gap", pages.unicodeFont(), 11, 0, 15);
            pages.gap(200);
            pages.write("on the next page", pages.unicodeFont(), 11, 0, 15);
            pdf = pages.finish(pages.unicodeFont(), 8, 16, (page, of) -> "Page " + page + " of " + of);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("\u2022 first point", "after the gap", "on the next page", "Page 2 of 2");
        }
    }
}
