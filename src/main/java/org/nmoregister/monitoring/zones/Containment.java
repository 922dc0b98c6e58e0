package org.nmoregister.monitoring.zones;

/** Where a located point stands against a zone, its accuracy taken into account. */
public enum Containment {
    /** The device is in the zone: its point is inside and its accuracy circle is no wider than the zone. */
    INSIDE,
    /** The device may be in the zone: its accuracy circle overlaps (or touches) the zone, but it is not surely in. */
    POSSIBLY_INSIDE,
    /** The whole accuracy circle is outside the zone. */
    OUTSIDE
}
