/**
 * People: finding a person from a name as a call-handler hears it — in any order, misspelt, shortened, transliterated
 * or half of a double-barrelled surname — with or without a date of birth, among a million indexed people in a few
 * milliseconds. Plain Java with no database or Spring: the lookup module feeds it the people named in orders and
 * keeps it current from order events; {@link org.nmoregister.people.PersonIndex} is the entry point.
 */
package org.nmoregister.people;
