package org.nmoregister.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.security.CurrentUsers;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAccessLog implements AccessLog {

    private static final int MAX_TEXT = 2000;

    private final AccessLogRepository entries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    JpaAccessLog(AccessLogRepository entries, CurrentUsers currentUsers, Clock clock) {
        this.entries = entries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AccessAction action, String subjectType, String subjectId, String reason, String detail) {
        var user = currentUsers.require();
        entries.save(new AccessLogEntryEntity(clock.instant(), user.username(), user.forceId(), user.forceCode(),
                action, subjectType, subjectId, clip(reason), clip(detail)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> search(Query query) {
        var user = currentUsers.require();
        Instant from = query.from() == null ? Instant.EPOCH : query.from();
        Instant to = query.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.to();
        int limit = query.limit() <= 0 ? 200 : Math.min(query.limit(), 1000);
        return entries.search(user.forceId(), blank(query.username()), blank(query.subjectId()), from, to,
                        Limit.of(limit)).stream()
                .map(e -> new Entry(e.id, e.at, e.username, e.forceCode, e.action, e.subjectType, e.subjectId,
                        e.reason, e.detail))
                .toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    private static String clip(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }
}
