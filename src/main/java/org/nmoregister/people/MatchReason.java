package org.nmoregister.people;

/** Why a person matched, so that a call-handler can judge a match rather than trust a number. */
public enum MatchReason {
    /** Every name the caller gave is spelt as recorded. */
    EXACT_NAME,
    /** A short form or pet name of the recorded given name (Bill for William, Peggy for Margaret). */
    NICKNAME,
    /** Another accepted romanisation of the same name (Muhammad for Mohammed, Oleksandr for Aleksandr). */
    TRANSLITERATION,
    /** A name within one or two letters' typing of the recorded one. */
    TYPO,
    /** A name that sounds like the recorded one (Double Metaphone). */
    PHONETIC,
    /** The surname was given before the forename. */
    SWAPPED_NAMES,
    /** One half of a hyphenated or double-barrelled surname. */
    SURNAME_PART,
    /** Matched one of the person's recorded aliases rather than their name. */
    ALIAS,
    /** A forename given only by its initial. */
    INITIALS,
    /** Fewer names were given than are recorded, or a given name is not recorded. */
    PARTIAL_NAME,
    DOB_EXACT,
    /** The date of birth with day and month the other way round (03/04 for 04/03). */
    DOB_DAY_MONTH_SWAPPED,
    /** The date of birth with one digit different. */
    DOB_ONE_DIGIT,
    /** A date of birth was given and the recorded one is different. */
    DOB_MISMATCH
}
