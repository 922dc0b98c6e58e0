/**
 * The terms of an order read as structured clauses, and the checks that say whether the police can enforce them.
 * Plain Java with no database and no Spring: {@link org.nmoregister.terms.TermsChecker} turns court wording (and,
 * when known, the order's dates, notice, service and parties as an {@link org.nmoregister.terms.OrderContext}) into
 * a {@link org.nmoregister.terms.TermsReading}: one {@link org.nmoregister.terms.Clause} per term, nothing dropped,
 * and the {@link org.nmoregister.terms.Finding}s a point of contact, a court or an applicant should act on. The same
 * text always gives the same reading. For the register, {@link org.nmoregister.terms.TermsReader} reads an order
 * version's paragraphs once, when orders records it, into {@link org.nmoregister.terms.ReadClauses}, stored in a
 * versioned shape of this module's own; other modules judge those clauses and construct no parser. The draft checker for applicants and advisers (page and public API) lives in
 * {@code terms.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Terms: clause model, parser and enforceability checks")
package org.nmoregister.terms;
