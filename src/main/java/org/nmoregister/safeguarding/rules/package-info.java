/**
 * The safeguarding module's rules as plain Java, with plain unit tests: when an order needs planning for its end and
 * when that planning is due. No Spring, no database: what they decide is decided here only.
 */
package org.nmoregister.safeguarding.rules;
