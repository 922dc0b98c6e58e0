package org.nmoregister.intake;

/**
 * What accepting a notification does to the register. Anything but NEW_ORDER applies to the order already held for
 * the same court, case number and order type, so a second notice never makes a second order.
 */
public enum OfferedChange {
    NEW_ORDER, VARIATION, EXTENSION, DISCHARGE, SERVICE_CONFIRMATION
}
