/**
 * Processing breaches (seed 000): the rules that find an inadequate response for the supervisor's queue, and the
 * seeded weekly dip sample of domestic-abuse breach records. Plain Java.
 */
package org.nmoregister.breaches.review;
