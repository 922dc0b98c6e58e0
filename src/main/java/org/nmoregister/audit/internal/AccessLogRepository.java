package org.nmoregister.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessLogRepository extends JpaRepository<AccessLogEntryEntity, UUID> {

    @Query("""
            select e from AccessLogEntryEntity e
            where e.forceId = :forceId
              and (:username = '' or lower(e.username) = lower(:username))
              and (:subjectId = '' or e.subjectId = :subjectId)
              and e.at >= :from and e.at < :to
            order by e.at desc""")
    List<AccessLogEntryEntity> search(@Param("forceId") UUID forceId, @Param("username") String username,
                                      @Param("subjectId") String subjectId, @Param("from") Instant from,
                                      @Param("to") Instant to, Limit limit);

    @Query("""
            select e from AccessLogEntryEntity e
            where e.forceId = :forceId and e.forceCode <> :forceCode and e.at >= :from and e.at < :to
            order by e.at desc""")
    List<AccessLogEntryEntity> byOtherForces(@Param("forceId") UUID forceId, @Param("forceCode") String forceCode,
                                             @Param("from") Instant from, @Param("to") Instant to,
                                             org.springframework.data.domain.Pageable page);

    @Query("""
            select count(e) from AccessLogEntryEntity e
            where e.forceId = :forceId and e.forceCode <> :forceCode and e.at >= :from and e.at < :to""")
    long countByOtherForces(@Param("forceId") UUID forceId, @Param("forceCode") String forceCode,
                            @Param("from") Instant from, @Param("to") Instant to);
}
