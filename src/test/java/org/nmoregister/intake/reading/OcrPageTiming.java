package org.nmoregister.intake.reading;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nmoregister.intake.internal.DocumentReader;

/**
 * How long a scanned order takes to be read, a page at a time, through the upload's own path
 * ({@code DocumentReader.pdf}: rendering at the scan's resolution, then Tesseract). Run by the {@code bench} profile
 * (docs/benchmarks.md), never by Surefire (not named *Test): a timing is only worth recording on a quiet machine, so
 * the load average before and after is printed beside it.
 *
 * <p>Arguments: the number of scanned orders (default 6, two of each of three layouts) and the number of warm-up
 * orders read first and not counted (default 1: the first read loads Tesseract's model).
 */
public final class OcrPageTiming {

    private OcrPageTiming() {
    }

    public static void main(String[] args) throws IOException {
        // the profile passes bench.size (a million by default, for the person lookup) first: an OCR run is a few orders
        int orders = Math.min(arg(args, 0, 6), 60);
        int warmUp = arg(args, 1, 1);
        List<OrderCorpus.Layout> layouts = List.of(OrderCorpus.Layout.FL404A_PROSE, OrderCorpus.Layout.DAPO_MAGISTRATES,
                OrderCorpus.Layout.CROWN_RESTRAINING_CONVICTION);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Double> perPage = new ArrayList<>();
        for (int i = 0; i < warmUp + orders; i++) {
            OrderCorpus.Doc doc = OrderCorpus.make(layouts.get(i % layouts.size()), 9000 + i);
            byte[] scan = ScannedOrderReadingTest.scanOf(doc.pdf(), doc.seed());
            int pages;
            try (PDDocument d = Loader.loadPDF(scan)) {
                pages = d.getNumberOfPages();
            }
            long start = System.nanoTime();
            DocumentReader.ReadDocument read = DocumentReader.pdf("scan.pdf", scan);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!read.textRecognised()) {
                throw new IllegalStateException("the scan was not recognised: is tesseract-ocr installed?");
            }
            if (i >= warmUp) {
                for (int p = 0; p < pages; p++) {
                    perPage.add(seconds / pages);
                }
            }
            System.out.printf("order %d (%s): %d page(s), %.2f s%s%n", i, doc.layout(), pages, seconds,
                    i < warmUp ? " (warm-up, not counted)" : "");
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] sorted = perPage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("OCR per page over %d pages: mean %.2f s, median %.2f s, min %.2f s, max %.2f s%n",
                sorted.length, Arrays.stream(sorted).average().orElse(0), sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
        System.out.printf("load average (1 min) before %.2f, after %.2f; %d processors%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
    }

    private static int arg(String[] args, int i, int otherwise) {
        return args.length > i && !args[i].isBlank() && args[i].matches("\\d+") ? Integer.parseInt(args[i]) : otherwise;
    }
}
