package org.nmoregister.orders;

import jakarta.validation.constraints.Size;

/**
 * A postal address. {@code confidential} is the C8 marker: the address may be shown only to those entitled.
 */
public record Address(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String town,
                      @Size(max = 10) String postcode, boolean confidential) {

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
