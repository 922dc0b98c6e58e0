package org.nmoregister.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.audit.AccessLogMask;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class JpaAccessLog implements AccessLog {

    private static final int MAX_TEXT = 2000;

    private final AccessLogRepository entries;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final AccessLogBatcher batcher;
    private final JdbcTemplate jdbc;

    JpaAccessLog(AccessLogRepository entries, CurrentUsers currentUsers, Clock clock, AccessLogBatcher batcher,
                 JdbcTemplate jdbc) {
        this.batcher = batcher;
        this.jdbc = jdbc;
        this.entries = entries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public void record(AccessAction action, String subjectType, String subjectId, String reason, String detail) {
        recordInForce(currentUsers.require().forceId(), action, subjectType, subjectId, reason, detail);
    }

    /**
     * Inside a transaction (a change, or a read that is part of one) the entry joins it, so it stands or falls with
     * it; outside one (a plain read) it goes through the batcher, which commits it before this returns.
     */
    @Override
    public void recordInForce(UUID forceId, AccessAction action, String subjectType, String subjectId, String reason,
                              String detail) {
        var user = currentUsers.require();
        write(entry(user, new NewEntry(forceId, action, subjectType, subjectId, reason, detail)));
    }

    @Override
    public void recordAll(List<NewEntry> all) {
        if (all.isEmpty()) {
            return;
        }
        var user = currentUsers.require();
        List<AccessLogEntryEntity> written = all.stream().map(e -> entry(user, e)).toList();
        if (inWritingTransaction()) {
            AccessLogBatcher.insert(jdbc, written);
        } else {
            batcher.writeAll(written);
        }
    }

    /** The entry as stored: by the signed-in user, now, every text clipped to its column. */
    private AccessLogEntryEntity entry(CurrentUser user, NewEntry e) {
        return new AccessLogEntryEntity(clock.instant(), clip(user.username(), 200), e.forceId(), user.forceCode(),
                e.action(), clip(e.subjectType(), 40), clip(e.subjectId(), 100), clip(e.reason(), MAX_TEXT),
                clip(e.detail(), MAX_TEXT));
    }

    /** Inside a transaction that writes, an entry joins it (it stands or falls with it). */
    private static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    @Override
    public void recordBySystem(UUID forceId, String forceCode, String process, AccessAction action,
                               String subjectType, String subjectId, String detail) {
        write(new AccessLogEntryEntity(clock.instant(), clip("system:" + process, 200), forceId, forceCode, action,
                clip(subjectType, 40), clip(subjectId, 100), null, clip(detail, MAX_TEXT)));
    }

    private void write(AccessLogEntryEntity entry) {
        if (inWritingTransaction()) {
            AccessLogBatcher.insert(jdbc, List.of(entry));
        } else {
            batcher.write(entry);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> byOtherForces(Instant from, Instant to, int page, int size) {
        var user = currentUsers.require();
        int rows = Math.max(1, Math.min(size, 1000));
        return entries.byOtherForces(user.forceId(), user.forceCode(), from, to,
                        org.springframework.data.domain.PageRequest.of(Math.max(0, page - 1), rows)).stream()
                .map(e -> new Entry(e.id, e.at, e.username, e.forceCode, e.action, e.subjectType, e.subjectId,
                        e.reason, e.detail))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countByOtherForces(Instant from, Instant to) {
        var user = currentUsers.require();
        return entries.countByOtherForces(user.forceId(), user.forceCode(), from, to);
    }
    @Override
    @Transactional
    public int removeTextOnDisposal(java.util.Collection<String> subjectIds, UUID disposalId) {
        var user = currentUsers.require();
        if (subjectIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("update access_log set reason = null, detail = ? where force_id = ? and subject_id = any(?)"
                        + " and detail is distinct from ?", "Text removed on disposal " + disposalId, user.forceId(),
                subjectIds.toArray(String[]::new), "Text removed on disposal " + disposalId);
    }


    @Override
    @Transactional(readOnly = true)
    public List<Entry> search(Query query) {
        var user = currentUsers.require();
        Instant from = query.from() == null ? Instant.EPOCH : query.from();
        Instant to = query.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.to();
        int limit = query.limit() <= 0 ? 200 : Math.min(query.limit(), 1000);
        List<Entry> found = entries.search(user.forceId(), blank(query.username()), blank(query.subjectId()), from,
                        to, Limit.of(limit)).stream()
                .map(e -> new Entry(e.id, e.at, e.username, e.forceCode, e.action, e.subjectType, e.subjectId,
                        e.reason, e.detail))
                .toList();
        AccessLogMask mask = masks.getIfAvailable();
        return mask == null ? found : mask.forCurrentUser(found);
    }

    /** Set by Spring: the orders module's masking rule (a setter, so the log has no hard dependency on it). */
    @org.springframework.beans.factory.annotation.Autowired
    void setMasks(org.springframework.beans.factory.ObjectProvider<AccessLogMask> masks) {
        this.masks = masks;
    }

    private org.springframework.beans.factory.ObjectProvider<AccessLogMask> masks;

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    /**
     * What the log is given may hold what a user typed (a searched name, an address): a NUL byte, which PostgreSQL
     * cannot store, is shown as U+FFFD and the text is cut to its column, so the entry is always written.
     */
    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.replace('\u0000', '\uFFFD').strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
