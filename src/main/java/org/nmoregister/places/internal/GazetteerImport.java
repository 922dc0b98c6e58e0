package org.nmoregister.places.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import of the postcode directory as its page and the API show it. */
public record GazetteerImport(UUID id, Kind kind, String username, String source, Status status, int rowsRead,
                              int rowsLoaded,
                              int rowsChanged, int rowsRejected, int noLocation, int terminated, Long bytesTotal,
                              long bytesRead, String failure, Instant createdAt, Instant finishedAt,
                              List<RejectedRow> rejected) {

    public enum Status { RUNNING, FINISHED, FAILED }

    /** What the file is: the ONS Postcode Directory (postcodes) or Ordnance Survey AddressBase (properties). */
    public enum Kind { POSTCODE_DIRECTORY, ADDRESSBASE }

    /** A refused row: its record number in the file (header 1), the postcode (or UPRN) as written, and why. */
    public record RejectedRow(long lineNumber, String postcode, String reason) {
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    /** How far through the file, 0 to 100; 100 once finished. */
    public int percentDone() {
        if (finished()) {
            return 100;
        }
        if (bytesTotal == null || bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / bytesTotal);
    }
}
