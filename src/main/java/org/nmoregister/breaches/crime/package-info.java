/**
 * Crime-recording reference data for breaches: the classifications an officer records a breach, and the other
 * offences it may disclose, under (with the Home Office Counting Rules class where it is known, and whether it has
 * been confirmed), and the target for recording a crime after a report. A configurable file, checked at start-up
 * (properties nmo.breaches.crime-classifications and nmo.breaches.crime-recording-target). See docs/sentencing.md.
 */
package org.nmoregister.breaches.crime;
