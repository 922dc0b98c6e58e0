/**
 * Markers (flags) on the people and places a protective order binds or protects: raised when an order version is
 * quality-assured (from the version and clauses {@code OrderQualityAssured} carries), changed when a variation is
 * assured, their end moved by any recorded version that changes it, and withdrawn at the exact moment the order
 * expires or is discharged. Every change is exported, through an outbox retried until acknowledged, to the national and force
 * systems (PNC, PND, the force's records system), and a reconciliation report shows what each has acknowledged. A
 * force told of another force's order because the respondent lives in its area keeps a read-only marker on him
 * ({@link org.nmoregister.flags.RespondentNotices}), labelled as that force's order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Flags: person and place markers")
package org.nmoregister.flags;
