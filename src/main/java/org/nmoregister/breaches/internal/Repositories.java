package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BreachReportRepository extends JpaRepository<BreachReportEntity, UUID> {

    Optional<BreachReportEntity> findByIdAndForceId(UUID id, UUID forceId);

    Optional<BreachReportEntity> findByReferenceAndForceId(String reference, UUID forceId);

    List<BreachReportEntity> findTop200ByForceIdOrderByReportedAtDesc(UUID forceId);

    /** One page of the force's breaches, newest first (ties by id, so pages never overlap). */
    @Query("select r from BreachReportEntity r where r.forceId = :forceId order by r.reportedAt desc, r.id desc")
    List<BreachReportEntity> pageOfForce(UUID forceId, org.springframework.data.domain.Pageable page);

    long countByForceId(UUID forceId);

    List<BreachReportEntity> findByForceIdAndCrimedAtIsNullOrderByReportedAtAsc(UUID forceId);

    List<BreachReportEntity> findByForceIdAndRecordedByAndOutcomeIsNullOrderByReportedAtAsc(UUID forceId,
                                                                                           String recordedBy);

    List<BreachReportEntity> findByForceIdAndReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAtAsc(
            UUID forceId, Instant from, Instant to);

    List<BreachReportEntity> findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(UUID forceId);

    List<BreachReportEntity> findByOrderIdOrderByReportedAtAsc(UUID orderId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from BreachReportEntity r where r.id = :id and r.forceId = :forceId")
    Optional<BreachReportEntity> lockByIdAndForceId(UUID id, UUID forceId);

    @Query(value = "select nextval('breach_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}

interface BreachIncidentRepository extends JpaRepository<BreachIncidentEntity, UUID> {

    List<BreachIncidentEntity> findByReportIdOrderByNumberAsc(UUID reportId);

    List<BreachIncidentEntity> findByReportIdIn(List<UUID> reportIds);
}

interface EvidenceRepository extends JpaRepository<EvidenceEntity, UUID> {

    List<EvidenceEntity> findByReportIdOrderByAddedAtAsc(UUID reportId);

    Optional<EvidenceEntity> findByIdAndReportId(UUID id, UUID reportId);
}

interface CourtResultRepository extends JpaRepository<CourtResultEntity, UUID> {

    List<CourtResultEntity> findByReportIdOrderByDecidedOnAscRecordedAtAsc(UUID reportId);
}

interface DirectionRepository extends JpaRepository<DirectionEntity, UUID> {

    List<DirectionEntity> findByReportIdOrderByIssuedAtAsc(UUID reportId);

    List<DirectionEntity> findByReportIdInAndAnsweredAtIsNull(List<UUID> reportIds);
}

interface DipSampleRepository extends JpaRepository<DipSampleEntity, UUID> {

    Optional<DipSampleEntity> findByForceIdAndWeekStart(UUID forceId, LocalDate weekStart);

    Optional<DipSampleEntity> findByIdAndForceId(UUID id, UUID forceId);

    List<DipSampleEntity> findTop52ByForceIdOrderByWeekStartDesc(UUID forceId);

    /** One page of the force's samples, newest first (the dip-sampling page reads a page at a time). */
    List<DipSampleEntity> findByForceIdOrderByWeekStartDesc(UUID forceId,
                                                            org.springframework.data.domain.Pageable page);

    long countByForceId(UUID forceId);
}

interface DipSampleItemRepository extends JpaRepository<DipSampleItemEntity, DipSampleItemEntity.Key> {

    List<DipSampleItemEntity> findByKeySampleId(UUID sampleId);
}
