package org.nmoregister.monitoring.priority;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One respondent across a force's orders: their name folded (lower case, accents and punctuation dropped, spaces
 * collapsed) and their date of birth. Two orders against "Seán  O'Brien" born 1 May 1980 and "SEAN OBRIEN" born the
 * same day are the same respondent; the same name with another date of birth, or with none, is not assumed to be.
 */
public final class RespondentKey {

    private RespondentKey() {
    }

    public static String of(String name, LocalDate dateOfBirth) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded + "|" + (dateOfBirth == null ? "?" : dateOfBirth.toString());
    }
}
