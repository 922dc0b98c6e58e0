package org.nmoregister.places.internal;

import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the ONS Postcode Directory into the gazetteer. The file is streamed (the full directory is over a gigabyte
 * and 2.7 million rows), rows are upserted a thousand at a time, each batch in its own transaction, and the import
 * row is updated after every batch so its page can show progress. A row is only rewritten when it differs, so the
 * same file imported twice changes nothing. One import runs at a time across all instances.
 */
@Service
public class GazetteerImporter {

    private static final Logger log = LoggerFactory.getLogger(GazetteerImporter.class);
    static final int BATCH = 1000;
    static final int KEPT_ERRORS = 1000;
    /** A RUNNING import that has not moved for this long was cut off (restart); it no longer blocks a new one. */
    private static final Duration STALLED = Duration.ofMinutes(10);

    private static final String UPSERT = """
            insert into gazetteer_postcode (postcode, latitude, longitude, police_force_area, local_authority,
                                            introduced, terminated, import_id)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude,
                police_force_area = excluded.police_force_area, local_authority = excluded.local_authority,
                introduced = excluded.introduced, terminated = excluded.terminated, import_id = excluded.import_id
            where (gazetteer_postcode.latitude, gazetteer_postcode.longitude, gazetteer_postcode.police_force_area,
                   gazetteer_postcode.local_authority, gazetteer_postcode.introduced, gazetteer_postcode.terminated)
                  is distinct from (excluded.latitude, excluded.longitude, excluded.police_force_area,
                   excluded.local_authority, excluded.introduced, excluded.terminated)
            """;

