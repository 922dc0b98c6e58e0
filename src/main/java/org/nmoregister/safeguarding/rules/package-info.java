/**
 * Safeguarding's plain rules, without Spring or a database: which district a postcode is in, who is briefed on an
 * order, when work is due. Unit-tested directly (and by mutation testing).
 */
package org.nmoregister.safeguarding.rules;
