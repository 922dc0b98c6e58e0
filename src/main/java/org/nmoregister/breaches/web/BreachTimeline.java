package org.nmoregister.breaches.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmoregister.breaches.internal.BreachFile;
import org.nmoregister.platform.web.Labels;

/**
 * What happened on a breach, newest first, for the file's timeline (the MoJ timeline pattern, drawn with GOV.UK
 * classes: the project does not carry the MoJ Frontend stylesheet). Built from what the file already holds, so it
 * cannot disagree with the stages; a step recorded without a time (a decision not to arrest) is on its stage's page,
 * not here.
 */
record BreachTimeline(List<Event> events) {

    /** @param by who did it, when recorded; @param detail one line of what, or null */
    record Event(Instant at, String title, String by, String detail) {
    }

    static BreachTimeline of(BreachFile f, Labels labels) {
        List<Event> out = new ArrayList<>();
        out.add(new Event(f.reportedAt(), "Breach reported", labels.of(f.reporterKind())
                + (f.reporterName() == null ? "" : " (" + f.reporterName() + ")"), f.controlRoomLog() == null ? null
                : "Control-room log " + f.controlRoomLog()));
        out.add(new Event(f.recordedAt(), "Recorded on the register", f.recordedBy(), null));
        for (BreachFile.IncidentView i : f.incidents()) {
            if (i.checkedAt() != null && i.check() != null) {
                out.add(new Event(i.checkedAt(), "Incident " + i.number() + " checked against the order", null,
                        labels.of(i.check().outcome())));
            }
        }
        for (BreachFile.EvidenceView e : f.evidence()) {
            out.add(new Event(e.addedAt(), "Evidence added", e.addedBy(), labels.of(e.kind())));
        }
        if (f.crime().crimedAt() != null) {
            out.add(new Event(f.crime().crimedAt(), "Crime recorded", f.crime().crimedBy(), f.crime().reference()));
        }
        if (f.response().respondedAt() != null) {
            out.add(new Event(f.response().respondedAt(), "First response", null, labels.of(f.response().kind())));
        }
        if (f.arrest().arrestedAt() != null) {
            out.add(new Event(f.arrest().arrestedAt(), labels.of(f.arrest().decision()), f.arrest().recordedBy(),
                    f.arrest().reason()));
        }
        if (f.interview().interviewedAt() != null) {
            out.add(new Event(f.interview().interviewedAt(), "Interviewed", null,
                    labels.of(f.interview().account())));
        }
        if (f.risk() != null && f.risk().openedAt() != null) {
            out.add(new Event(f.risk().openedAt(), "Risk assessment opened", null, null));
        }
        if (f.risk() != null && f.risk().completedAt() != null) {
            out.add(new Event(f.risk().completedAt(), "Risk assessment completed", null,
                    f.risk().level() == null ? null : "Level: " + labels.of(f.risk().level())));
        }
        if (f.outcome().recordedAt() != null) {
            out.add(new Event(f.outcome().recordedAt(), "Outcome recorded", f.outcome().recordedBy(),
                    labels.of(f.outcome().outcome())));
        }
        for (BreachFile.CourtResultView c : f.courtResults()) {
            out.add(new Event(c.recordedAt(), "Court result recorded", c.recordedBy(), labels.of(c.result())));
        }
        for (BreachFile.DirectionView d : f.directions()) {
            out.add(new Event(d.issuedAt(), "Sent back with a direction", d.issuedBy(), d.direction()));
            if (d.answeredAt() != null) {
                out.add(new Event(d.answeredAt(), "Direction answered", d.answeredBy(), d.answer()));
            }
        }
        out.removeIf(e -> e.at() == null);
        out.sort(Comparator.comparing(Event::at).reversed());
        return new BreachTimeline(List.copyOf(out));
    }
}
