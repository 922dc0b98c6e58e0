/**
 * Demo data: when {@code nmo.demo.enabled} is true (the demo profile, and the tests), a few dozen realistic,
 * entirely made-up orders are loaded into each demo force that does not hold them yet. They are CSV files in the
 * bulk-import format (src/main/resources/demo), loaded through the bulk importer itself as each force's point of
 * contact, with their dates moved so that the demo always shows orders in force, pending service and expired.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.nmoregister.demo;
