package org.nmoregister.flags;

import java.time.Instant;
import java.util.List;

/**
 * Markers across all forces, for read models that keep their own copy (the control-room lookup). Not for showing to
 * users directly: callers scope what they show to the user's force and log the consultation.
 */
public interface MarkerDirectory {

    /** Every marker not yet withdrawn. */
    List<MarkerView> allActive();

    /** Markers raised, changed or withdrawn after {@code since} (database clock), oldest change first. */
    List<Change> changedSince(Instant since);

    record Change(MarkerView marker, Instant changedAt) {
    }
}
