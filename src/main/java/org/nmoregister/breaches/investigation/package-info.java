/**
 * The vocabulary and rules of handling a breach once reported: who reported it, the response, the arrest decision,
 * the interview, allocation, the outcome route (the s.42A offence or civil contempt, never both) and court results.
 * Plain Java.
 */
package org.nmoregister.breaches.investigation;
