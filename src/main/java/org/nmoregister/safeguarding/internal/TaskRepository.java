package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskRepository extends JpaRepository<TaskEntity, UUID> {

    Optional<TaskEntity> findByIdAndForceId(UUID id, UUID forceId);

    Optional<TaskEntity> findByOrderIdAndKindAndDedupeKey(UUID orderId, TaskKind kind, String dedupeKey);

    List<TaskEntity> findByOrderIdOrderByCreatedAt(UUID orderId);

    List<TaskEntity> findByOrderIdAndKindAndStatusIn(UUID orderId, TaskKind kind, List<TaskStatus> statuses);

    /** Outstanding tasks of a kind due before a time, across forces: what an escalation sweep looks at. */
    List<TaskEntity> findByKindAndStatusAndDueAtBefore(TaskKind kind, TaskStatus status, Instant before);

    /**
     * Inserts the task unless one with the same order, kind and key exists: one statement, so two instances or a
     * retried listener racing to make the same task make one, without an error that would roll back their caller.
     *
     * @return 1 when the task was made, 0 when it already existed
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert into safeguarding_task (id, force_id, order_id, order_version, kind, dedupe_key, status, district_id,
                                           subject, due_at, created_at, lock_version)
            values (:id, :forceId, :orderId, :orderVersion, :kind, :dedupeKey, 'OPEN', :districtId, :subject, :dueAt,
                    :createdAt, 0)
            on conflict (order_id, kind, dedupe_key) do nothing
            """, nativeQuery = true)
    int insertOnce(@Param("id") UUID id, @Param("forceId") UUID forceId, @Param("orderId") UUID orderId,
                   @Param("orderVersion") int orderVersion, @Param("kind") String kind,
                   @Param("dedupeKey") String dedupeKey, @Param("districtId") UUID districtId,
                   @Param("subject") String subject, @Param("dueAt") Instant dueAt,
                   @Param("createdAt") Instant createdAt);
}
