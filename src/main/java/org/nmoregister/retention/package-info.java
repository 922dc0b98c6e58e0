/**
 * Records kept only as long as the law allows, and a person's rights over them (DPA 2018 Part 3): the retention
 * schedule (reference data a force can replace), the review of each case when it falls due, legal holds, disposal
 * that removes a case's personal data from every module with a record of the disposal that holds none, and the
 * subject access search and export.
 *
 * <p>Retention depends on no module that holds case data. Each of those implements {@link PersonalRecords}, the
 * one SPI: the facts the schedule's triggers need, what it holds about a person, and the disposal of a case's records.
 * See docs/retention.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention: review, disposal and a person's rights")
package org.nmoregister.retention;
