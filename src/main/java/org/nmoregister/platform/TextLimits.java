package org.nmoregister.platform;

/**
 * The floor under every way text reaches a column of limited size (API, pages, imports): a value longer than the
 * column is refused naming the field, rather than failing in the database as a 500. The API checks the same limits
 * at the edge ({@code @Size} on its request records); pages and other callers meet them here.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Refuses {@code value} (after stripping) when it is longer than {@code max} characters. */
    public static void atMost(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters (it has "
                    + value.strip().length() + ")");
        }
    }
}
