package org.nmoregister.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderWatchRepository extends JpaRepository<OrderWatchEntity, UUID> {

    /** Orders whose return hearing has passed with no version effective since: the court has not told us the outcome. */
    @Query("""
            select w from OrderWatchEntity w where w.returnHearingAt < :now and w.latestChangeAt < w.returnHearingAt
              and (w.endsAt is null or w.endsAt > w.returnHearingAt)""")
    List<OrderWatchEntity> hearingPassedWithoutNews(Instant now);

    @Query("select w from OrderWatchEntity w where w.served = false and w.madeAt < :madeBefore and (w.endsAt is null or w.endsAt > :now)")
    List<OrderWatchEntity> unservedSince(Instant madeBefore, Instant now);
}
