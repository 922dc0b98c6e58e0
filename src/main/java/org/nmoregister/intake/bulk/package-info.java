/**
 * Bulk import of a force's existing orders from a CSV export of its spreadsheet (the column set is documented in
 * docs/import.md). Every row is validated first and reported on; each valid row becomes an order with its service in
 * one transaction of its own, so nothing is ever half-imported, and an order the force already holds is skipped.
 * Exposed as a named interface so the demo data can be loaded through the very same code.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.nmoregister.intake.bulk;
