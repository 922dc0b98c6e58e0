package org.nmoregister.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * An A4 document written top to bottom: wrapped lines (through {@link PdfText}, so people's words print as recorded),
 * a new page whenever the next line would run into the footer, and a footer on every page once the page count is
 * known ("Page 2 of 3", a protective marking). Every PDF the register writes (the risk meeting's papers, the
 * victim's letter, reports) lays its pages out here, so a long name or a long list breaks across pages alike
 * everywhere. Not thread-safe: one instance per document.
 */
public final class PdfPages implements AutoCloseable {

    private static final PDRectangle SIZE = PDRectangle.A4;
    /** The space kept clear above the bottom margin for the footer. */
    private static final float FOOTER_SPACE = 20;

    private final PDDocument document = new PDDocument();
    private final List<PDPage> pages = new ArrayList<>();
    private final float margin;
    private final PDFont unicode;
    private PDPageContentStream stream;
    private float y;

    /** A document with this title in its properties and this margin on every side, in points. */
    public PdfPages(String title, float margin) {
        this.margin = margin;
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("NMO Register");
        document.setDocumentInformation(info);
        this.unicode = PdfText.unicodeFont(document);
        newPage();
    }

    /** The Unicode font embedded in this document (see {@link PdfText#unicodeFont}). */
    public PDFont unicodeFont() {
        return unicode;
    }

    /** Leaves this much vertical space, in points. */
    public void gap(float points) {
        y -= points;
    }

    /**
     * Writes the text from {@code indent} points right of the margin, wrapped to the right margin, each line
     * {@code leading} points below the last. A {@code marker} (a bullet, say) is set before the first line, hanging
     * into the indent by {@code hang} points; the text is made safe for the font first.
     */
    public void write(String text, PDFont font, float size, float indent, float leading, String marker, float hang) {
        float x = margin + indent;
        List<String> lines = PdfText.wrap(PdfText.safe(font, text == null ? "" : text), font, size,
                SIZE.getWidth() - margin - x - (marker.isEmpty() ? 0 : hang));
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < margin + FOOTER_SPACE) {
                newPage();
            }
            y -= leading;
            boolean marked = i == 0 && !marker.isEmpty();
            setText(font, size, marked ? x - hang : x, y,
                    marked ? PdfText.safe(font, marker) + lines.get(i) : lines.get(i));
        }
    }

    /** {@link #write(String, PDFont, float, float, float, String, float)} with no marker. */
    public void write(String text, PDFont font, float size, float indent, float leading) {
        write(text, font, size, indent, leading, "", 0);
    }

    /**
     * Reserves a line {@code leading} points below the last (starting a new page when it would reach the footer)
     * and lets {@code drawer} draw on it: a figure's bar, say, beside its words (with {@link #show} for its words).
     */
    public void line(float leading, LineDrawer drawer) {
        if (y - leading < margin + FOOTER_SPACE) {
            newPage();
        }
        y -= leading;
        try {
            drawer.draw(stream, margin, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one line of safe text (see {@link PdfText#safe}) at {@code x}, {@code baseline} on the current page. */
    public void show(PDFont font, float size, float x, float baseline, String text) {
        setText(font, size, x, baseline, PdfText.safe(font, text == null ? "" : text));
    }

    /** Draws on the line {@link #line} reserved: the page's content stream, the left margin and the baseline. */
    @FunctionalInterface
    public interface LineDrawer {
        void draw(PDPageContentStream stream, float left, float baseline) throws IOException;
    }

    /**
     * Sets the footer on every page, {@code below} points under the bottom margin, from the page's number and the
     * number of pages, and returns the document's bytes. The document is closed.
     */
    public byte[] finish(PDFont font, float size, float below, BiFunction<Integer, Integer, String> footer) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.close();
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream s = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    s.beginText();
                    s.setFont(font, size);
                    s.newLineAtOffset(margin, margin - below);
                    s.showText(PdfText.safe(font, footer.apply(i + 1, pages.size())));
                    s.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the document when it was not finished (an error while writing). */
    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setText(PDFont font, float size, float x, float atY, String line) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            y = SIZE.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
