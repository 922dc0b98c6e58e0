package org.nmoregister.transfers.web;

/**
 * Who may do what with transfers, named once for the controllers (the role matrix in docs/security.md is generated
 * from them).
 */
final class TransferAccess {

    /** Who reads the force's transfer requests, sent and received: the point of contact and supervisors. */
    static final String TRANSFER_READERS = "hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')";
    /**
     * Who asks for a transfer, accepts, declines or withdraws one, and records that a victim has moved: the point of
     * contact, who keeps the force's order records.
     */
    static final String TRANSFER_MAKERS = "hasRole('POINT_OF_CONTACT')";

    private TransferAccess() {
    }
}
