package org.nmoregister.intake.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.intake.reading.OrderDocumentReader;
import org.nmoregister.intake.reading.OrderReading;
import org.nmoregister.intake.reading.ReadField;

/**
 * A document's text cut into pieces so that each piece a field was read from can be marked in it, with what was read
 * and how sure the reading is: the point of contact checks the form against the words it came from. The reading is
 * made again from the text kept (the reader is deterministic), so nothing about it needs storing.
 */
public record DocumentReadingView(List<Piece> pieces, List<Row> rows) {

    /** A stretch of the text; {@code anchor} is set when fields were read from it. */
    public record Piece(String text, String anchor, String label) {
    }

    /** One field read, for the table beside the text. */
    public record Row(String field, String label, String value, int confidencePercent, String anchor) {
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("court", "Court");
        LABELS.put("caseNumber", "Case number");
        LABELS.put("orderType", "Order type");
        LABELS.put("basis", "Made on conviction or acquittal, and the power");
        LABELS.put("change", "Change to an order");
        LABELS.put("madeAt", "Made");
        LABELS.put("withoutNotice", "Without notice");
        LABELS.put("returnHearingAt", "Return hearing");
        LABELS.put("duration", "Duration");
        LABELS.put("endsAt", "Ends");
        LABELS.put("penalNotice", "Penal notice");
        LABELS.put("applicantName", "Applicant or protected person");
        LABELS.put("applicantDateOfBirth", "Applicant's date of birth");
        LABELS.put("applicantAddress", "Applicant's address");
        LABELS.put("applicantAddressConfidential", "Applicant's address confidential (C8)");
        LABELS.put("respondentName", "Respondent, defendant or subject");
        LABELS.put("respondentDateOfBirth", "Respondent's date of birth");
        LABELS.put("respondentAddress", "Respondent's address");
        LABELS.put("respondentAddressConfidential", "Respondent's address confidential (C8)");
        LABELS.put("children", "Children");
    }

    public static DocumentReadingView of(String text) {
        if (text == null || text.isBlank()) {
            return new DocumentReadingView(List.of(), List.of());
        }
        OrderReading reading = OrderDocumentReader.read(text);
        List<Row> rows = new ArrayList<>();
        List<ReadField> spans = new ArrayList<>();
        for (ReadField f : reading.fields().values()) {
            boolean located = f.end() > f.start() && f.end() <= text.length();
            String anchor = located ? "read-" + f.name() : null;
            rows.add(new Row(f.name(), LABELS.getOrDefault(f.name(), f.name()), f.value(),
                    (int) Math.round(f.confidence() * 100), anchor));
            if (located) {
                spans.add(f);
            }
        }
        int n = 1;
        for (ReadField term : reading.terms()) {
            String anchor = "read-term-" + n;
            rows.add(new Row("term", "Term " + n, term.value(), (int) Math.round(term.confidence() * 100), anchor));
            spans.add(new ReadField("term-" + n, term.value(), term.start(), Math.min(term.end(), text.length()),
                    term.confidence()));
            n++;
        }
        spans.sort(Comparator.comparingInt(ReadField::start).thenComparingInt(f -> -f.end()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (ReadField f : spans) {
            if (f.start() < at) {
                continue;
            }
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), null, null));
            }
            String label = f.name().startsWith("term-") ? "Term " + f.name().substring(5)
                    : LABELS.getOrDefault(f.name(), f.name());
            String anchor = f.name().startsWith("term-") ? "read-" + f.name() : "read-" + f.name();
            pieces.add(new Piece(text.substring(f.start(), f.end()), anchor,
                    label + ", " + Math.round(f.confidence() * 100) + "% sure"));
            at = f.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, null));
        }
        // a field whose words were marked under another field's name points at that mark
        java.util.Set<String> marked = new java.util.HashSet<>();
        pieces.forEach(p -> { if (p.anchor() != null) { marked.add(p.anchor()); } });
        List<Row> linked = rows.stream().map(r -> r.anchor() != null && !marked.contains(r.anchor())
                ? new Row(r.field(), r.label(), r.value(), r.confidencePercent(), anchorCovering(pieces, spans, r)) : r).toList();
        return new DocumentReadingView(pieces, linked);
    }

    private static String anchorCovering(List<Piece> pieces, List<ReadField> spans, Row row) {
        ReadField f = spans.stream().filter(s -> s.name().equals(row.field())).findFirst().orElse(null);
        if (f == null) {
            return null;
        }
        int at = 0;
        for (Piece p : pieces) {
            int end = at + p.text().length();
            if (p.anchor() != null && at <= f.start() && f.start() < end) {
                return p.anchor();
            }
            at = end;
        }
        return null;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
