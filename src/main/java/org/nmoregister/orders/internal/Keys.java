package org.nmoregister.orders.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Matching keys, so that "LS26 F00123" finds "ls26f00123" and "O'Brien,  Sean" finds "obrien sean". */
final class Keys {

    private Keys() {
    }

    static String caseNumber(String caseNumber) {
        return caseNumber == null ? "" : caseNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static String court(String court) {
        return court == null ? "" : court.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String name(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['’`.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
