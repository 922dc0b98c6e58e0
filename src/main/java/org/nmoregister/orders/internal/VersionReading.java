package org.nmoregister.orders.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.Term;
import org.nmoregister.terms.ReadClauses;
import org.nmoregister.terms.TermsReader;
import org.springframework.stereotype.Component;

/**
 * A version's terms read once, with the terms module, when the version is recorded; afterwards read back from where
 * they are stored. A version recorded before the readings were stored (and not yet backfilled) is read on demand,
 * without storing it: only {@link ClauseBackfill} and {@link TermsReread} write a reading after the fact.
 */
@Component
class VersionReading {

    private final TermsReader terms;

    VersionReading(TermsReader terms) {
        this.terms = terms;
    }

    ReadClauses read(OrderDetails details) {
        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        for (Term term : details.terms()) {
            paragraphs.put(term.number(), term.text());
        }
        return terms.read(paragraphs);
    }

    /** A new version with its reading. */
    OrderVersionEntity withReading(OrderVersionEntity version, ReadClauses reading, Instant now) {
        return version.withClauses(terms.toStored(reading), TermsReader.SHAPE_VERSION, reading.parserVersion(), now);
    }

    ReadClauses of(OrderVersionEntity version, OrderDetails details) {
        return version.clauses == null ? read(details) : terms.fromStored(version.clauses);
    }

    String stored(ReadClauses reading) {
        return terms.toStored(reading);
    }
}
