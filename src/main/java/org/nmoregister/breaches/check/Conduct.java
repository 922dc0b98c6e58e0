package org.nmoregister.breaches.check;

/** What the respondent is reported to have done. */
public enum Conduct {
    VIOLENCE, THREAT, CONTACT, APPROACH, ENTRY, DAMAGE, PUBLICATION, HARASSMENT
}
