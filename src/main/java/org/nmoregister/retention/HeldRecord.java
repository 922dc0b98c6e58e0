package org.nmoregister.retention;

import java.util.List;
import java.util.UUID;

/**
 * One record a module holds in a case, as a subject access export lists it.
 *
 * @param holder    the module
 * @param kind      what it is ("Order version 2", "Breach report BR-2026-000123")
 * @param reference its id
 * @param fields    what it holds, each saying whom it concerns
 */
public record HeldRecord(String holder, RecordKind recordKind, String kind, String reference, UUID orderId,
                         List<Field> fields) {

    public HeldRecord {
        fields = List.copyOf(fields);
    }

    /** What a field that concerns a third party (a witness, a reporter, someone present) carries. */
    public static final String THIRD_PARTY = "THIRD_PARTY";

    /**
     * What a field of free text that may name several people (a letter, a description of an incident, a document's
     * text) carries: released only once someone has redacted the others by hand.
     */
    public static final String SEVERAL = "SEVERAL_PEOPLE";

    /** The key of a named person a field concerns: their name, lower case, letters and digits only. */
    public static String person(String name) {
        if (name == null || name.isBlank()) {
            return THIRD_PARTY;
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "person:" + plain.toLowerCase(java.util.Locale.ROOT).replaceAll("['’`.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A recorded fact.
     *
     * @param concerns     whom it is about: a named person ({@link #person(String)}), {@link #THIRD_PARTY} (someone
     *                     not a party), or null for the case itself (court, dates, outcomes)
     * @param confidential true when it is a confidential (C8) detail of that person
     */
    public record Field(String label, String value, String concerns, boolean confidential) {

        public static Field ofCase(String label, Object value) {
            return new Field(label, value == null ? null : value.toString(), null, false);
        }

        /** A fact about a named person (their name as recorded in the same record). */
        public static Field about(String label, Object value, String personName) {
            return new Field(label, value == null ? null : value.toString(), person(personName), false);
        }

        /** A confidential (C8) fact about a named person. */
        public static Field confidential(String label, Object value, String personName) {
            return new Field(label, value == null ? null : value.toString(), person(personName), true);
        }

        /** Free text that may name several people. */
        public static Field freeText(String label, Object value) {
            return new Field(label, value == null ? null : value.toString(), SEVERAL, false);
        }

        /** A fact about someone who is not a party (a witness, a reporter, someone present). */
        public static Field thirdParty(String label, Object value) {
            return new Field(label, value == null ? null : value.toString(), THIRD_PARTY, false);
        }
    }
}
