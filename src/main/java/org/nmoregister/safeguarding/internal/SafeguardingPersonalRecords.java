package org.nmoregister.safeguarding.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The safeguarding unit's part in retention: a case's tasks and their history, victim contact and its attempts, safe
 * contact details, safety plans, expiry planning and decisions, the district chosen, and the breaches noted against
 * the order.
 */
@Component
class SafeguardingPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    SafeguardingPersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "safeguarding";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return jdbc.query("""
                select order_id, min(force_id::text) force_id, min(created_at) first_at,
                       max(coalesce(closed_at, created_at)) last_at
                from safeguarding_task where order_id > ? group by order_id order by order_id limit ?""",
                CaseFact.rows(RecordKind.SAFEGUARDING),
                afterOrderId, limit);
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        Object ids = orderIds.toArray(UUID[]::new);
        jdbc.query("select * from safeguarding_task where force_id = ? and order_id = any(?) order by created_at",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> records.add(new HeldRecord(holder(), RecordKind.SAFEGUARDING, "Safeguarding task",
                        rs.getString("id"), rs.getObject("order_id", UUID.class), List.of(
                        Field.ofCase("Kind", rs.getString("kind")),
                        Field.ofCase("Status", rs.getString("status")),
                        Field.ofCase("Created", rs.getTimestamp("created_at")),
                        Field.freeText("About", rs.getString("subject")),
                        Field.freeText("Outcome", rs.getString("outcome"))))), forceId, ids);
        jdbc.query("""
                select a.*, t.order_id from safeguarding_contact_attempt a join safeguarding_task t on t.id = a.task_id
                where t.force_id = ? and t.order_id = any(?) order by a.attempted_at""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> records.add(new HeldRecord(holder(), RecordKind.SAFEGUARDING, "Attempt to contact the victim",
                        rs.getString("id"), rs.getObject("order_id", UUID.class), List.of(
                        Field.ofCase("When", rs.getTimestamp("attempted_at")),
                        Field.ofCase("How", rs.getString("method")),
                        Field.ofCase("Outcome", rs.getString("outcome")),
                        Field.freeText("Note", rs.getString("note"))))), forceId, ids);
        jdbc.query("select * from safeguarding_safe_contact where force_id = ? and order_id = any(?)", rs -> {
            // whose details these are is the person key's party; the details are confidential by nature
            List<Field> f = new ArrayList<>();
            f.add(Field.ofCase("Safe route", rs.getString("safe_route")));
            f.add(new Field("Safe phone", rs.getString("safe_phone"), HeldRecord.SEVERAL, true));
            f.add(new Field("Safe e-mail", rs.getString("safe_email"), HeldRecord.SEVERAL, true));
            f.add(new Field("Safe address", rs.getString("safe_address"), HeldRecord.SEVERAL, true));
            f.add(Field.freeText("Times to avoid", rs.getString("times_to_avoid")));
            f.add(Field.freeText("Language", rs.getString("language")));
            f.add(Field.freeText("Communication needs", rs.getString("communication_needs")));
            records.add(new HeldRecord(holder(), RecordKind.SAFEGUARDING, "Safe contact details",
                    rs.getString("id"), rs.getObject("order_id", UUID.class), f));
        }, forceId, ids);
        jdbc.query("select * from safety_plan_version where force_id = ? and order_id = any(?) order by version",
                rs -> {
                    List<Field> f = new ArrayList<>();
                    f.add(Field.ofCase("Recorded", rs.getTimestamp("recorded_at")));
                    f.add(Field.freeText("Change", rs.getString("change")));
                    f.addAll(JsonFields.of("Measure ", rs.getString("measures"), HeldRecord.SEVERAL));
                    records.add(new HeldRecord(holder(), RecordKind.SAFEGUARDING, "Safety plan version "
                            + rs.getInt("version"), rs.getString("id"), rs.getObject("order_id", UUID.class), f));
                }, forceId, ids);
        jdbc.query("select * from safeguarding_expiry_decision where force_id = ? and order_id = any(?)",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> records.add(new HeldRecord(holder(), RecordKind.SAFEGUARDING, "Decision before the order's end",
                        rs.getString("id"), rs.getObject("order_id", UUID.class), List.of(
                        Field.ofCase("Decision", rs.getString("decision")),
                        Field.freeText("Note", rs.getString("note")),
                        Field.ofCase("Decided", rs.getTimestamp("decided_at"))))), forceId, ids);
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> tasks = jdbc.queryForList("select id from safeguarding_task where order_id = ?", UUID.class,
                orderId);
        Object ids = tasks.toArray(UUID[]::new);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("safeguarding_expiry_decision",
                jdbc.update("delete from safeguarding_expiry_decision where order_id = ? or task_id = any(?)",
                        orderId, ids));
        counts.put("safeguarding_order_end", jdbc.update("delete from safeguarding_order_end where order_id = ? "
                + "or task_id = any(?)", orderId, ids));
        counts.put("safeguarding_contact_attempt",
                jdbc.update("delete from safeguarding_contact_attempt where task_id = any(?)", ids));
        counts.put("safeguarding_contact", jdbc.update("delete from safeguarding_contact where task_id = any(?)", ids));
        counts.put("safeguarding_task_history",
                jdbc.update("delete from safeguarding_task_history where task_id = any(?)", ids));
        counts.put("safeguarding_task", jdbc.update("delete from safeguarding_task where id = any(?)", ids));
        counts.put("safeguarding_safe_contact",
                jdbc.update("delete from safeguarding_safe_contact where order_id = ?", orderId));
        counts.put("safety_plan_version", jdbc.update("delete from safety_plan_version where order_id = ?", orderId));
        counts.put("safeguarding_order_breach",
                jdbc.update("delete from safeguarding_order_breach where order_id = ?", orderId));
        counts.put("order_district_choice", jdbc.update("delete from order_district_choice where order_id = ?",
                orderId));
        return new Removed(counts, tasks.stream().map(UUID::toString).collect(Collectors.toSet()));
    }
}
