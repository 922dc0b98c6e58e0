package org.nmoregister.flags;

/** What a marker is on. */
public enum MarkerKind {
    /** The respondent: the person the order binds. */
    SUBJECT,
    /** The applicant, another protected person or a relevant child. */
    PROTECTED_PERSON,
    /** A place the order protects: a home, workplace or school, with its exclusion radius if any. */
    PROTECTED_PLACE
}
