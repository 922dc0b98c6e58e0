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

    /**
     * Records the signed-in user's consultation in another force's log: the owning force of an order found by the
     * national existence check. The entry names the user and their force ({@link Entry#forceCode()}), so the owning
     * force sees who of which force looked, when, why and what they were shown. Written like {@link #record}.
     *
     * @param forceId the force whose log the entry goes into (the owning force)
     */
    void recordInForce(UUID forceId, AccessAction action, String subjectType, String subjectId, String reason,
                       String detail);

    /**
     * Records several consultations by the signed-in user, each in its force's log, in this order: as many
     * {@link #record}/{@link #recordInForce} calls, but written together. Outside a transaction that is one batch and
     * one commit waited for, instead of one each: a control-room lookup that shows other forces' cards writes its
     * own entry and two per card.
     */
    default void recordAll(List<NewEntry> entries) {
        for (NewEntry e : entries) {
            recordInForce(e.forceId(), e.action(), e.subjectType(), e.subjectId(), e.reason(), e.detail());
        }
    }

    /**
     * An entry to record by the signed-in user ({@link #recordAll}).
     *
     * @param forceId the force whose log it goes into: the user's own, or the owning force of an order shown
     */
    record NewEntry(UUID forceId, AccessAction action, String subjectType, String subjectId, String reason,
                    String detail) {
    }

    /**
     * Records what the register itself did, with no user behind it (an event's listener, a scheduled job), in a
     * force's log: the entry names {@code system:<process>} of that force. For a disclosure the register makes on its
     * own, such as telling the force where a respondent lives that an order exists.
     *
     * @param forceId the force whose log the entry goes into
     * @param forceCode that force's code
     */
    void recordBySystem(UUID forceId, String forceCode, String process, AccessAction action, String subjectType,
                        String subjectId, String detail);

    /**
     * The entries in the user's force's log written by users of other forces (their enquiries about its orders),
     * between {@code from} (inclusive) and {@code to} (exclusive), newest first: page {@code page} (from 1) of
     * {@code size}.
     */
    List<Entry> byOtherForces(Instant from, Instant to, int page, int size);

    /** How many entries {@link #byOtherForces} lists over the whole period. */
    long countByOtherForces(Instant from, Instant to);
    /**
     * The one change the log allows, for a disposal under the retention schedule: the entries of the signed-in user's
     * force filed under these record ids lose their reason and detail (text that can name people), which become
     * "Text removed on disposal {disposalId}". Who, when, the action and the record's id stay. The database refuses it
     * unless the transaction has recorded that disposal (see docs/retention.md).
     *
     * @return how many entries lost their text
     */
    int removeTextOnDisposal(java.util.Collection<String> subjectIds, UUID disposalId);

    /** The newest entries of the user's force that match, newest first. */
    List<Entry> search(Query query);

    record Query(String username, String subjectId, Instant from, Instant to, int limit) {
    }

    record Entry(UUID id, Instant at, String username, String forceCode, AccessAction action, String subjectType,
                 String subjectId, String reason, String detail) {
    }
}
