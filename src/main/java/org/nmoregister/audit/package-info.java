/**
 * The access log required by the Data Protection Act 2018 s.62: every consultation, disclosure, collection and
 * change of an order or a person is written here with who, when, what and why. It is append-only (the database
 * refuses updates and deletes) and only supervisors and administrators may read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit: the access log")
package org.nmoregister.audit;
