package org.nmoregister.intake.bulk.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.intake.bulk.BulkImports;
import org.nmoregister.intake.bulk.ImportJob;
import org.nmoregister.intake.bulk.RowReport;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk imports: reads the file up front (so a bad file is refused at once), records the job and the access-log
 * entry, then validates and imports row by row in the background under the uploader's security context, so the
 * orders land in their force and are recorded as theirs.
 */
@Service
class ImportService implements BulkImports, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** No row takes this long; a job silent for longer lost its worker. */
    private static final java.time.Duration INTERRUPTED_AFTER = java.time.Duration.ofMinutes(10);

    private final CsvImportReader reader;
    private final RowParser parser;
    private final RowImporter importer;
    private final ImportJobStore store;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final TransactionTemplate transaction;
    /** Its own small pool, not a bean: defining an Executor bean would replace Spring Boot's default one. */
    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

    ImportService(RowImporter importer, ImportJobStore store, CurrentUsers currentUsers, AccessLog accessLog,
                  Clock clock, PlatformTransactionManager transactions,
                  @Value("${nmo.import.max-bytes:5242880}") long maxBytes,
                  @Value("${nmo.import.max-rows:10000}") int maxRows,
                  @Value("${nmo.import.workers:2}") int workerCount) {
        this.reader = new CsvImportReader(maxBytes, maxRows);
        this.parser = new RowParser(clock);
        this.importer = importer;
        this.store = store;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        workers.setCorePoolSize(workerCount);
        workers.setMaxPoolSize(workerCount);
        workers.setQueueCapacity(100);
        workers.setThreadNamePrefix("bulk-import-");
        // A worker must not keep a stopping application alive: a row cut short rolls back whole, and the job is
        // then reported as interrupted.
        workers.setDaemon(true);
        workers.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        workers.initialize();
    }

    @Override
    public UUID start(String filename, byte[] content, boolean dryRun) {
        Prepared prepared = prepare(filename, content, dryRun);
        var context = SecurityContextHolder.getContext();
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> run(prepared, 0), context));
        } catch (RuntimeException e) {
            store.failed(prepared.id, "The import could not be started: too many imports are waiting. Try again "
                    + "in a few minutes.", clock.instant());
        }
        return prepared.id;
    }

    @Override
    public ImportJob runNow(String filename, byte[] content, long dateShiftDays) {
        Prepared prepared = prepare(filename, content, false);
        run(prepared, dateShiftDays);
        return job(prepared.id);
    }

    @Override
    public ImportJob job(UUID id) {
        CurrentUser user = currentUsers.require();
        store.failInterrupted(clock.instant(), INTERRUPTED_AFTER);
        return store.find(id, user.forceId(), true).orElseThrow(() -> new NotFoundException("Import " + id));
    }

    @Override
    public List<ImportJob> recent(int limit) {
        store.failInterrupted(clock.instant(), INTERRUPTED_AFTER);
        return store.recent(currentUsers.require().forceId(), limit);
    }

    private Prepared prepare(String filename, byte[] content, boolean dryRun) {
        CurrentUser user = currentUsers.require();
        ImportFile file = reader.read(filename, content);
        UUID id = UUID.randomUUID();
        String name = filename == null || filename.isBlank() ? "upload.csv" : filename.strip();
        transaction.executeWithoutResult(status -> {
            store.insert(id, user.forceId(), user.username(), name, dryRun, file.rows().size(),
                    file.ignoredColumns(), clock.instant());
            accessLog.record(AccessAction.COLLECT, "import", id.toString(), null, (dryRun ? "Validated " : "Imported ")
                    + "orders from the file '" + name + "' (" + file.rows().size() + " rows)");
        });
        return new Prepared(id, name, dryRun, file);
    }

    private void run(Prepared prepared, long dateShiftDays) {
        try {
            store.started(prepared.id, clock.instant());
            Map<String, Integer> firstRowByOrder = new HashMap<>();
            for (ImportFile.RawRow raw : prepared.file.rows()) {
                ParsedRow row = parser.parse(raw, dateShiftDays);
                RowReport report;
                if (!row.valid()) {
                    report = new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.ERROR, null,
                            row.errors());
                } else {
                    String key = (row.order().court() + "\u0000" + row.order().caseNumber() + "\u0000"
                            + row.order().orderType()).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
                    Integer earlier = firstRowByOrder.putIfAbsent(key, row.rowNumber());
                    report = earlier != null
                            ? new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.ERROR, null,
                                    List.of(new RowReport.RowError("case_number", "repeats row " + earlier
                                            + " (same court, case number and order type): put a change to an "
                                            + "order on the order itself, not in the import")))
                            : importer.importRow(row, prepared.filename, prepared.dryRun);
                }
                transaction.executeWithoutResult(status -> store.rowDone(prepared.id, report, clock.instant()));
            }
            store.finished(prepared.id, clock.instant());
        } catch (RuntimeException e) {
            log.error("Bulk import {} stopped", prepared.id, e);
            store.failed(prepared.id, "The import stopped: " + e.getMessage() + ". The rows listed were done.",
                    clock.instant());
        }
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }

    private record Prepared(UUID id, String filename, boolean dryRun, ImportFile file) {
    }
}
