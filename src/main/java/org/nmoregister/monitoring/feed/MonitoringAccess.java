package org.nmoregister.monitoring.feed;

/** The authorisation rules of the electronic-monitoring endpoints, named once. */
public final class MonitoringAccess {

    /** The monitoring provider's feed account: points and events for its own force's devices. */
    public static final String FEED = "hasRole('MONITORING_FEED')";
    /** Who links a device to an order and ends the link: the point of contact, who keeps the order record. */
    public static final String DEVICE_KEEPERS = "hasRole('POINT_OF_CONTACT')";
    /**
     * Who reads devices, points and alerts, and acknowledges and closes alerts: the control room first, and the
     * others who consult orders (the casework roles).
     */
    public static final String ALERT_READERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM',"
            + "'SAFEGUARDING','SUPERVISOR')";
    /** Who acknowledges and closes an alert: the control room and supervisors. */
    public static final String ALERT_HANDLERS = "hasAnyRole('CONTROL_ROOM','SUPERVISOR')";

    private MonitoringAccess() {
    }
}
