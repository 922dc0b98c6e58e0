package org.nmoregister.terms.web;

import java.util.List;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.Finding;
import org.nmoregister.terms.TermsReading;

/** The API's reading of the terms: clauses with their attributes and spans, and the findings. */
record TermsCheckResponse(List<ClauseView> clauses, List<FindingView> findings) {

    record ProtectedView(String party, List<String> names) {
    }

    record PlaceView(String kind, String address) {
    }

    record ExceptionView(String kind, String text) {
    }

    record SpanView(String attribute, int start, int end) {
    }

    record ClauseView(int index, String text, String type, List<ProtectedView> protects, List<String> channels,
                      boolean direct, boolean indirect, boolean coversOthersActing, PlaceView place,
                      List<PlaceView> places, Integer distanceMetres, List<String> timeLimits,
                      List<ExceptionView> exceptions, List<SpanView> spans) {
    }

    record FindingView(String code, String severity, Integer clauseIndex, String message) {
    }

    static TermsCheckResponse of(TermsReading reading) {
        return new TermsCheckResponse(reading.clauses().stream().map(TermsCheckResponse::clause).toList(),
                reading.findings().stream().map(TermsCheckResponse::finding).toList());
    }

    static ClauseView clause(Clause c) {
        List<PlaceView> places = c.places().stream().map(p -> new PlaceView(p.kind().name(), p.address())).toList();
        return new ClauseView(c.index(), c.text(), c.type().name(),
                c.protects().stream().map(p -> new ProtectedView(p.party().name(), p.names())).toList(),
                c.channels().stream().map(Enum::name).toList(), c.direct(), c.indirect(), c.coversOthersActing(),
                places.isEmpty() ? null : places.get(0), places, c.distanceMetres(), c.timeLimits(),
                c.exceptions().stream().map(e -> new ExceptionView(e.kind().name(), e.text())).toList(),
                c.spans().stream().map(s -> new SpanView(s.attribute(), s.start(), s.end())).toList());
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.code().name(), f.severity().name(), f.clauseIndex(), f.message());
    }
}
