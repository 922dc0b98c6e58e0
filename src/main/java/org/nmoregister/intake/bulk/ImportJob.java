package org.nmoregister.intake.bulk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulk import and its report.
 *
 * @param totalRows      the file's data rows
 * @param rowsDone       rows validated and (unless a dry run) imported so far
 * @param ignoredColumns columns of the file that the import does not know and left out
 * @param failure        why the job stopped before the end, when it did
 * @param rows           one line per data row done so far, in file order
 */
public record ImportJob(UUID id, String filename, String username, boolean dryRun, Status status, int totalRows,
                        int rowsDone, int imported, int skipped, int failed, List<String> ignoredColumns,
                        String failure, Instant createdAt, Instant finishedAt, List<RowReport> rows) {

    public enum Status { QUEUED, RUNNING, FINISHED, FAILED }

    public boolean finished() {
        return status == Status.FINISHED || status == Status.FAILED;
    }

    /** Whole percent of rows done, for the progress bar. */
    public int percentDone() {
        return totalRows == 0 ? (finished() ? 100 : 0) : (int) (100L * rowsDone / totalRows);
    }
}
