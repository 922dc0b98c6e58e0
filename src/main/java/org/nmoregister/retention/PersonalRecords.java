package org.nmoregister.retention;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by every module that holds case data (an order, or anything attached to one), so that retention can
 * review, dispose of and disclose a case without depending on the modules. Every method runs inside retention's
 * transaction: a disposal is all modules' deletions together or none.
 */
public interface PersonalRecords {

    /** The module's name, as the disposal record and the subject access export show it ("orders", "breaches"). */
    String holder();

    /**
     * The facts the schedule's triggers need, for cases after {@code afterOrderId} in id order (keyset paging, so a
     * sweep over a million cases reads them in batches): one per case and kind of record held. Empty when done.
     */
    List<CaseFact> facts(UUID afterOrderId, int limit);

    /**
     * The cases (orders) in which the person is a party, and as what. Only the module that knows the parties
     * (orders) answers; the others return nothing. Scoped to the force given.
     */
    default List<CaseParty> parties(PersonRef person, UUID forceId) {
        return List.of();
    }

    /**
     * Everything this module holds in these cases, field by field, each field saying whom it concerns so that what
     * would reveal someone else is marked for redaction. Scoped to the force given.
     */
    List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId);

    /**
     * The facts about the case's parties this module holds and can rectify (DPA 2018 s.46), as they now stand, masked
     * as for the signed-in user. Only the module that owns such facts answers; the others return nothing.
     */
    default List<PartyFact> rectifiableFacts(UUID orderId, UUID forceId) {
        return List.of();
    }

    /**
     * Corrects the fact the module's own way (the orders module records a new version with the reason, the old
     * version kept as evidence). Empty when this module does not hold the fact.
     *
     * @return what was recorded, in words ("order version 3")
     * @throws org.nmoregister.platform.InvalidRequestException when the fact no longer holds the value seen, or the
     *                                                          corrected value is not one the record can hold
     */
    default java.util.Optional<String> rectify(Rectification rectification, UUID forceId) {
        return java.util.Optional.empty();
    }

    /**
     * Restricts the fact's processing where its accuracy is contested and cannot be settled (s.46(4)): the module
     * marks it contested so that every view of it says so. Empty when this module does not hold the fact.
     *
     * @return what was recorded, in words
     */
    default java.util.Optional<String> restrict(Rectification rectification, UUID forceId) {
        return java.util.Optional.empty();
    }

    /**
     * Deletes every record of the case this module holds (tables, documents, outboxes, and read models once the
     * transaction commits). Runs inside the disposal's transaction, after the disposal is recorded.
     *
     * @return what was removed: counts by kind and the ids the access log may name
     */
    Removed dispose(UUID orderId);

    /**
     * Disposal order: modules whose records refer to others' go first. The module that holds the order itself answers
     * {@link #LAST}.
     */
    default int disposalStage() {
        return 0;
    }

    int LAST = 100;

    /** What a module removed: counts by kind of record, and the ids its access-log entries are filed under. */
    record Removed(java.util.Map<String, Integer> counts, Set<String> subjectIds) {
        public Removed {
            counts = java.util.Map.copyOf(counts);
            subjectIds = Set.copyOf(subjectIds);
        }

        public static Removed nothing() {
            return new Removed(java.util.Map.of(), Set.of());
        }
    }
}
