package org.nmoregister.transfers.internal;

import java.util.UUID;

/**
 * The transfer's state machine, in plain Java: who may do what to a request in which state. A request is made by the
 * force that owns the order, to another force; only a pending request changes; the receiving force accepts or
 * declines (with a reason), the sending force may withdraw. Everything else is refused with the reason in words.
 */
public final class TransferRules {

    /** What someone does to a request. */
    public enum Decision {
        ACCEPT, DECLINE, WITHDRAW
    }

    /** A request or decision the rules refuse: {@code field} names what is wrong, for a 400 or a 409. */
    public static final class Refused extends RuntimeException {
        private final String field;
        private final boolean conflict;

        Refused(String field, String message, boolean conflict) {
            super(message);
            this.field = field;
            this.conflict = conflict;
        }

        public String field() {
            return field;
        }

        /** Whether it is refused because of the request's state (409) rather than what was sent (400 or 404). */
        public boolean conflict() {
            return conflict;
        }
    }

    private TransferRules() {
    }

    /**
     * Checks a new request: the order must be the requesting force's, and go to another force.
     *
     * @param ownerForceId the force owning the order now (null when there is no such order)
     */
    public static void checkRequest(UUID requestingForceId, UUID ownerForceId, UUID toForceId) {
        if (ownerForceId == null || !ownerForceId.equals(requestingForceId)) {
            throw new Refused("orderId", "Order not found in your force's register", false);
        }
        if (toForceId == null) {
            throw new Refused("toForce", "Choose the force to transfer the case to", false);
        }
        if (toForceId.equals(requestingForceId)) {
            throw new Refused("toForce", "Choose another force: your force already owns this case", false);
        }
    }

    /**
     * The status after the decision, when the user's force may make it.
     *
     * @throws Refused when the request is no longer pending, the force is not the one that decides, or a decline
     *                 has no reason
     */
    public static TransferStatus next(TransferStatus current, Decision decision, UUID userForceId, UUID fromForceId,
                                      UUID toForceId, String reason) {
        boolean receiver = toForceId.equals(userForceId);
        boolean sender = fromForceId.equals(userForceId);
        if (!receiver && !sender) {
            throw new Refused("id", "Transfer request not found", false);
        }
        switch (decision) {
            case ACCEPT, DECLINE -> {
                if (!receiver) {
                    throw new Refused("id", "Only the receiving force can accept or decline this request", true);
                }
            }
            case WITHDRAW -> {
                if (!sender) {
                    throw new Refused("id", "Only the sending force can withdraw this request", true);
                }
            }
        }
        if (current != TransferStatus.PENDING) {
            throw new Refused("id", "This request was already " + current.name().toLowerCase(java.util.Locale.UK)
                    + "; it cannot change", true);
        }
        if (decision == Decision.DECLINE && (reason == null || reason.isBlank())) {
            throw new Refused("reason", "Say why you are declining the transfer", false);
        }
        return switch (decision) {
            case ACCEPT -> TransferStatus.ACCEPTED;
            case DECLINE -> TransferStatus.DECLINED;
            case WITHDRAW -> TransferStatus.WITHDRAWN;
        };
    }

    /** Whether a pending request made at {@code requestedAt} is overdue at {@code now} and not yet escalated. */
    public static boolean escalationDue(TransferStatus status, java.time.Instant requestedAt,
                                        java.time.Instant escalatedAt, java.time.Instant now, int workingDays) {
        if (status != TransferStatus.PENDING || escalatedAt != null) {
            return false;
        }
        var due = TransferWorkingDays.plusWorkingDays(requestedAt.atZone(TransferWorkingDays.LONDON), workingDays);
        return !now.isBefore(due.toInstant());
    }
}
