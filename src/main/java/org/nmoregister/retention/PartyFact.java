package org.nmoregister.retention;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A fact a module holds about a party in a case, as the module now holds it, that the person may ask to have
 * rectified: whose (the party's part and name), which fact, its value (masked as for the reader when confidential)
 * and whether its accuracy is contested (s.46(4)).
 */
public record PartyFact(UUID orderId, String holder, String role, String personName, FactKind fact, String value,
                        boolean confidential, boolean contested) {

    /** Names this fact as it now stands: a form sends it back, and a fact that changed since is not found. */
    public String key() {
        String text = role + "\u001f" + personName + "\u001f" + fact + "\u001f" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
