/**
 * Safeguarding's rules in plain Java (no Spring, no database), unit-tested and mutation-tested: which district a
 * postcode is in and who is briefed on an order, who is an adult to contact, when work is due, the plain-English
 * script read to a victim (and sent as a letter by the safe route), written from the structured clauses of the
 * order's version, and when an order needs planning for its end.
 */
package org.nmoregister.safeguarding.rules;
