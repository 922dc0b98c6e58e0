package org.nmoregister.monitoring.feed;

/** A device event the monitoring provider reports. */
public enum DeviceEventKind {
    /** The device's case or sensor reports interference. */
    TAMPER,
    /** The strap was cut or opened. */
    STRAP,
    LOW_BATTERY,
    /** The device itself reports it cannot get a location fix or a connection. */
    NO_SIGNAL,
    /** The device is being charged (a low battery is dealt with). */
    CHARGING
}
