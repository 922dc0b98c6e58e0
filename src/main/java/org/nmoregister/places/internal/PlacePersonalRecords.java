package org.nmoregister.places.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.HeldRecord.Field;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.retention.RecordKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The places module's part in retention: the property the point of contact chose for each written address of an
 * order. Part of the order's record; no fact of its own.
 */
@Component
class PlacePersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;

    PlacePersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String holder() {
        return "places";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return List.of();
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        List<HeldRecord> records = new ArrayList<>();
        jdbc.query("select * from place_match_choice where force_id = ? and order_id = any(?)", rs -> {
            UUID orderId = rs.getObject("order_id", UUID.class);
            // an address of the case, chosen on a map: whose it is the order's version says; marked for a check
            records.add(new HeldRecord(holder(), RecordKind.ORDER, "Address located on the map",
                    orderId + "/" + rs.getString("address_key"), orderId,
                    List.of(Field.freeText("Address", rs.getString("address")),
                            Field.ofCase("Chosen", rs.getTimestamp("chosen_at")))));
        }, forceId, orderIds.toArray(UUID[]::new));
        return records;
    }

    @Override
    public Removed dispose(UUID orderId) {
        int choices = jdbc.update("delete from place_match_choice where order_id = ?", orderId);
        return new Removed(Map.of("place_match_choice", choices), Set.of());
    }
}
