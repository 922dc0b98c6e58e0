package org.nmoregister.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrderWatchRepository extends JpaRepository<OrderWatchEntity, UUID> {

    /** Records what the newest version says; an older version arriving late changes nothing. */
    @Modifying
    @Query(value = """
            insert into order_watch (order_id, force_id, court, case_number, latest_version, made_at,
                                     return_hearing_at, ends_at, served, latest_change_at)
            values (:orderId, :forceId, :court, :caseNumber, :version, :madeAt, :returnHearingAt, :endsAt, :served,
                    :latestChangeAt)
            on conflict (order_id) do update set court = excluded.court, case_number = excluded.case_number,
                latest_version = excluded.latest_version, made_at = excluded.made_at,
                return_hearing_at = excluded.return_hearing_at, ends_at = excluded.ends_at, served = excluded.served,
                latest_change_at = excluded.latest_change_at
            where order_watch.latest_version <= excluded.latest_version""", nativeQuery = true)
    int record(UUID orderId, UUID forceId, String court, String caseNumber, int version, Instant madeAt,
               Instant returnHearingAt, Instant endsAt, boolean served, Instant latestChangeAt);

    /** Orders whose return hearing has passed with no version effective since: the court has not told us the outcome. */
    @Query("""
            select w from OrderWatchEntity w where w.returnHearingAt < :now and w.latestChangeAt < w.returnHearingAt
              and (w.endsAt is null or w.endsAt > w.returnHearingAt)""")
    List<OrderWatchEntity> hearingPassedWithoutNews(Instant now);

    @Query("select w from OrderWatchEntity w where w.served = false and w.madeAt < :madeBefore and (w.endsAt is null or w.endsAt > :now)")
    List<OrderWatchEntity> unservedSince(Instant madeBefore, Instant now);

    /**
     * The force's orders not yet served whose return hearing is in [now, until) and that have not ended: served before
     * the hearing, or the court may not be able to go on with it.
     */
    @Query("""
            select w from OrderWatchEntity w where w.forceId = :forceId and w.served = false
              and w.returnHearingAt >= :now and w.returnHearingAt < :until and (w.endsAt is null or w.endsAt > :now)
            order by w.returnHearingAt asc, w.caseNumber asc""")
    List<OrderWatchEntity> unservedBeforeHearing(UUID forceId, Instant now, Instant until);

    @Query("""
            select count(w) from OrderWatchEntity w where w.forceId = :forceId and w.served = false
              and w.returnHearingAt >= :now and w.returnHearingAt < :until and (w.endsAt is null or w.endsAt > :now)""")
    long countUnservedBeforeHearing(UUID forceId, Instant now, Instant until);
}
