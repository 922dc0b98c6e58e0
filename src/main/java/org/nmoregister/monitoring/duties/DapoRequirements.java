package org.nmoregister.monitoring.duties;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.monitoring.priority.MonitoredOrders;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A DAPO's notification and electronic-monitoring requirements: what its terms say ({@link DapoTermsReader}), or what
 * the point of contact recorded when they do not say (the record wins: the point of contact checked with the court).
 */
@Service
public class DapoRequirements {

    /** Where the requirements were found. */
    public enum Source { TERMS, POINT_OF_CONTACT, NONE }

    /**
     * The requirements of one order.
     *
     * @param from null when notification is required but nobody has said from when (the point of contact is asked)
     */
    public record Requirements(boolean notification, DapoTermsReader.NotificationFrom from,
                               boolean electronicMonitoring, Source source, String note) {
        public static final Requirements NONE = new Requirements(false, null, false, Source.NONE, null);
    }

    static final int NOTE_LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MonitoredOrders orders;
    private final NotificationDuties duties;

    DapoRequirements(JdbcTemplate jdbc, Clock clock, CurrentUsers currentUsers, AccessLog accessLog,
                     MonitoredOrders orders, @org.springframework.context.annotation.Lazy NotificationDuties duties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.orders = orders;
        this.duties = duties;
    }

    /** The order's requirements (none unless it is a DAPO). */
    public Requirements of(MonitoredOrders.OrderRow order) {
        if (!"DAPO".equals(order.orderType())) {
            return Requirements.NONE;
        }
        return recorded(order.orderId()).orElseGet(() -> fromTerms(order.termsText()));
    }

    static Requirements fromTerms(String termsText) {
        return DapoTermsReader.read(termsText).map(r -> new Requirements(r.notification(), r.from(),
                r.electronicMonitoring(), Source.TERMS, null)).orElse(Requirements.NONE);
    }

    Optional<Requirements> recorded(UUID orderId) {
        return jdbc.query("select notification, notification_from, electronic_monitoring, note from dapo_requirement "
                + "where order_id = ?", (rs, i) -> new Requirements(rs.getBoolean(1), rs.getString(2) == null ? null
                : DapoTermsReader.NotificationFrom.valueOf(rs.getString(2)), rs.getBoolean(3), Source.POINT_OF_CONTACT,
                rs.getString(4)), orderId).stream().findFirst();
    }

    /** The point of contact records the requirements of a DAPO whose terms do not say; the duties follow at once. */
    @Transactional
    public Requirements record(UUID orderId, Boolean notification, String from, Boolean electronicMonitoring,
                               String note) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        if (orderId == null) {
            errors.add(new FieldError("orderId", "Choose the order"));
        }
        if (notification == null) {
            errors.add(new FieldError("notification", "Say whether the order imposes notification requirements"));
        }
        if (electronicMonitoring == null) {
            errors.add(new FieldError("electronicMonitoring", "Say whether the order imposes electronic monitoring"));
        }
        DapoTermsReader.NotificationFrom start = null;
        if (Boolean.TRUE.equals(notification)) {
            try {
                start = from == null ? null : DapoTermsReader.NotificationFrom.valueOf(from.strip());
            } catch (IllegalArgumentException e) {
                start = null;
            }
            if (start == null) {
                errors.add(new FieldError("from", "Say whether the three days run from service or from the order"));
            }
        }
        if (note != null && note.length() > NOTE_LIMIT) {
            errors.add(new FieldError("note", "must be at most " + NOTE_LIMIT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var order = orders.require(user.forceId(), orderId);
        if (!"DAPO".equals(order.orderType())) {
            throw new InvalidRequestException("orderId", "Only a domestic abuse protection order has these requirements");
        }
        jdbc.update("""
                insert into dapo_requirement (order_id, force_id, notification, notification_from,
                    electronic_monitoring, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set notification = excluded.notification,
                    notification_from = excluded.notification_from,
                    electronic_monitoring = excluded.electronic_monitoring, note = excluded.note,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, orderId, user.forceId(), notification, start == null ? null : start.name(), electronicMonitoring,
                note == null || note.isBlank() ? null : note.strip(), java.sql.Timestamp.from(clock.instant()),
                user.username());
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Recorded the DAPO's requirements: notification " + (notification ? "from " + start : "none")
                + ", electronic monitoring " + (electronicMonitoring ? "yes" : "no"));
        duties.ensure(order);
        return of(order);
    }
}
