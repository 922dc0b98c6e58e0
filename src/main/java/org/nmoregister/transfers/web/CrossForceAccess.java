package org.nmoregister.transfers.web;

/**
 * Who may do what across forces, named once for the module's controllers (the role matrix in docs/security.md is
 * generated from them).
 */
final class CrossForceAccess {

    /** Who reads the force's sharing settings: the point of contact, supervisors and administrators. */
    static final String SHARING_READERS = "hasAnyRole('POINT_OF_CONTACT','SUPERVISOR','ADMIN')";
    /** Who changes them: administrators. */
    static final String SHARING_ADMINISTRATORS = "hasRole('ADMIN')";
    /**
     * Who reads other forces' enquiries about the force's orders, the notices other forces sent it and their
     * requests for more: the point of contact and supervisors.
     */
    static final String LIST_READERS = "hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')";
    /** Who marks a request answered: the point of contact. */
    static final String ANSWERERS = "hasRole('POINT_OF_CONTACT')";
    /** Who may ask another force for more than its card: whoever may use the lookup that showed the card. */
    static final String ASKERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM','SAFEGUARDING','SUPERVISOR')";

    private CrossForceAccess() {
    }
}
