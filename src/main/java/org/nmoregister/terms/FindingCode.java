package org.nmoregister.terms;

/** What a finding is about. The first eight and {@link #UNCLASSIFIED_TERM} come from the wording alone. */
public enum FindingCode {
    VAGUE_PROHIBITION,
    NO_INDIRECT_CONTACT,
    NO_THIRD_PARTY_CLAUSE,
    PROXIMITY_WITHOUT_DISTANCE,
    PLACE_NOT_IDENTIFIED,
    OVERBROAD_AREA,
    NO_CHILD_ARRANGEMENTS_EXCEPTION,
    /** A term limited to a part of the day ("overnight", "during school hours") that does not say which hours. */
    UNDEFINED_HOURS,
    NO_END_DATE,
    WITHOUT_NOTICE_NO_RETURN_DATE,
    WITHOUT_NOTICE_TOO_LONG,
    NOT_SERVED,
    NO_PENAL_NOTICE,
    NO_RESPONDENT_DOB,
    UNDERTAKING_NOT_ORDER,
    UNCLASSIFIED_TERM
}
