package org.nmoregister.safeguarding.rules;

import org.nmoregister.orders.ChangeKind;

/**
 * Why a victim is contacted about an assured version: the order is new to them (lodged), it changed, it was
 * extended, or it ended. A service or a correction of the record changes nothing the victim must be told, so it makes
 * no contact, unless the victim has not yet been told about the order at all.
 */
public enum ContactOccasion {
    LODGED("Your order is lodged"),
    VARIED("Your order has changed"),
    EXTENDED("Your order has been extended"),
    DISCHARGED("Your order has ended");

    private final String label;

    ContactOccasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The occasion for a contact about a version recorded for {@code change}, or null when none is needed.
     *
     * @param alreadyTold   whether the victim was reached about an earlier version (told what the order said then):
     *                      if not, a variation or an extension is explained as the whole order, lodged
     * @param earlierContact whether a contact about an earlier version exists at all (done, open or cancelled): a
     *                      service or correction then needs none of its own
     */
    public static ContactOccasion of(ChangeKind change, boolean alreadyTold, boolean earlierContact) {
        return switch (change) {
            case DISCHARGE -> DISCHARGED;
            case MADE -> LODGED;
            case VARIATION -> alreadyTold ? VARIED : LODGED;
            case EXTENSION -> alreadyTold ? EXTENDED : LODGED;
            case SERVICE, CORRECTION -> earlierContact ? null : LODGED;
        };
    }
}
