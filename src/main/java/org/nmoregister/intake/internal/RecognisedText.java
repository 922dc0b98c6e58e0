package org.nmoregister.intake.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The text of a scanned order (a PDF of page images, no text layer), recognised by Tesseract: each page is rendered
 * at 300 dpi in grey and read. What comes back is the machine's reading, not the court's words; the caller keeps it
 * marked as recognised. Without Tesseract on the machine there is no recognised text, and the point of contact reads
 * the original.
 */
final class RecognisedText {

    static final int DPI = 300;
    static final int MAX_PAGES = 20;

    private static final Path[] TESSDATA = {Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata")};

    private RecognisedText() {
    }

    /** Where Tesseract's English model is, if it is installed. */
    static Optional<Path> tessdata() {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && Files.exists(Path.of(env, "eng.traineddata"))) {
            return Optional.of(Path.of(env));
        }
        for (Path p : TESSDATA) {
            if (Files.exists(p.resolve("eng.traineddata"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The resolution the page was scanned at (its largest picture's pixels over the page's width), between 150 and
     * 300 dpi: rendering a 200 dpi scan at 300 adds no detail, only pixels for Tesseract to read.
     */
    static int scanDpi(org.apache.pdfbox.pdmodel.PDPage page) {
        double widthInches = page.getMediaBox().getWidth() / 72.0;
        int best = 0;
        try {
            var resources = page.getResources();
            if (resources != null) {
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        best = Math.max(best, (int) Math.round(image.getWidth() / widthInches));
                    }
                }
            }
        } catch (java.io.IOException e) {
            return DPI;
        }
        return best == 0 ? DPI : Math.max(150, Math.min(DPI, best));
    }

    /** The recognised text of the document's pages, page after page, or empty when none can be recognised. */
    static Optional<String> of(PDDocument document, long deadlineNanos) {
        Optional<Path> data = tessdata();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(data.get().toString());
        tesseract.setLanguage("eng");
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
        tesseract.setVariable("user_defined_dpi", Integer.toString(DPI));
        // the layout as printed: a form's columns stay on their line
        tesseract.setVariable("preserve_interword_spaces", "1");
        // court orders are dark print on a light page: the search for white-on-black lines would double the time
        tesseract.setVariable("tessedit_do_invert", "0");
        PDFRenderer renderer = new PDFRenderer(document);
        StringBuilder text = new StringBuilder();
        int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
        try {
            for (int i = 0; i < pages && System.nanoTime() < deadlineNanos; i++) {
                int dpi = scanDpi(document.getPage(i));
                tesseract.setVariable("user_defined_dpi", Integer.toString(dpi));
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                text.append(tesseract.doOCR(image).strip()).append('\n');
            }
        } catch (TesseractException | java.io.IOException | UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
        String recognised = text.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
        return recognised.isBlank() ? Optional.empty() : Optional.of(recognised);
    }
}