    private static final String UPSERT_PROPERTY = """
            insert into gazetteer_property (uprn, sub_building, building_name, building_number, street, locality,
                                            town, postcode, latitude, longitude, line_key, import_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (uprn) do update set sub_building = excluded.sub_building,
                building_name = excluded.building_name, building_number = excluded.building_number,
                street = excluded.street, locality = excluded.locality, town = excluded.town,
                postcode = excluded.postcode, latitude = excluded.latitude, longitude = excluded.longitude,
                line_key = excluded.line_key, import_id = excluded.import_id
            where (gazetteer_property.sub_building, gazetteer_property.building_name,
                   gazetteer_property.building_number, gazetteer_property.street, gazetteer_property.locality,
                   gazetteer_property.town, gazetteer_property.postcode, gazetteer_property.latitude,
                   gazetteer_property.longitude, gazetteer_property.line_key)
                  is distinct from (excluded.sub_building, excluded.building_name, excluded.building_number,
                   excluded.street, excluded.locality, excluded.town, excluded.postcode, excluded.latitude,
                   excluded.longitude, excluded.line_key)
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JdbcGazetteer gazetteer;
    private final Clock clock;
    private final Path importDirectory;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gazetteer-import");
        thread.setDaemon(true);
        return thread;
    });

    GazetteerImporter(JdbcTemplate jdbc, TransactionTemplate transactions, JdbcGazetteer gazetteer, Clock clock,
                      @Value("${nmo.gazetteer.import-directory:data/gazetteer}") Path importDirectory) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.importDirectory = importDirectory.toAbsolutePath().normalize();
    }

    /** The directory server-side files may be imported from; nothing outside it is read. */
    public Path importDirectory() {
        return importDirectory;
    }

    /**
     * A file in the import directory, by a name or path relative to it (or absolute, inside it).
     *
     * @throws InvalidRequestException (field {@code path}) when it is outside the directory or not a readable file
     */
    public Path serverFile(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidRequestException("path", "Enter the path of the file on the server");
        }
        Path file;
        try {
            file = importDirectory.resolve(path.strip()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidRequestException("path", "The path is not a valid file path");
        }
        if (!file.startsWith(importDirectory)) {
            throw new InvalidRequestException("path", "The file must be in " + importDirectory);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidRequestException("path", "There is no readable file at " + file);
        }
        return file;
    }

    /**
     * Starts importing {@code file} in the background and answers its id at once.
     *
     * @param deleteAfter whether the file is a temporary copy of an upload, removed when the import ends
     */
    public UUID start(GazetteerImport.Kind kind, String username, String source, Path file, boolean deleteAfter) {
        UUID id = begin(kind, username, source, size(file));
        worker.submit(() -> {
            try {
                run(id, kind, file);
            } finally {
                if (deleteAfter) {
                    deleteQuietly(file);
                }
            }
        });
        return id;
    }

    /** Imports {@code in} now, in this thread: for start-up loading and tests. */
    public GazetteerImport importNow(GazetteerImport.Kind kind, String username, String source, InputStream in,
                                     Long size) {
        UUID id = begin(kind, username, source, size);
        run(id, kind, in);
        return find(id);
    }

    public GazetteerImport find(UUID id) {
        List<GazetteerImport> found = jdbc.query("select * from gazetteer_import where id = ?",
                (rs, n) -> map(rs, List.of()), id);
        if (found.isEmpty()) {
            throw new NotFoundException("No gazetteer import " + id);
        }
        List<GazetteerImport.RejectedRow> rejected = jdbc.query("""
                select line_number, postcode, reason from gazetteer_import_error where import_id = ?
                order by line_number limit 200""",
                (rs, n) -> new GazetteerImport.RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
        GazetteerImport job = found.get(0);
        return map(job, rejected);
    }

    public List<GazetteerImport> recent(int limit) {
        return jdbc.query("select * from gazetteer_import order by created_at desc limit ?",
                (rs, n) -> map(rs, List.of()), limit);
    }

    private UUID begin(GazetteerImport.Kind kind, String username, String source, Long size) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Boolean started = transactions.execute(tx -> {
            // The advisory lock serialises the check-then-insert across instances.
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('gazetteer_import'))", Object.class);
            Integer running = jdbc.queryForObject("""
                    select count(*) from gazetteer_import where status = 'RUNNING' and progressed_at > ?""",
                    Integer.class, Timestamp.from(now.minus(STALLED)));
            if (running != null && running > 0) {
                return false;
            }
            jdbc.update("""
                    insert into gazetteer_import (id, kind, username, source, status, bytes_total, created_at,
                                                  progressed_at)
                    values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""", id, kind.name(), username, truncate(source, 1000), size,
                    Timestamp.from(now), Timestamp.from(now));
            return true;
        });
        if (!Boolean.TRUE.equals(started)) {
            throw new ConflictException("Another gazetteer import is running; wait for it to finish");
        }
        return id;
    }

    private void run(UUID id, GazetteerImport.Kind kind, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            run(id, kind, in);
        } catch (IOException e) {
            fail(id, "The file could not be read: " + e.getMessage());
        }
    }

    private void run(UUID id, GazetteerImport.Kind kind, InputStream raw) {
        Counts counts = new Counts();
        CountingStream in = new CountingStream(raw);
        try {
            var text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            if (kind == GazetteerImport.Kind.ADDRESSBASE) {
                Batcher<AddressBaseReader.Property> properties = batcher(id, counts, in, this::writeProperties);
                new AddressBaseReader(text).forEach(properties, properties::reject);
                properties.flush();
            } else {
                Batcher<OnspdReader.Row> postcodes = batcher(id, counts, in, this::writePostcodes);
                new OnspdReader(text).forEach(postcodes, postcodes::reject);
                postcodes.flush();
            }
            jdbc.update("""
                    update gazetteer_import set status = 'FINISHED', finished_at = ?, progressed_at = ?
                    where id = ?""", Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id);
            log.info("Gazetteer import {} ({}) finished: {} rows read, {} loaded ({} changed), {} rejected", id,
                    kind, counts.read, counts.loaded, counts.changed, counts.rejected);
        } catch (OnspdReader.BadHeaderException e) {
            fail(id, e.getMessage());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            fail(id, "The file could not be read as CSV: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Gazetteer import {} failed", id, e);
            fail(id, "The import stopped: " + e.getMessage());
        } finally {
            gazetteer.evictAll();
        }
    }

    /** Rows and refusals gathered a batch at a time, each batch written in one transaction with the progress. */
    private <R> Batcher<R> batcher(UUID id, Counts counts, CountingStream in, RowWriter<R> writer) {
        return new Batcher<>() {
            private final List<R> rows = new ArrayList<>(BATCH);
            private final List<OnspdReader.Rejected> rejected = new ArrayList<>();

            @Override
            public void accept(R row) {
                rows.add(row);
                flushIfFull();
            }

            @Override
            public void reject(OnspdReader.Rejected bad) {
                rejected.add(bad);
                flushIfFull();
            }

            private void flushIfFull() {
                if (rows.size() + rejected.size() >= BATCH) {
                    flush();
                }
            }

            @Override
            public void flush() {
                write(id, rows, rejected, counts, in.count(), writer);
            }
        };
    }

    /** Receives a file's rows; {@link #flush} writes what is left at the end. */
    private interface Batcher<R> extends java.util.function.Consumer<R> {
        void reject(OnspdReader.Rejected bad);

        void flush();
    }

    @FunctionalInterface
    private interface RowWriter<R> {
        /** Writes the rows and adds to the counts what they say; answers how many were new or changed. */
        int write(UUID importId, List<R> rows, Counts counts);
    }

    private int writePostcodes(UUID id, List<OnspdReader.Row> rows, Counts counts) {
        int changed = 0;
        int[][] results = jdbc.batchUpdate(UPSERT, rows, rows.size(), (ps, row) -> {
                    ps.setString(1, row.postcode().toString());
                    if (row.coordinates() == null) {
                        ps.setNull(2, Types.DOUBLE);
                        ps.setNull(3, Types.DOUBLE);
                    } else {
                        ps.setDouble(2, row.coordinates().latitude());
                        ps.setDouble(3, row.coordinates().longitude());
                    }
                    ps.setString(4, row.policeForceArea());
                    ps.setString(5, row.localAuthority());
                    ps.setObject(6, row.introduced() == null ? null : Date.valueOf(row.introduced()), Types.DATE);
                    ps.setObject(7, row.terminated() == null ? null : Date.valueOf(row.terminated()), Types.DATE);
                    ps.setObject(8, id);
                });
        for (int[] batch : results) {
            for (int n : batch) {
                changed += n > 0 ? 1 : 0;
            }
        }
        for (OnspdReader.Row row : rows) {
            counts.noLocation += row.coordinates() == null ? 1 : 0;
            counts.terminated += row.terminated() != null ? 1 : 0;
        }
        return changed;
    }

    private int writeProperties(UUID id, List<AddressBaseReader.Property> rows, Counts counts) {
        int changed = 0;
        int[][] results = jdbc.batchUpdate(UPSERT_PROPERTY, rows, rows.size(), (ps, p) -> {
            ps.setLong(1, p.uprn());
            ps.setString(2, p.subBuilding());
            ps.setString(3, p.buildingName());
            ps.setString(4, p.buildingNumber());
            ps.setString(5, p.street());
            ps.setString(6, p.locality());
            ps.setString(7, p.town());
            ps.setString(8, p.postcode() == null ? null : p.postcode().toString());
            ps.setDouble(9, p.coordinates().latitude());
            ps.setDouble(10, p.coordinates().longitude());
            ps.setString(11, p.lineKey());
            ps.setObject(12, id);
        });
        for (int[] batch : results) {
            for (int n : batch) {
                changed += n > 0 ? 1 : 0;
            }
        }
        return changed;
    }

    private <R> void write(UUID id, List<R> rows, List<OnspdReader.Rejected> rejected, Counts counts,
                           long bytesRead, RowWriter<R> writer) {
        transactions.executeWithoutResult(tx -> {
            if (!rows.isEmpty()) {
                counts.changed += writer.write(id, rows, counts);
                counts.loaded += rows.size();
            }
            List<OnspdReader.Rejected> kept = rejected.subList(0,
                    (int) Math.max(0, Math.min(rejected.size(), KEPT_ERRORS - counts.rejected)));
            if (!kept.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into gazetteer_import_error (import_id, line_number, postcode, reason)
                        values (?, ?, ?, ?) on conflict do nothing""", kept, kept.size(), (ps, bad) -> {
                    ps.setObject(1, id);
                    ps.setLong(2, bad.lineNumber());
                    ps.setString(3, bad.postcode());
                    ps.setString(4, truncate(bad.reason(), 500));
                });
            }
            counts.rejected += rejected.size();
            counts.read += rows.size() + rejected.size();
            jdbc.update("""
                    update gazetteer_import set rows_read = ?, rows_loaded = ?, rows_changed = ?, rows_rejected = ?,
                        no_location = ?, terminated = ?, bytes_read = ?, progressed_at = ? where id = ?""",
                    counts.read, counts.loaded, counts.changed, counts.rejected, counts.noLocation,
                    counts.terminated, bytesRead, Timestamp.from(clock.instant()), id);
        });
        rows.clear();
        rejected.clear();
    }

    private void fail(UUID id, String why) {
        jdbc.update("""
                update gazetteer_import set status = 'FAILED', failure = ?, finished_at = ?, progressed_at = ?
                where id = ?""", truncate(why, 2000), Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()), id);
    }

    private static GazetteerImport map(java.sql.ResultSet rs, List<GazetteerImport.RejectedRow> rejected)
            throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Long total = rs.getObject("bytes_total", Long.class);
        return new GazetteerImport(rs.getObject("id", UUID.class), GazetteerImport.Kind.valueOf(rs.getString("kind")),
                rs.getString("username"), rs.getString("source"),
                GazetteerImport.Status.valueOf(rs.getString("status")), rs.getInt("rows_read"),
                rs.getInt("rows_loaded"), rs.getInt("rows_changed"), rs.getInt("rows_rejected"),
                rs.getInt("no_location"), rs.getInt("terminated"), total,
                rs.getLong("bytes_read"), rs.getString("failure"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), rejected);
    }

    private static GazetteerImport map(GazetteerImport job, List<GazetteerImport.RejectedRow> rejected) {
        return new GazetteerImport(job.id(), job.kind(), job.username(), job.source(), job.status(), job.rowsRead(),
                job.rowsLoaded(), job.rowsChanged(), job.rowsRejected(), job.noLocation(), job.terminated(),
                job.bytesTotal(), job.bytesRead(), job.failure(), job.createdAt(), job.finishedAt(), rejected);
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded gazetteer file {}", file, e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Counts {
        int read;
        int loaded;
        int changed;
        int rejected;
        int noLocation;
        int terminated;
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong count = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count.get();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
