/**
 * Demo data: when {@code nmo.demo.enabled} is true (the demo profile, and the tests), a few dozen realistic,
 * entirely made-up orders are loaded into each demo force that does not hold them yet. They are CSV files in the
 * bulk-import format (src/main/resources/demo), loaded through the bulk importer itself as each force's point of
 * contact, with their dates moved so that the demo always shows orders in force, pending service and expired. Then
 * northshire asks southvale to take one case, so the transfer queue has a request waiting (the demo forces share
 * with each other by default, so southvale's control room also finds northshire's orders as held by another force).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.nmoregister.demo;
