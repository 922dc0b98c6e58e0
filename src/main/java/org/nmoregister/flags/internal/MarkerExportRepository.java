package org.nmoregister.flags.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MarkerExportRepository extends JpaRepository<MarkerExportEntity, UUID> {

    /** Due exports, locked so that two instances never send the same one at once. */
    @Query(value = """
            select * from marker_export where status in ('PENDING', 'SENT') and next_attempt_at <= :now
            order by next_attempt_at limit :limit for update skip locked""", nativeQuery = true)
    List<MarkerExportEntity> lockDue(Instant now, int limit);

    List<MarkerExportEntity> findByMarkerIdIn(List<UUID> markerIds);
}
