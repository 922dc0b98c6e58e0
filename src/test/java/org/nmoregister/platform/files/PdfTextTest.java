package org.nmoregister.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** People's words set in a PDF keep every letter a font has, lose only what it lacks, and fit the line. */
class PdfTextTest {

    private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void aLetterTheFontLacksLosesItsAccentsOrBecomesAQuestionMarkAndTabsBecomeSpaces() {
        assertThat(PdfText.safe(helvetica, "Zoë\tBrontë")).isEqualTo("Zoë Brontë"); // in Windows-1252
        // ł has no plain form and becomes ?; ę keeps its e
        assertThat(PdfText.safe(helvetica, "Łukasz Wałęsa")).isEqualTo("?ukasz Wa?esa");
        assertThat(PdfText.safe(helvetica, "Агата")).isEqualTo("?????");
        assertThat(PdfText.safe(helvetica, "one\ntwo")).isEqualTo("one\ntwo");
        assertThat(PdfText.safe(helvetica, null)).isEmpty();
    }

    @Test
    void theUnicodeFontSetsCyrillicAndPolishNamesAsRecorded() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDFont unicode = PdfText.unicodeFont(document);
            assertThat(PdfText.safe(unicode, "Агата Łukasz Wałęsa")).isEqualTo("Агата Łukasz Wałęsa");
        }
    }

    @Test
    void theUnicodeFontSetsLettersOneByOneSoTheTextCopiesAsWritten() throws Exception {
        try (PDDocument document = new PDDocument()) {
            // no OpenType substitution: "fi" and "fl" stay two letters, not a ligature glyph (and setting text does
            // not pay for PDFBox's matching of every run of glyphs against the substitution rules)
            PDType0Font unicode = (PDType0Font) PdfText.unicodeFont(document);
            assertThat(unicode.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        }
        PdfPages pages = new PdfPages("Test", 50);
        pages.write("The officer's fifty-first flight, affirmed", pages.unicodeFont(), 11, 0, 14);
        byte[] pdf = pages.finish(pages.unicodeFont(), 8, 10, (page, of) -> "Page " + page);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("The officer's fifty-first flight, affirmed");
        }
    }

    @Test
    void linesBreakAtLineBreaksBetweenWordsAndInsideAWordTooLongForALine() {
        float width = PdfText.width(helvetica, 10, "the respondent must");
        assertThat(PdfText.wrap("the respondent must not contact the applicant", helvetica, 10, width))
                .containsExactly("the respondent must", "not contact the", "applicant");
        assertThat(PdfText.wrap("first\nsecond", helvetica, 10, 1000)).containsExactly("first", "second");
        String reference = "x".repeat(40);
        var lines = PdfText.wrap(reference, helvetica, 10, PdfText.width(helvetica, 10, "x".repeat(15)));
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(15));
        assertThat(String.join("", lines)).isEqualTo(reference);
        lines.forEach(line -> assertThat(PdfText.width(helvetica, 10, line))
                .isLessThanOrEqualTo(PdfText.width(helvetica, 10, "x".repeat(15))));
    }
}
