package org.nmoregister.breaches.internal;

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
 * The breaches module's part in retention: the breach files of a case (report, incidents, evidence and its bytes,
 * court results, supervisors' directions, dip-sample reviews). A breach's clock runs from its last outcome (or its
 * report while it has none). A breach recorded against no order of the register is not part of a case and is not
 * reviewed here (see docs/retention.md).
 */
@Component
class BreachPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    BreachPersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "breaches";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return jdbc.query("""
                select order_id, min(force_id::text) force_id, min(reported_at) first_at,
                       max(coalesce(outcome_at, reported_at)) last_at
                from breach_report where order_id > ? group by order_id order by order_id limit ?""",
                CaseFact.rows(RecordKind.BREACH),
                afterOrderId, limit);
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        UUID[] ids = orderIds.toArray(UUID[]::new);
        jdbc.query("select * from breach_report where force_id = ? and order_id = any(?) order by reported_at", rs -> {
            UUID orderId = rs.getObject("order_id", UUID.class);
            String victim = rs.getString("protected_person");
            String respondent = rs.getString("respondent_name");
            List<Field> f = new ArrayList<>();
            f.add(Field.ofCase("Reference", rs.getString("reference")));
            f.add(Field.ofCase("Reported", rs.getTimestamp("reported_at")));
            f.add(Field.ofCase("Reporter kind", rs.getString("reporter_kind")));
            f.add(Field.thirdParty("Reporter", rs.getString("reporter_name")));
            f.add(Field.thirdParty("Reporter's organisation", rs.getString("reporter_organisation")));
            f.add(Field.about("Protected person", victim, victim));
            f.add(Field.about("Respondent", respondent, respondent));
            f.add(Field.freeText("Action taken", rs.getString("action_taken")));
            f.add(Field.ofCase("Crime reference", rs.getString("crime_reference")));
            f.add(Field.ofCase("Crime classification", rs.getString("crime_classification")));
            f.add(Field.ofCase("Response", rs.getString("response_kind")));
            f.add(Field.ofCase("Arrest decision", rs.getString("arrest_decision")));
            f.add(Field.about("Arrested", rs.getTimestamp("arrested_at"), respondent));
            f.add(Field.about("Interview notes", rs.getString("interview_notes"), respondent));
            f.add(Field.freeText("Evidence secured", rs.getString("evidence_secured")));
            f.add(Field.freeText("Partner referrals", rs.getString("partner_referrals")));
            f.add(Field.ofCase("Outcome", rs.getString("outcome")));
            f.add(Field.freeText("Outcome reason", rs.getString("outcome_reason")));
            records.add(new HeldRecord(holder(), RecordKind.BREACH, "Breach report " + rs.getString("reference"),
                    rs.getString("id"), orderId, f));
        }, forceId, ids);
        jdbc.query("""
                select i.*, r.order_id, r.reference,
                       (select string_agg(c.conduct || coalesce(' by ' || c.channel, ''), ', ' order by c.position)
                        from breach_incident_conduct c where c.incident_id = i.id) as conduct
                from breach_incident i join breach_report r on r.id = i.report_id
                where r.force_id = ? and r.order_id = any(?) order by r.reported_at, i.number""", rs -> {
            String victim = rs.getString("protected_person");
            List<Field> f = new ArrayList<>();
            f.add(Field.ofCase("When", rs.getTimestamp("occurred_from")));
            f.add(Field.ofCase("Conduct", rs.getString("conduct")));
            f.add(Field.about("Protected person", victim, victim));
            f.add(Field.freeText("Where", rs.getString("location_address")));
            f.add(Field.freeText("What happened", rs.getString("description")));
            f.add(Field.thirdParty("Others present", rs.getString("others_present")));
            f.add(Field.thirdParty("Witnesses", rs.getString("witnesses")));
            f.add(Field.ofCase("Check outcome", rs.getString("check_outcome")));
            records.add(new HeldRecord(holder(), RecordKind.BREACH, "Incident " + rs.getInt("number") + " of "
                    + rs.getString("reference"), rs.getString("id"), rs.getObject("order_id", UUID.class), f));
        }, forceId, ids);
        jdbc.query("""
                select e.id, e.kind, e.description, e.file_name, e.added_at, r.order_id, r.reference
                from breach_evidence e join breach_report r on r.id = e.report_id
                where r.force_id = ? and r.order_id = any(?) order by e.added_at""", (org.springframework.jdbc.core.RowCallbackHandler) rs -> records.add(
                new HeldRecord(holder(), RecordKind.BREACH, "Evidence for " + rs.getString("reference"),
                        rs.getString("id"), rs.getObject("order_id", UUID.class), List.of(
                        Field.ofCase("Kind", rs.getString("kind")),
                        Field.freeText("Description", rs.getString("description")),
                        Field.ofCase("File", rs.getString("file_name")),
                        Field.ofCase("Added", rs.getTimestamp("added_at"))))), forceId, ids);
        jdbc.query("""
                select c.*, r.order_id, r.reference, r.respondent_name from breach_court_result c
                join breach_report r on r.id = c.report_id
                where r.force_id = ? and r.order_id = any(?) order by c.decided_on""", (org.springframework.jdbc.core.RowCallbackHandler) rs -> records.add(
                new HeldRecord(holder(), RecordKind.BREACH, "Court result for " + rs.getString("reference"),
                        rs.getString("id"), rs.getObject("order_id", UUID.class), List.of(
                        Field.ofCase("Result", rs.getString("result")),
                        Field.ofCase("Decided", rs.getObject("decided_on")),
                        Field.about("Sentence", rs.getString("sentence"), rs.getString("respondent_name"))))),
                forceId, ids);
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> reports = jdbc.queryForList("select id from breach_report where order_id = ?", UUID.class,
                orderId);
        if (reports.isEmpty()) {
            return Removed.nothing();
        }
        Object ids = reports.toArray(UUID[]::new);
        int samples = jdbc.update("delete from dip_sample_item where report_id = any(?)", ids);
        int directions = jdbc.update("delete from breach_direction where report_id = any(?)", ids);
        int results = jdbc.update("delete from breach_court_result where report_id = any(?)", ids);
        int evidence = jdbc.update("delete from breach_evidence where report_id = any(?)", ids);
        int incidents = jdbc.update("delete from breach_incident where report_id = any(?)", ids);
        int deleted = jdbc.update("delete from breach_report where id = any(?)", ids);
        return new Removed(Map.of("breach_report", deleted, "breach_incident", incidents, "breach_evidence", evidence,
                "breach_court_result", results, "breach_direction", directions, "dip_sample_item", samples),
                reports.stream().map(UUID::toString).collect(Collectors.toSet()));
    }
}
