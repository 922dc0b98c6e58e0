/**
 * Infrastructure every capability shares and none owns: the database (embedded PostgreSQL when no server is
 * configured), problem+json error handling, the clock, scheduling locks and the page layout.
 * It holds no domain rule.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.nmoregister.platform;
