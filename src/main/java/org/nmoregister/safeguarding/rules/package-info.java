/**
 * The safeguarding module's rules in plain Java (no Spring, no database), unit-tested and mutation-tested: who is an
 * adult to contact, when a contact is due, and the plain-English script read to a victim (and sent as a letter by the
 * safe route), written from the structured clauses of the order's version.
 */
package org.nmoregister.safeguarding.rules;
