package org.nmoregister.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.HeldRecord.Field;
import org.nmoregister.retention.JsonFields;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.retention.RecordKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quality's part in retention: the assurance of each version, the court liaison (letters naming the parties) and the
 * watch kept on the order. These are part of the order's record, so they follow its schedule and add no fact of
 * their own.
 */
@Component
class QualityPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    QualityPersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "quality";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return List.of();
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        UUID[] ids = orderIds.toArray(UUID[]::new);
        jdbc.query("select * from quality_review where force_id = ? and order_id = any(?) order by order_id, version",
                rs -> {
                    List<Field> fields = new ArrayList<>();
                    fields.add(Field.ofCase("Status", rs.getString("status")));
                    fields.add(Field.ofCase("Assured by", rs.getString("assured_by")));
                    fields.add(Field.ofCase("Assured", rs.getTimestamp("assured_at")));
                    fields.add(Field.freeText("Override reason", rs.getString("override_reason")));
                    fields.addAll(JsonFields.of("Finding ", rs.getString("findings"), HeldRecord.SEVERAL));
                    UUID orderId = rs.getObject("order_id", UUID.class);
                    records.add(new HeldRecord(holder(), RecordKind.ORDER, "Quality assurance of version "
                            + rs.getInt("version"), orderId + "/" + rs.getInt("version"), orderId, fields));
                }, forceId, ids);
        jdbc.query("select * from liaison_request where force_id = ? and order_id = any(?) order by raised_at", rs -> {
            List<Field> fields = new ArrayList<>();
            fields.add(Field.ofCase("Kind", rs.getString("kind")));
            fields.add(Field.ofCase("Status", rs.getString("status")));
            fields.add(Field.ofCase("Raised", rs.getTimestamp("raised_at")));
            fields.add(Field.freeText("Subject", rs.getString("subject")));
            fields.add(Field.freeText("Letter", rs.getString("body")));
            fields.add(Field.freeText("Court's response", rs.getString("response")));
            UUID orderId = rs.getObject("order_id", UUID.class);
            records.add(new HeldRecord(holder(), RecordKind.ORDER, "Court liaison", rs.getString("id"), orderId,
                    fields));
        }, forceId, ids);
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> liaison = jdbc.queryForList("select id from liaison_request where order_id = ?", UUID.class,
                orderId);
        int letters = jdbc.update("delete from liaison_request where order_id = ?", orderId);
        int reviews = jdbc.update("delete from quality_review where order_id = ?", orderId);
        int watch = jdbc.update("delete from order_watch where order_id = ?", orderId);
        return new Removed(Map.of("liaison_request", letters, "quality_review", reviews, "order_watch", watch),
                liaison.stream().map(UUID::toString).collect(Collectors.toSet()));
    }
}
