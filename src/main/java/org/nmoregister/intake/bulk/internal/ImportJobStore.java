package org.nmoregister.intake.bulk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.intake.bulk.ImportJob;
import org.nmoregister.intake.bulk.RowReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_job tables. Plain JDBC: progress is written one small statement per row from the worker thread, and
 * read by the polling page, with no entity state to keep in step.
 */
@Repository
class ImportJobStore {

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID forceId, String username, String filename, boolean dryRun, int totalRows,
                List<String> ignoredColumns, Instant now) {
        jdbc.sql("""
                insert into import_job (id, force_id, username, filename, dry_run, status, total_rows, ignored_columns,
                                        created_at, progressed_at)
                values (:id, :force, :username, :filename, :dryRun, 'QUEUED', :total, :ignored, :now, :now)""")
                .param("id", id).param("force", forceId).param("username", username)
                .param("filename", truncate(filename, 300)).param("dryRun", dryRun).param("total", totalRows)
                .param("ignored", ignoredColumns.isEmpty() ? null : truncate(String.join(", ", ignoredColumns), 2000))
                .param("now", Timestamp.from(now)).update();
    }

    void started(UUID id, Instant now) {
        jdbc.sql("update import_job set status = 'RUNNING', started_at = :now, progressed_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Writes a row's report line and moves the progress on, in one statement group. */
    void rowDone(UUID id, RowReport report, Instant now) {
        jdbc.sql("insert into import_row (job_id, row_number, case_number, outcome, order_id) "
                        + "values (:id, :row, :caseNumber, :outcome, :orderId)")
                .param("id", id).param("row", report.rowNumber())
                .param("caseNumber", truncate(report.caseNumber(), 200))
                .param("outcome", report.outcome().name()).param("orderId", report.orderId()).update();
        int seq = 0;
        for (RowReport.RowError error : report.errors()) {
            jdbc.sql("insert into import_row_error (job_id, row_number, seq, field, reason) "
                            + "values (:id, :row, :seq, :field, :reason)")
                    .param("id", id).param("row", report.rowNumber()).param("seq", seq++)
                    .param("field", truncate(error.field(), 100)).param("reason", truncate(error.reason(), 2000))
                    .update();
        }
        String counter = switch (report.outcome()) {
            case IMPORTED, VALID -> "imported";
            case SKIPPED -> "skipped";
            case ERROR -> "failed";
        };
        jdbc.sql("update import_job set rows_done = rows_done + 1, " + counter + " = " + counter + " + 1, "
                + "progressed_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id).update();
    }

    void finished(UUID id, Instant now) {
        jdbc.sql("update import_job set status = 'FINISHED', finished_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void failed(UUID id, String failure, Instant now) {
        jdbc.sql("update import_job set status = 'FAILED', failure = :failure, finished_at = :now where id = :id")
                .param("failure", truncate(failure, 2000)).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /**
     * A job that has not moved on for {@code stillFor} was running in an instance that stopped, and will never
     * finish: say so. Judged by time rather than at start-up, since another instance may be running its own jobs.
     */
    int failInterrupted(Instant now, java.time.Duration stillFor) {
        return jdbc.sql("""
                update import_job set status = 'FAILED', finished_at = :now,
                       failure = 'The application stopped during the import. The rows listed were done; import the '
                              || 'file again to do the rest (rows already imported will be skipped).'
                where status in ('QUEUED', 'RUNNING') and progressed_at < :stale""")
                .param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(stillFor))).update();
    }

    Optional<ImportJob> find(UUID id, UUID forceId, boolean withRows) {
        Optional<ImportJob> job = jdbc.sql("select * from import_job where id = :id and force_id = :force")
                .param("id", id).param("force", forceId).query(ImportJobStore::job).optional();
        if (job.isEmpty() || !withRows) {
            return job;
        }
        Map<Integer, List<RowReport.RowError>> errors = new LinkedHashMap<>();
        jdbc.sql("select row_number, field, reason from import_row_error where job_id = :id order by row_number, seq")
                .param("id", id).query((rs, n) -> errors.computeIfAbsent(rs.getInt("row_number"),
                        k -> new ArrayList<>()).add(new RowReport.RowError(rs.getString("field"),
                        rs.getString("reason")))).list();
        List<RowReport> rows = jdbc.sql("select * from import_row where job_id = :id order by row_number")
                .param("id", id).query((rs, n) -> new RowReport(rs.getInt("row_number"), rs.getString("case_number"),
                        RowReport.Outcome.valueOf(rs.getString("outcome")), rs.getObject("order_id", UUID.class),
                        errors.getOrDefault(rs.getInt("row_number"), List.of()))).list();
        ImportJob found = job.get();
        return Optional.of(new ImportJob(found.id(), found.filename(), found.username(), found.dryRun(),
                found.status(), found.totalRows(), found.rowsDone(), found.imported(), found.skipped(),
                found.failed(), found.ignoredColumns(), found.failure(), found.createdAt(), found.finishedAt(), rows));
    }

    List<ImportJob> recent(UUID forceId, int limit) {
        return jdbc.sql("select * from import_job where force_id = :force order by created_at desc limit :limit")
                .param("force", forceId).param("limit", limit).query(ImportJobStore::job).list();
    }

    private static ImportJob job(ResultSet rs, int rowNum) throws SQLException {
        String ignored = rs.getString("ignored_columns");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("filename"), rs.getString("username"),
                rs.getBoolean("dry_run"), ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("rows_done"), rs.getInt("imported"), rs.getInt("skipped"), rs.getInt("failed"),
                ignored == null ? List.of() : Arrays.asList(ignored.split(", ")), rs.getString("failure"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                List.of());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
