package org.nmoregister.flags.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.HeldRecord.Field;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.retention.RecordKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The flags module's part in retention: the markers raised for a case and their export outbox (the payloads sent,
 * or waiting to be sent, to PNC, PND and the records system). Part of the order's record; no fact of its own. A
 * marker still live on the national systems is the order's, which is never disposed of while it is in force.
 */
@Component
class FlagPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    FlagPersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "flags";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return List.of();
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        jdbc.query("select * from marker where force_id = ? and order_id = any(?) order by raised_at", rs -> {
            UUID orderId = rs.getObject("order_id", UUID.class);
            String person = rs.getString("person_name");
            boolean confidential = rs.getBoolean("confidential");
            List<Field> fields = new ArrayList<>();
            fields.add(Field.ofCase("Kind", rs.getString("kind")));
            fields.add(Field.ofCase("Raised", rs.getTimestamp("raised_at")));
            fields.add(Field.ofCase("Ends", rs.getTimestamp("expires_at")));
            fields.add(Field.ofCase("Withdrawn", rs.getTimestamp("withdrawn_at")));
            if (person != null) {
                fields.add(Field.about("Name", person, person));
                fields.add(Field.about("Date of birth", rs.getObject("date_of_birth"), person));
                fields.add(Field.about("Also known as", rs.getString("aliases"), person));
                fields.add(Field.about("Party", rs.getString("party_role"), person));
            }
            String address = rs.getString("address");
            if (address != null) {
                String where = address + (rs.getString("postcode") == null ? "" : ", " + rs.getString("postcode"));
                fields.add(person != null ? new Field("Address", where, HeldRecord.person(person), confidential)
                        : new Field("Protected place", where, HeldRecord.SEVERAL, confidential));
            }
            records.add(new HeldRecord(holder(), RecordKind.ORDER, "Marker", rs.getString("id"), orderId, fields));
        }, forceId, orderIds.toArray(UUID[]::new));
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> markers = jdbc.queryForList("select id from marker where order_id = ?", UUID.class, orderId);
        int exports = jdbc.update("delete from marker_export where marker_id in (select id from marker where "
                + "order_id = ?)", orderId);
        int deleted = jdbc.update("delete from marker where order_id = ?", orderId);
        jdbc.update("delete from marker_notice where order_id = ?", orderId);
        return new Removed(Map.of("marker", deleted, "marker_export", exports),
                markers.stream().map(UUID::toString).collect(Collectors.toSet()));
    }
}
