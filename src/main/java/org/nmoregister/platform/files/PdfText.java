package org.nmoregister.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Setting people's words in a PDF (PDFBox) without losing or garbling them: the Unicode font PDFBox ships, text made
 * safe for a font, and lines wrapped to a width. Shared by every PDF the register writes (the risk meeting's record,
 * the victim's letter), so a name with letters a font lacks is treated alike everywhere. Plain Java.
 */
public final class PdfText {

    /** Liberation Sans, shipped with PDFBox: Latin, Greek and Cyrillic, so names print as recorded. */
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfText() {
    }

    /**
     * The Unicode font, embedded in the document (the glyphs used). Without glyph substitution (OpenType GSUB): for
     * Latin text it only joins letters into ligatures such as "fi", which the register's plain letters and reports do
     * not need (and which make the text harder to search and copy), and PDFBox works it out for every piece of text
     * by matching the glyphs against regular expressions, which took about 70 % of the time of writing a year's
     * report as a PDF (docs/benchmarks.md, "Register list and reports").
     */
    public static PDFont unicodeFont(PDDocument document) {
        try (InputStream font = PDDocument.class.getResourceAsStream(UNICODE_FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox no longer ships " + UNICODE_FONT);
            }
            // the font is read into memory, so nothing is left open once the document is done with it
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            ttf.setEnableGsub(false);
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as the font can set it: a tab becomes a space, line breaks are kept (for {@link #wrap}), and a letter
     * the font lacks loses its accents, or becomes '?', rather than fail the document (Helvetica covers
     * Windows-1252; Liberation Sans Latin, Greek and Cyrillic, but not, say, Arabic or Chinese script).
     */
    public static String safe(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || cp == '\r' || encodable(font, ch)) {
                out.append(ch);
            } else {
                String plain = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!plain.isEmpty() && encodable(font, plain) ? plain : "?");
            }
        });
        return out.toString();
    }

    /**
     * Safe text (see {@link #safe}) in lines no wider than {@code width} points: at line breaks, between words, and
     * inside a word too long for a line on its own (a long reference or e-mail address).
     */
    public static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(font, size, candidate) <= width || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
                while (width(font, size, current.toString()) > width && current.length() > 1) {
                    int cut = current.length() - 1;
                    while (cut > 1 && width(font, size, current.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current.delete(0, cut);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /** The width of safe text in points. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean encodable(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
