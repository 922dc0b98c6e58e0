package org.nmoregister.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.DocumentReader;

/**
 * Field accuracy of the order reader over the corpus of generated order PDFs, read through the same PDF text
 * extraction uploads use: by field and by layout, for the layouts the reader was tuned on and for the held-out ones.
 * A field counts as right when the reader's value equals the expected one, including when both are empty; a term
 * list counts one field per term expected or read, right when the term at that position matches.
 */
class OrderReadingAccuracyTest {

    static final int PER_LAYOUT = 12;

    record Score(int right, int total) {
        Score plus(boolean ok) {
            return new Score(right + (ok ? 1 : 0), total + 1);
        }

        double rate() {
            return total == 0 ? 1 : (double) right / total;
        }
    }

    static Map<String, Score> byField = new TreeMap<>();

    @Test
    void fieldsAreReadFromOrderDocumentsOfEveryLayout() {
        Map<String, Score> byLayout = new TreeMap<>();
        Map<String, Score> fieldsTuned = new TreeMap<>();
        Map<String, Score> fieldsHeldOut = new TreeMap<>();
        Score tuned = new Score(0, 0);
        Score heldOut = new Score(0, 0);
        List<String> misses = new ArrayList<>();
        // -Dnmo.reading.tunedOnly=true while developing the reader: the held-out layouts are then neither read nor shown
        boolean tunedOnly = Boolean.getBoolean("nmo.reading.tunedOnly");
        for (OrderCorpus.Doc doc : OrderCorpus.all(PER_LAYOUT)) {
            if (tunedOnly && doc.layout().heldOut) {
                continue;
            }
            String text = DocumentReader.pdf("order.pdf", doc.pdf()).extractedText();
            OrderReading reading = OrderDocumentReader.read(text);
            for (var result : compare(doc, reading).entrySet()) {
                boolean ok = result.getValue() == null;
                String layout = (doc.layout().heldOut ? "held-out " : "tuned    ") + doc.layout();
                byLayout.merge(layout, new Score(ok ? 1 : 0, 1), OrderReadingAccuracyTest::sum);
                (doc.layout().heldOut ? fieldsHeldOut : fieldsTuned).merge(result.getKey(), new Score(ok ? 1 : 0, 1),
                        OrderReadingAccuracyTest::sum);
                if (doc.layout().heldOut) {
                    heldOut = heldOut.plus(ok);
                } else {
                    tuned = tuned.plus(ok);
                }
                if (!ok && misses.size() < 400) {
                    misses.add(doc.layout() + "#" + doc.seed() + " " + result.getKey() + ": " + result.getValue());
                }
            }
        }
        StringBuilder table = new StringBuilder("\nField accuracy by layout\n");
        byLayout.forEach((k, v) -> table.append(String.format("  %-45s %4d/%4d  %5.1f%%%n", k, v.right(), v.total(), 100 * v.rate())));
        table.append("Field accuracy by field (tuned | held-out)\n");
        for (String f : new TreeSet<>(union(fieldsTuned.keySet(), fieldsHeldOut.keySet()))) {
            Score a = fieldsTuned.getOrDefault(f, new Score(0, 0));
            Score b = fieldsHeldOut.getOrDefault(f, new Score(0, 0));
            table.append(String.format("  %-30s %4d/%4d %5.1f%% | %4d/%4d %5.1f%%%n", f, a.right(), a.total(), 100 * a.rate(),
                    b.right(), b.total(), 100 * b.rate()));
        }
        table.append(String.format("Tuned layouts: %d/%d %.1f%%; held-out layouts: %d/%d %.1f%%%n", tuned.right(),
                tuned.total(), 100 * tuned.rate(), heldOut.right(), heldOut.total(), 100 * heldOut.rate()));
        System.out.println(table);
        misses.stream().limit(120).forEach(System.out::println);
        assertThat(tuned.rate()).as("tuned layouts' field accuracy").isGreaterThanOrEqualTo(TUNED_FLOOR);
        if (!tunedOnly) {
            assertThat(heldOut.rate()).as("held-out layouts' field accuracy").isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
        }
    }

    /**
     * What the reader achieved when this was last changed (100% tuned, 99.1% held-out, two of the eight held-out
     * layouts having since been seen: see docs/intake.md), less a little: a fall is a regression.
     */
    static final double TUNED_FLOOR = 0.99;
    static final double HELD_OUT_FLOOR = 0.98;

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        var s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Score sum(Score a, Score b) {
        return new Score(a.right() + b.right(), a.total() + b.total());
    }

    /** Each field compared: null when right, else what was expected and what was read. */
    static Map<String, String> compare(OrderCorpus.Doc doc, OrderReading reading) {
        Map<String, String> out = new TreeMap<>();
        var names = new TreeSet<>(doc.expected().keySet());
        reading.fields().keySet().forEach(names::add);
        for (String name : names) {
            String expected = doc.expected().get(name);
            String read = reading.value(name);
            boolean ok = name.endsWith("Name") || name.equals("children") || name.endsWith("Address")
                    ? Objects.equals(norm(expected), norm(read)) : Objects.equals(expected, read);
            out.put(name, ok ? null : "expected " + expected + ", read " + read);
        }
        List<String> terms = reading.termTexts();
        int n = Math.max(terms.size(), doc.terms().size());
        for (int i = 0; i < n; i++) {
            String e = i < doc.terms().size() ? doc.terms().get(i) : null;
            String r = i < terms.size() ? terms.get(i) : null;
            out.put(String.format("term %02d", i + 1), Objects.equals(norm(e), norm(r)) ? null
                    : "expected " + e + ", read " + r);
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
