package org.nmoregister.places.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.places.AddressKeys;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceChoices;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The point of contact's choices over {@code place_match_choice}, applied before the gazetteer's own match. */
@Component
class JdbcPlaceChoices implements PlaceChoices {

    static final int MAX_ADDRESS = 500;

    private final JdbcTemplate jdbc;
    private final Gazetteer gazetteer;
    private final Clock clock;

    JdbcPlaceChoices(JdbcTemplate jdbc, Gazetteer gazetteer, Clock clock) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @Override
    public Optional<PlaceLocation> locate(UUID orderId, String address) {
        Optional<Choice> choice = orderId == null ? Optional.empty() : choiceFor(orderId, address);
        if (choice.isPresent()) {
            Optional<PlaceLocation> chosen = choice.get().postcodeCentre() ? gazetteer.locatePostcodeCentre(address)
                    : gazetteer.locateProperty(choice.get().uprn());
            // a property since removed from the gazetteer (a demolition) falls back to matching afresh
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        return gazetteer.locateAddress(address);
    }

    @Override
    public Optional<Choice> choiceFor(UUID orderId, String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("""
                select uprn, chosen_by, chosen_at from place_match_choice where order_id = ? and address_key = ?""",
                (rs, n) -> {
                    long uprn = rs.getLong(1);
                    return new Choice(rs.wasNull() ? null : uprn, rs.getString(2), rs.getTimestamp(3).toInstant());
                }, orderId, key(address)).stream().findFirst();
    }

    @Override
    @Transactional
    public void choose(UUID forceId, UUID orderId, String address, Long uprn, String chosenBy) {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            throw new InvalidRequestException("place", "must be an address of the order, at most " + MAX_ADDRESS
                    + " characters");
        }
        if (uprn == null ? gazetteer.locatePostcodeCentre(address).isEmpty()
                : gazetteer.candidates(address).stream().noneMatch(c -> c.uprn() == uprn)) {
            throw new InvalidRequestException("property", uprn == null
                    ? "The postcode's centre is not known for this address: choose a property"
                    : "Choose one of the properties listed for this address");
        }
        Instant now = clock.instant();
        jdbc.update("""
                insert into place_match_choice (order_id, address_key, force_id, address, uprn, chosen_by, chosen_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id, address_key) do update
                set address = excluded.address, uprn = excluded.uprn, chosen_by = excluded.chosen_by,
                    chosen_at = excluded.chosen_at""",
                orderId, key(address), forceId, address.strip(), uprn, chosenBy, Timestamp.from(now));
    }

    @Override
    @Transactional
    public void moveToForce(UUID orderId, UUID fromForceId, UUID toForceId) {
        jdbc.update("update place_match_choice set force_id = ? where order_id = ? and force_id = ?",
                toForceId, orderId, fromForceId);
    }

    /** The address folded as the matching keys fold it, so a choice holds for the same address written again. */
    static String key(String address) {
        String key = AddressKeys.line1Key(address);
        return key.length() > 600 ? key.substring(0, 600) : key;
    }
}
