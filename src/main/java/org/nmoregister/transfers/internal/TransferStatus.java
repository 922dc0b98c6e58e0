package org.nmoregister.transfers.internal;

/** Where a transfer request stands. Only a pending one can change; the others are final. */
public enum TransferStatus {
    /** Asked; the sending force still owns the case and keeps every flag. */
    PENDING,
    /** The receiving force accepted it: the case moved. */
    ACCEPTED,
    /** The receiving force declined it, with a reason; the case stays with the sender. */
    DECLINED,
    /** The sender took it back before a decision. */
    WITHDRAWN
}
