package org.nmoregister.intake.reading;

/**
 * One field read from an order's document: its value as the form takes it, where it was read ({@code [start, end)}
 * of the document's text) and how sure the reading is (0 to 1), so the point of contact can see and check it.
 */
public record ReadField(String name, String value, int start, int end, double confidence) {

    public ReadField {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A read field needs its span in the text");
        }
    }
}
