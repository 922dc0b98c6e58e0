package org.nmoregister.intake.bulk;

import java.util.UUID;

/**
 * Imports orders from the CSV format of docs/import.md into the signed-in user's force.
 */
public interface BulkImports {

    /**
     * Checks the file can be read (size, encoding, required columns), records the job and imports it in the
     * background, under the caller's security context.
     *
     * @return the job's id, to poll with {@link #job(UUID)}
     * @throws org.nmoregister.platform.InvalidRequestException when the file is too large, not a CSV or lacks columns
     */
    UUID start(String filename, byte[] content, boolean dryRun);

    /**
     * Imports the file now, in the caller's thread. The demo data uses it; {@code dateShiftDays} moves every event
     * date (not dates of birth) by that many days so that a file written once always describes current orders.
     */
    ImportJob runNow(String filename, byte[] content, long dateShiftDays);

    /** The job and its report so far; another force's job is not found. */
    ImportJob job(UUID id);

    /** The force's most recent jobs, newest first, without their row reports. */
    java.util.List<ImportJob> recent(int limit);
}
