package org.nmoregister.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.DocumentReader;

/**
 * A scanned order, made by printing a corpus document to page images with speckle, a slight skew in brightness and
 * JPEG compression, as a scanner or a phone camera gives, and putting the images alone in a PDF: it has no text
 * layer, so it is read through OCR, and the same fields are read from it as from the original.
 */
class ScannedOrderReadingTest {

    @Test
    void aScannedOrderIsRecognisedAndReadWithTheSameFields() throws IOException {
        List<OrderCorpus.Doc> docs = List.of(OrderCorpus.make(OrderCorpus.Layout.FL404A_PROSE, 7),
                OrderCorpus.make(OrderCorpus.Layout.DAPO_MAGISTRATES, 3003),
                OrderCorpus.make(OrderCorpus.Layout.SPO_MAGISTRATES, 6004));
        int right = 0;
        int total = 0;
        long pages = 0;
        long nanos = 0;
        List<String> misses = new ArrayList<>();
        for (OrderCorpus.Doc doc : docs) {
            byte[] scan = scanOf(doc.pdf(), doc.seed());
            long start = System.nanoTime();
            DocumentReader.ReadDocument read = DocumentReader.pdf("scan.pdf", scan);
            nanos += System.nanoTime() - start;
            try (PDDocument d = Loader.loadPDF(scan)) {
                pages += d.getNumberOfPages();
            }
            assertThat(read.textRecognised()).as("a scan's text is marked as recognised").isTrue();
            assertThat(read.extractedText()).isNotBlank();
            Map<String, String> compared = OrderReadingAccuracyTest.compare(doc, OrderDocumentReader.read(read.extractedText()));
            for (var e : compared.entrySet()) {
                total++;
                if (e.getValue() == null) {
                    right++;
                } else {
                    misses.add(doc.layout() + " " + e.getKey() + ": " + e.getValue());
                }
            }
        }
        System.out.printf("Scanned orders: %d/%d fields right (%.1f%%); OCR %.2f s a page over %d pages%n", right, total,
                100.0 * right / total, nanos / 1e9 / pages, pages);
        misses.forEach(System.out::println);
        // What OCR achieved here when this was written (all but a few fields), less a margin for Tesseract's versions.
        assertThat((double) right / total).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aPdfWithTextIsNotRecognisedAgain() {
        OrderCorpus.Doc doc = OrderCorpus.make(OrderCorpus.Layout.FL404A_TABLE, 1003);
        assertThat(DocumentReader.pdf("order.pdf", doc.pdf()).textRecognised()).isFalse();
    }

    /** Each page rendered at 200 dpi in grey with noise, stored as a JPEG picture in a PDF with no text. */
    static byte[] scanOf(byte[] pdf, long seed) throws IOException {
        Random random = new Random(seed);
        try (PDDocument original = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(original);
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                var raster = image.getRaster();
                for (int y = 0; y < image.getHeight(); y++) {
                    int shade = (int) (12.0 * y / image.getHeight());
                    for (int x = 0; x < image.getWidth(); x++) {
                        int v = raster.getSample(x, y, 0) - shade + (int) (random.nextGaussian() * 18);
                        if (random.nextInt(2500) == 0) {
                            v = 0;
                        }
                        raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
                    }
                }
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                var jpeg = JPEGFactory.createFromImage(scan, image, 0.6f);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        }
    }
}
