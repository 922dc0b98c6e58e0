package org.nmoregister.intake.internal;

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
 * Intake's part in retention: the notifications of a case (those that created or changed the order, or were matched
 * to it, with every resend and duplicate of them), their documents and the documents' bytes, and the bulk-import rows
 * that wrote the order.
 */
@Component
class IntakePersonalRecords implements PersonalRecords {

    private static final String CASE_NOTIFICATIONS = """
            with recursive of_case(id) as (
                select id from notification where force_id = ? and (order_id = ? or matched_order_id = ?)
                union
                select n.id from notification n join of_case c on n.correction_of = c.id or n.duplicate_of = c.id
            ) select id from of_case""";

    private static final String ALL_CASE_NOTIFICATIONS = """
            with recursive of_case(id) as (
                select id from notification where order_id = ? or matched_order_id = ?
                union
                select n.id from notification n join of_case c on n.correction_of = c.id or n.duplicate_of = c.id
            ) select id from of_case""";

    private final JdbcTemplate jdbc;

    IntakePersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "intake";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return jdbc.query("""
                select order_id, min(force_id::text) force_id, min(received_at) first_at, max(received_at) last_at
                from notification where order_id > ? group by order_id order by order_id limit ?""",
                CaseFact.rows(RecordKind.NOTIFICATION),
                afterOrderId, limit);
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        for (UUID orderId : orderIds) {
            List<UUID> ids = jdbc.queryForList(CASE_NOTIFICATIONS, UUID.class, forceId, orderId, orderId);
            if (ids.isEmpty()) {
                continue;
            }
            jdbc.query("select * from notification where id = any(?) order by received_at", rs -> {
                UUID id = rs.getObject("id", UUID.class);
                List<Field> fields = new ArrayList<>();
                fields.add(Field.ofCase("Source", rs.getString("source")));
                fields.add(Field.ofCase("Received", rs.getTimestamp("received_at").toInstant()));
                fields.add(Field.ofCase("Status", rs.getString("status")));
                fields.add(Field.ofCase("E-mail subject", rs.getString("email_subject")));
                fields.add(Field.ofCase("E-mail from", rs.getString("email_from")));
                fields.add(Field.ofCase("Rejection reason", rs.getString("rejection_reason")));
                fields.addAll(JsonFields.of("Notice: ", rs.getString("data"), null));
                records.add(new HeldRecord(holder(), RecordKind.NOTIFICATION, "Notification", id.toString(), orderId,
                        fields));
            }, (Object) ids.toArray(UUID[]::new));
            jdbc.query("select id, notification_id, filename, content_type, size_bytes, extracted_text "
                    + "from notification_document where notification_id = any(?)", rs -> {
                List<Field> fields = new ArrayList<>();
                fields.add(Field.ofCase("File", rs.getString("filename") + " (" + rs.getString("content_type") + ", "
                        + rs.getLong("size_bytes") + " bytes)"));
                // a court's document names every party: its text is released only after redaction by hand
                fields.add(Field.freeText("Text read from the document", rs.getString("extracted_text")));
                records.add(new HeldRecord(holder(), RecordKind.NOTIFICATION, "Notification document",
                        rs.getString("id"), orderId, fields));
            }, (Object) ids.toArray(UUID[]::new));
        }
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        List<UUID> ids = jdbc.queryForList(ALL_CASE_NOTIFICATIONS, UUID.class, orderId, orderId);
        UUID[] array = ids.toArray(UUID[]::new);
        int contents = jdbc.update("delete from notification_document_content where document_id in "
                + "(select id from notification_document where notification_id = any(?))", (Object) array);
        int documents = jdbc.update("delete from notification_document where notification_id = any(?)",
                (Object) array);
        // resends and duplicates point at the notification they repeat: the latest go first
        int notifications = 0;
        while (true) {
            int deleted = jdbc.update("""
                    delete from notification n where n.id = any(?) and not exists (
                        select 1 from notification o where o.correction_of = n.id or o.duplicate_of = n.id)""",
                    (Object) array);
            notifications += deleted;
            if (deleted == 0) {
                break;
            }
        }
        int importRows = jdbc.update("delete from import_row where order_id = ?", orderId);
        Set<String> subjects = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        return new Removed(Map.of("notification", notifications, "notification_document", documents,
                "notification_document_content", contents, "import_row", importRows), subjects);
    }
}
