package org.nmoregister.risk.internal;

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
 * The risk module's part in retention: the DASH assessments of a case's victim and their corrections. The clock runs
 * from the last assessment.
 */
@Component
class RiskPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    RiskPersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "risk";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return jdbc.query("""
                select order_id, min(force_id::text) force_id, min(opened_at) first_at,
                       max(coalesce(completed_at, opened_at)) last_at
                from risk_assessment where order_id > ? group by order_id order by order_id limit ?""",
                CaseFact.rows(RecordKind.RISK_ASSESSMENT),
                afterOrderId, limit);
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        jdbc.query("select * from risk_assessment where force_id = ? and order_id = any(?) order by opened_at", rs -> {
            String victim = rs.getString("victim_name");
            List<Field> f = new ArrayList<>();
            f.add(Field.about("Victim", victim, victim));
            f.add(Field.ofCase("Opened", rs.getTimestamp("opened_at")));
            f.add(Field.ofCase("Completed", rs.getTimestamp("completed_at")));
            f.add(Field.about("Level", rs.getString("level"), victim));
            f.add(Field.about("Score", rs.getObject("score"), victim));
            f.add(Field.freeText("Reason opened", rs.getString("reason")));
            f.add(Field.freeText("Override reason", rs.getString("override_reason")));
            f.add(Field.ofCase("Referred to MARAC", rs.getTimestamp("marac_referred_at")));
            f.add(Field.freeText("MARAC note", rs.getString("marac_note")));
            f.add(Field.freeText("Safety plan note", rs.getString("safety_plan_note")));
            f.addAll(JsonFields.of("Answer ", rs.getString("answers"), HeldRecord.person(victim)));
            records.add(new HeldRecord(holder(), RecordKind.RISK_ASSESSMENT, "DASH risk assessment",
                    rs.getString("id"), rs.getObject("order_id", UUID.class), f));
        }, forceId, orderIds.toArray(UUID[]::new));
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> ids = jdbc.queryForList("select id from risk_assessment where order_id = ?", UUID.class, orderId);
        if (ids.isEmpty()) {
            return Removed.nothing();
        }
        Object array = ids.toArray(UUID[]::new);
        int corrections = jdbc.update("delete from risk_assessment_correction where assessment_id = any(?)", array);
        int assessments = jdbc.update("delete from risk_assessment where id = any(?)", array);
        return new Removed(Map.of("risk_assessment", assessments, "risk_assessment_correction", corrections),
                ids.stream().map(UUID::toString).collect(Collectors.toSet()));
    }
}
