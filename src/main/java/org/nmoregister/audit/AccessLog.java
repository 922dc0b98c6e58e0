package org.nmoregister.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes and reads the access log. Who and when are taken from the request; the caller says what and why. */
public interface AccessLog {

    /**
     * Records an access by the signed-in user. Joins the caller's transaction, so a change that rolls back leaves no
     * entry claiming it happened.
     *
     * @param subjectType what kind of record ("order", "notification", "person")
     * @param subjectId   its id
     * @param reason      the user's justification (an incident or log number), or null when they own the record
     * @param detail      a short description of what was seen or changed
     */
    void record(AccessAction action, String subjectType, String subjectId, String reason, String detail);

    /** The newest entries of the user's force that match, newest first. */
    List<Entry> search(Query query);

    record Query(String username, String subjectId, Instant from, Instant to, int limit) {
    }

    record Entry(UUID id, Instant at, String username, String forceCode, AccessAction action, String subjectType,
                 String subjectId, String reason, String detail) {
    }
}
