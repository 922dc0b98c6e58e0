package org.nmoregister.audit.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the entries of reads that run outside any transaction (control-room lookups, a few thousand a second at
 * peak) in one insert and one commit per batch, instead of one commit each. The caller still waits until its entry is
 * committed, so no one is shown data whose consultation was not logged; only the cost of the commit is shared.
 */
@Component
class AccessLogBatcher {

    private static final Logger log = LoggerFactory.getLogger(AccessLogBatcher.class);
    private static final int MAX_BATCH = 500;

    record Pending(AccessLogEntryEntity entry, CompletableFuture<Void> written) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(50_000);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Thread writer;
    private volatile boolean running = true;

    AccessLogBatcher(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = new Thread(this::writeLoop, "access-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Queues the entry and returns once it is committed; throws if it could not be written. */
    void write(AccessLogEntryEntity entry) {
        var pending = new Pending(entry, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The access log is not keeping up; the read was refused");
            }
            pending.written().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the access log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The access log could not be written; the read was refused", e);
        }
    }

    /**
     * Queues the entries together and returns once all are committed (one wait, usually one batch, instead of one
     * each); throws if any could not be written.
     */
    void writeAll(List<AccessLogEntryEntity> entries) {
        List<CompletableFuture<Void>> written = new ArrayList<>(entries.size());
        try {
            for (AccessLogEntryEntity entry : entries) {
                var pending = new Pending(entry, new CompletableFuture<>());
                if (!queue.offer(pending, 5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The access log is not keeping up; the read was refused");
                }
                written.add(pending.written());
            }
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the access log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The access log could not be written; the read was refused", e);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * One commit for the batch; if it fails, each entry is written on its own, so an entry the database refuses
     * fails only its own user's request, never the other users' who shared the batch.
     */
    /** The failure's kind and SQL state, without its message, which can quote the values written. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = root instanceof java.sql.SQLException sql ? " SQLState " + sql.getSQLState() : "";
        return root.getClass().getSimpleName() + state;
    }

    void writeBatch(List<Pending> batch) {
        try {
            insert(batch);
            batch.forEach(p -> p.written().complete(null));
            return;
        } catch (RuntimeException e) {
            log.warn("Access-log batch of {} could not be written ({}); writing its entries one by one", batch.size(),
                    cause(e));
        }
        for (Pending pending : batch) {
            try {
                insert(List.of(pending));
                pending.written().complete(null);
            } catch (RuntimeException e) {
                // Not dropped silently: the application log says whose entry it was and why, and its reader is
                // refused. Not what it said: a lookup's subject is the name or address typed, perhaps a refuge's,
                // and the database's message repeats the values it was given.
                var entry = pending.entry();
                log.error("Access-log entry refused by the database: id={} at={} user={} force={} action={} on {} "
                                + "({} characters) ({})", entry.id, entry.at, entry.username, entry.forceCode,
                        entry.action, entry.subjectType, entry.subjectId == null ? 0 : entry.subjectId.length(),
                        cause(e));
                pending.written().completeExceptionally(e);
            }
        }
    }

    private void insert(List<Pending> batch) {
        transactions.executeWithoutResult(status -> insert(jdbc, batch.stream().map(Pending::entry).toList()));
    }

    /**
     * The entries in one JDBC batch (one round trip), in the caller's transaction: the batcher's own, or a writing
     * transaction the entries join. Not through JPA: an entry's id is set when it is made, so a repository's save
     * would first look each one up (a read of the log's primary key per entry) to decide whether to insert it.
     */
    static void insert(JdbcTemplate jdbc, List<AccessLogEntryEntity> entries) {
        jdbc.batchUpdate("""
                insert into access_log (id, at, username, force_id, force_code, action, subject_type, subject_id,
                                        reason, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries,
                entries.size(), (statement, e) -> {
                    statement.setObject(1, e.id);
                    statement.setTimestamp(2, Timestamp.from(e.at));
                    statement.setString(3, e.username);
                    statement.setObject(4, e.forceId);
                    statement.setString(5, e.forceCode);
                    statement.setString(6, e.action.name());
                    statement.setString(7, e.subjectType);
                    statement.setString(8, e.subjectId);
                    statement.setString(9, e.reason);
                    statement.setString(10, e.detail);
                });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(10_000);
    }
}
