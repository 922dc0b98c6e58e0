package org.nmoregister.safeguarding.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;

/**
 * Which protected person of an order a contact is for, the same across the order's versions, without naming them
 * (task keys and safe-contact rows are not masked): "applicant", or "p-" and a hash of the person's name (case,
 * accents and spacing ignored) and date of birth.
 */
public final class PersonKey {

    public static final String APPLICANT = "applicant";

    private PersonKey() {
    }

    public static String of(ProtectedPerson person, boolean applicant) {
        if (applicant) {
            return APPLICANT;
        }
        String name = person.name() == null ? "" : Normalizer.normalize(person.name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String basis = name + "|" + (person.dateOfBirth() == null ? "" : person.dateOfBirth().toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The protected adult of the order with this key (the applicant, or another protected person), or null. */
    public static ProtectedPerson find(OrderDetails order, String key) {
        if (APPLICANT.equals(key)) {
            return order.applicant();
        }
        List<ProtectedPerson> others = order.otherProtectedPersons();
        return others.stream().filter(p -> of(p, false).equals(key)).findFirst().orElse(null);
    }
}
