/**
 * The breach check: plain Java rules that judge one incident against the order as it stood when the incident
 * happened, term by term, and say what stops it being an offence (no order, not yet made, expired, discharged, not
 * served or aware, another person, a permitted exception, an undertaking). No Spring, no database: the caller
 * supplies the order's history and a way to locate the places its terms name.
 */
package org.nmoregister.breaches.check;
