package org.nmoregister.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderVersionRepository extends JpaRepository<OrderVersionEntity, OrderVersionEntity.Key> {

    @Query(value = """
            select * from (
              select v.order_id, o.force_id, v.version, v.recorded_at from order_version v
              join protective_order o on o.id = v.order_id
              where v.recorded_at > :since
              union all
              select o.id, o.force_id, o.latest_version, o.moved_at from protective_order o
              where o.moved_at > :since) changed
            order by 4 limit 10000""", nativeQuery = true)
    List<Object[]> recordedSince(Instant since);

    /** The details of every version of the force's orders that marks anything confidential, as JSON. */
    @Query(value = """
            select cast(v.details as text) from order_version v join protective_order o on o.id = v.order_id
            where o.force_id = :forceId and jsonb_path_exists(v.details, '$.** ? (@.confidential == true)')""",
            nativeQuery = true)
    List<String> confidentialDetailsOfForce(UUID forceId);

    /** How many versions the force has and when the last was recorded: what the force's values depend on. */
    @Query(value = """
            select count(*) || '@' || coalesce(cast(max(v.recorded_at) as text), '') from order_version v
            join protective_order o on o.id = v.order_id where o.force_id = :forceId""", nativeQuery = true)
    String versionsStampOfForce(UUID forceId);

    @Query(value = """
            select o.id, o.force_id, o.latest_version, v.recorded_at from protective_order o
            join order_version v on v.order_id = o.id and v.version = o.latest_version""", nativeQuery = true)
    List<Object[]> latestOfEach();

    Optional<OrderVersionEntity> findByOrderIdAndVersion(UUID orderId, int version);

    /** The latest version of each of these orders of the force: one query for a batch. */
    @Query("""
            select v from OrderVersionEntity v, OrderEntity o
            where o.id = v.orderId and v.version = o.latestVersion and o.forceId = :forceId and o.id in :orderIds""")
    List<OrderVersionEntity> latestOf(UUID forceId, java.util.Collection<UUID> orderIds);

    /** Every version of each of these orders, by order then version: their confidential values in one query. */
    List<OrderVersionEntity> findByOrderIdInOrderByOrderIdAscVersionAsc(java.util.Collection<UUID> orderIds);

    /**
     * The latest version of every order not ended at {@code at}: not discharged by then and not past its own end
     * (the typed instants the order keeps since V66, so no version's JSON is read).
     */
    @Query(value = """
            select o.id, o.force_id, o.latest_version, v.recorded_at from protective_order o
            join order_version v on v.order_id = o.id and v.version = o.latest_version
            where (o.discharged_at is null or o.discharged_at > :at) and (o.ends_at is null or o.ends_at > :at)""",
            nativeQuery = true)
    List<Object[]> latestOfEachNotEndedAt(Instant at);

    List<OrderVersionEntity> findByOrderIdOrderByVersionAsc(UUID orderId);

    /** The version in effect at an instant: the latest effective by then; of two effective together, the later recorded. */
    @Query("""
            select v from OrderVersionEntity v where v.orderId = :orderId and v.effectiveFrom <= :at
            order by v.effectiveFrom desc, v.version desc limit 1""")
    Optional<OrderVersionEntity> findInEffectAt(UUID orderId, Instant at);

    /** Versions not yet read, or read with older rules than {@code parser}, oldest first: a batch at a time. */
    @Query(value = """
            select v.order_id, v.version, o.force_id from order_version v
            join protective_order o on o.id = v.order_id
            where v.clauses is null or (:reread and v.clauses_parser < :parser)
            order by v.recorded_at, v.order_id, v.version limit :limit""", nativeQuery = true)
    List<Object[]> toRead(boolean reread, int parser, int limit);

    /**
     * Stores one version's reading whole, in one statement; only if it is still unread or read with older rules, so
     * two instances backfilling together write each version once.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = """
            update order_version set clauses = cast(:clauses as jsonb), clauses_shape = :shape,
                clauses_parser = :parser, clauses_read_at = :readAt
            where order_id = :orderId and version = :version
              and (clauses is null or clauses_parser < :parser)""", nativeQuery = true)
    int storeReading(UUID orderId, int version, String clauses, int shape, int parser, Instant readAt);
}
