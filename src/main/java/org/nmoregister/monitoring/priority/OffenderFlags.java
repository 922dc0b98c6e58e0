package org.nmoregister.monitoring.priority;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrated offender management (IOM) and MAPPA flags on a respondent, recorded by the point of contact through one
 * of the respondent's orders (the register has no feed from those schemes). A standing flag is a reason to suggest
 * the respondent as a priority subject.
 */
@Service
public class OffenderFlags {

    public record FlagView(UUID id, String respondentName, UUID orderId, String kind, String detail,
                           Instant recordedAt, String recordedBy, Instant withdrawnAt, String withdrawnBy) {
    }

    static final int DETAIL_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MonitoredOrders orders;

    OffenderFlags(JdbcTemplate jdbc, Clock clock, CurrentUsers currentUsers, AccessLog accessLog,
                  MonitoredOrders orders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.orders = orders;
    }

    @Transactional
    public FlagView record(UUID orderId, String kind, String detail) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        if (orderId == null) {
            errors.add(new FieldError("orderId", "Choose the order whose respondent is flagged"));
        }
        if (kind == null || !List.of("IOM", "MAPPA").contains(kind.strip())) {
            errors.add(new FieldError("kind", "Choose IOM or MAPPA"));
        }
        if (detail != null && detail.length() > DETAIL_LIMIT) {
            errors.add(new FieldError("detail", "must be at most " + DETAIL_LIMIT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var order = orders.require(user.forceId(), orderId);
        Integer standing = jdbc.queryForObject("select count(*) from offender_management_flag where force_id = ? and "
                + "respondent_key = ? and kind = ? and withdrawn_at is null", Integer.class, user.forceId(),
                order.respondentKey(), kind.strip());
        if (standing != null && standing > 0) {
            throw new ConflictException("The respondent already has a standing " + kind.strip() + " flag.");
        }
        UUID id = UUID.randomUUID();
        jdbc.update("insert into offender_management_flag (id, force_id, respondent_key, respondent_name, order_id, "
                + "kind, detail, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, user.forceId(),
                order.respondentKey(), order.respondentName(), orderId, kind.strip(),
                detail == null || detail.isBlank() ? null : detail.strip(), Suggestions.ts(clock.instant()),
                user.username());
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Recorded a " + kind.strip() + " flag on the respondent");
        return find(user, id);
    }

    @Transactional
    public FlagView withdraw(UUID id) {
        CurrentUser user = currentUsers.require();
        FlagView flag = find(user, id);
        if (jdbc.update("update offender_management_flag set withdrawn_at = ?, withdrawn_by = ? where id = ? and "
                + "withdrawn_at is null", Suggestions.ts(clock.instant()), user.username(), id) != 1) {
            throw new ConflictException("The flag was already withdrawn.");
        }
        accessLog.record(AccessAction.CHANGE, "order", flag.orderId().toString(), null,
                "Withdrew the " + flag.kind() + " flag on the respondent");
        return find(user, id);
    }

    /** The standing flags on the order's respondent (not logged: the caller logs the page). */
    @Transactional(readOnly = true)
    public List<FlagView> ofOrdersRespondent(UUID orderId) {
        CurrentUser user = currentUsers.require();
        var order = orders.require(user.forceId(), orderId);
        return jdbc.query("select * from offender_management_flag where force_id = ? and respondent_key = ? and "
                + "withdrawn_at is null order by recorded_at", (rs, i) -> map(rs), user.forceId(),
                order.respondentKey());
    }

    private FlagView find(CurrentUser user, UUID id) {
        return jdbc.query("select * from offender_management_flag where force_id = ? and id = ?", (rs, i) -> map(rs),
                user.forceId(), id).stream().findFirst().orElseThrow(() -> new NotFoundException("flag " + id));
    }

    private static FlagView map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FlagView(rs.getObject("id", UUID.class), rs.getString("respondent_name"),
                rs.getObject("order_id", UUID.class), rs.getString("kind"), rs.getString("detail"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                MonitoredOrders.instant(rs.getTimestamp("withdrawn_at")), rs.getString("withdrawn_by"));
    }
}
