package org.nmoregister.terms;

/** What a term forbids (or, for {@link #EXCEPTION}, permits). */
public enum ClauseType {
    /** Use or threaten violence. */
    VIOLENCE,
    /** Intimidate, harass, pester, follow. */
    INTIMIDATION,
    /** Telephone, text, e-mail, write or otherwise contact. */
    CONTACT,
    /** Come within a distance of, or approach, a place or person. */
    PROXIMITY,
    /** Go to, enter or attempt to enter a place. */
    ENTRY,
    /** Damage, attempt or threaten to damage property. */
    PROPERTY_DAMAGE,
    /** Publish, post or share information, images or comments. */
    PUBLICATION,
    /** Conduct the order permits: child arrangements and handovers, solicitors, mediation, attending court. */
    EXCEPTION,
    /** Anything else: notices, general clauses, or wording the parser could not classify. */
    OTHER
}
