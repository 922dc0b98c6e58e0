package org.nmoregister.monitoring.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The alerts table, in plain JDBC (the feed writes many rows a second; no entity per row). */
@Component
public class AlertStore {

    static final String COLUMNS = "id, force_id, order_id, device_id, kind, episode_key, zone_id, place_kind, "
            + "place_area, place_address, place_confidential, radius_metres, at, received_at, last_at, updated_at, "
            + "points, distance_metres, latitude, longitude, accuracy_metres, ended_at, status, acknowledged_at, "
            + "acknowledged_by, closed_at, closed_by, outcome, outcome_note";

    static final RowMapper<AlertRow> ROW = AlertStore::row;

    private final JdbcTemplate jdbc;

    AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The episodes still open for these devices of the force. */
    public List<AlertRow> open(UUID forceId, Collection<String> deviceIds) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement("select " + COLUMNS + " from monitoring_alert where force_id = ? "
                    + "and device_id = any(?) and ended_at is null");
            ps.setObject(1, forceId);
            ps.setArray(2, con.createArrayOf("varchar", deviceIds.toArray()));
            return ps;
        }, ROW);
    }

    /**
     * Raises an alert, or (when another request opened the same episode a moment ago) adds to it: the unique open
     * episode index settles the race. Returns the row as stored.
     */
    public AlertRow raise(AlertRow a) {
        return jdbc.queryForObject("insert into monitoring_alert (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (force_id, device_id, episode_key) where ended_at is null do update set "
                + "points = monitoring_alert.points + excluded.points, "
                + "last_at = greatest(monitoring_alert.last_at, excluded.last_at), updated_at = excluded.updated_at, "
                + "kind = case when excluded.kind = 'ZONE_ENTRY' then excluded.kind else monitoring_alert.kind end, "
                + "distance_metres = least(monitoring_alert.distance_metres, excluded.distance_metres), "
                + "ended_at = excluded.ended_at "
                + "returning " + COLUMNS, ROW,
                a.id(), a.forceId(), a.orderId(), a.deviceId(), a.kind().name(), a.episodeKey(),
                a.zoneId() == null ? null : a.zoneId().toString(),
                a.placeKind(), a.placeArea(), a.placeAddress(), a.placeConfidential(), a.radiusMetres(), ts(a.at()),
                ts(a.receivedAt()), ts(a.lastAt()), ts(a.updatedAt()), a.points(), a.distanceMetres(), a.latitude(),
                a.longitude(), a.accuracyMetres(), ts(a.endedAt()), a.status(), null, null, null, null, null, null);
    }

    /** Adds points to an open episode: its latest point, count, nearest distance, kind (upgraded) and end. */
    public AlertRow extend(UUID id, AlertKind kind, int points, Instant lastAt, Double distance, Double latitude,
                           Double longitude, Double accuracy, Instant endedAt, Instant now) {
        return jdbc.queryForObject("""
                update monitoring_alert set kind = ?, points = points + ?,
                  last_at = greatest(last_at, coalesce(?, last_at)),
                  distance_metres = case when ?::float8 is null then distance_metres
                                         else least(coalesce(distance_metres, ?::float8), ?::float8) end,
                  latitude = coalesce(?, latitude), longitude = coalesce(?, longitude),
                  accuracy_metres = coalesce(?, accuracy_metres), ended_at = ?, updated_at = ?
                where id = ? returning\s""" + COLUMNS, ROW, kind.name(), points, ts(lastAt), distance, distance,
                distance, latitude, longitude, accuracy, ts(endedAt), ts(now), id);
    }

    /** Ends the open episodes of kind {@code kind} of these devices (a point after a gap ends SIGNAL_LOST). */
    public List<AlertRow> endOpen(UUID forceId, Collection<String> deviceIds, AlertKind kind, Instant now) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement("update monitoring_alert set ended_at = ?, updated_at = ? where force_id = ?"
                    + " and device_id = any(?) and kind = ? and ended_at is null returning " + COLUMNS);
            ps.setTimestamp(1, ts(now));
            ps.setTimestamp(2, ts(now));
            ps.setObject(3, forceId);
            ps.setArray(4, con.createArrayOf("varchar", deviceIds.toArray()));
            ps.setString(5, kind.name());
            return ps;
        }, ROW);
    }

    public Optional<AlertRow> find(UUID forceId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from monitoring_alert where force_id = ? and id = ?", ROW, forceId,
                id).stream().findFirst();
    }

    /** A page of the force's alerts, newest first; {@code orderId} and {@code openOnly} narrow it. */
    public List<AlertRow> page(UUID forceId, UUID orderId, boolean openOnly, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from monitoring_alert where force_id = ? "
                        + "and (?::uuid is null or order_id = ?::uuid) and (not ? or status <> 'CLOSED') "
                        + "order by received_at desc, id limit ? offset ?", ROW, forceId, orderId, orderId, openOnly,
                limit, offset);
    }

    public long count(UUID forceId, UUID orderId, boolean openOnly) {
        Long n = jdbc.queryForObject("select count(*) from monitoring_alert where force_id = ? "
                + "and (?::uuid is null or order_id = ?::uuid) and (not ? or status <> 'CLOSED')", Long.class,
                forceId, orderId, orderId, openOnly);
        return n == null ? 0 : n;
    }

    public int acknowledge(UUID forceId, UUID id, String by, Instant now) {
        return jdbc.update("update monitoring_alert set status = 'ACKNOWLEDGED', acknowledged_at = ?, "
                + "acknowledged_by = ?, updated_at = ? where force_id = ? and id = ? and status = 'OPEN'", ts(now), by,
                ts(now), forceId, id);
    }

    /**
     * Closes the alert with an outcome. A device alert's episode ends with it (a new tamper after this is a new
     * alert); a zone episode goes on until the device leaves, so points inside after the closure raise nothing new.
     */
    public int close(UUID forceId, UUID id, String outcome, String note, String by, Instant now) {
        return jdbc.update("update monitoring_alert set status = 'CLOSED', closed_at = ?, closed_by = ?, outcome = ?, "
                + "outcome_note = ?, updated_at = ?, ended_at = case when zone_id is null then coalesce(ended_at, ?) "
                + "else ended_at end, acknowledged_at = coalesce(acknowledged_at, ?), "
                + "acknowledged_by = coalesce(acknowledged_by, ?) where force_id = ? and id = ? and status <> 'CLOSED'",
                ts(now), by, outcome, note, ts(now), ts(now), ts(now), by, forceId, id);
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static AlertRow row(ResultSet rs, int n) throws SQLException {
        return new AlertRow(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("device_id"),
                AlertKind.valueOf(rs.getString("kind")), rs.getString("episode_key"),
                rs.getString("zone_id") == null ? null : UUID.fromString(rs.getString("zone_id")),
                rs.getString("place_kind"), rs.getString("place_area"), rs.getString("place_address"),
                rs.getBoolean("place_confidential"), dbl(rs, "radius_metres"), instant(rs, "at"),
                instant(rs, "received_at"), instant(rs, "last_at"), instant(rs, "updated_at"), rs.getInt("points"),
                dbl(rs, "distance_metres"), dbl(rs, "latitude"), dbl(rs, "longitude"), dbl(rs, "accuracy_metres"),
                instant(rs, "ended_at"), rs.getString("status"), instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getString("outcome"), rs.getString("outcome_note"));
    }
}
