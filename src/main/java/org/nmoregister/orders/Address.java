package org.nmoregister.orders;

/**
 * A postal address. {@code confidential} is the C8 marker: the address may be shown only to those entitled.
 */
public record Address(String line1, String line2, String town, String postcode, boolean confidential) {

    /** The address on one line, for pages and searches. */
    public String oneLine() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {line1, line2, town, postcode}) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(", ");
                }
                text.append(part.strip());
            }
        }
        return text.toString();
    }
}
