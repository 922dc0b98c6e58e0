package org.nmoregister.retention;

/** A recorded fact about a party that the person may ask to have rectified (DPA 2018 s.46). */
public enum FactKind {
    NAME("name"),
    DATE_OF_BIRTH("date of birth"),
    ADDRESS("address");

    private final String words;

    FactKind(String words) {
        this.words = words;
    }

    /** The fact in words, as pages and the access log name it. */
    public String words() {
        return words;
    }
}
