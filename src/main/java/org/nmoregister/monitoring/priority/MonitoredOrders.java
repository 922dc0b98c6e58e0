package org.nmoregister.monitoring.priority;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.breaches.BreachReported;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.StorableTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The monitoring module's read model of orders and breaches, kept from the events the orders and breaches modules
 * publish (never by reading their tables): each order's respondent, dates and terms, and each breach reported. The
 * listeners only write what the event says; the suggestions are worked out by the sweep ({@link Suggestions}).
 */
@Component
public class MonitoredOrders {

    /** One order as monitoring knows it. */
    public record OrderRow(UUID orderId, UUID forceId, String respondentKey, String respondentName,
                           LocalDate respondentDob, String court, String caseNumber, String orderType, Instant madeAt,
                           Instant firstServedAt, Instant endsAt, String termsText) {

        public boolean endedAt(Instant now) {
            return endsAt != null && !endsAt.isAfter(now);
        }
    }

    private static final int TEXT_LIMIT = 200;

    private final JdbcTemplate jdbc;

    MonitoredOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderVersionRecorded recorded) {
        remember(recorded.order());
    }

    @ApplicationModuleListener
    void on(BreachReported reported) {
        jdbc.update("""
                insert into monitoring_breach (report_id, force_id, order_id, reference, reported_at)
                values (?, ?, ?, ?, ?) on conflict (report_id) do nothing
                """, reported.reportId(), reported.forceId(), reported.orderId(), cut(reported.reference(), 40),
                Timestamp.from(reported.reportedAt()));
    }

    /** Writes the version into the read model unless a later version's is there already. */
    void remember(OrderSnapshot version) {
        OrderDetails d = version.details();
        String name = d.respondent() == null || d.respondent().name() == null ? "" : d.respondent().name().strip();
        LocalDate dob = d.respondent() == null ? null : d.respondent().dateOfBirth();
        Instant served = d.service().stream().map(ServiceRecord::servedAt).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Instant ends = OrderStatusRule.ending(d).map(OrderStatusRule.Ending::at).orElse(null);
        String terms = d.terms().stream().map(t -> t.number() + ". " + t.text()).collect(Collectors.joining("\n"));
        jdbc.update("""
                insert into monitoring_order (order_id, force_id, version, respondent_key, respondent_name,
                    respondent_dob, court, case_number, order_type, made_at, first_served_at, ends_at, terms_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set version = excluded.version,
                    respondent_key = excluded.respondent_key, respondent_name = excluded.respondent_name,
                    respondent_dob = excluded.respondent_dob, court = excluded.court,
                    case_number = excluded.case_number, order_type = excluded.order_type,
                    made_at = excluded.made_at, first_served_at = excluded.first_served_at,
                    ends_at = excluded.ends_at, terms_text = excluded.terms_text
                where monitoring_order.version < excluded.version
                """, version.orderId(), version.forceId(), version.version(), cut(RespondentKey.of(name, dob), 300),
                cut(name, TEXT_LIMIT), dob, cut(d.court(), 200), cut(d.caseNumber(), 60),
                d.orderType() == null ? null : d.orderType().name(), ts(d.madeAt()), ts(served),
                ts(StorableTime.clamp(ends)), terms);
    }

    /** An order of the force. */
    public Optional<OrderRow> order(UUID forceId, UUID orderId) {
        return jdbc.query("select * from monitoring_order where force_id = ? and order_id = ?", ROW, forceId,
                orderId).stream().findFirst();
    }

    public OrderRow require(UUID forceId, UUID orderId) {
        return order(forceId, orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    }

    /** The respondent's orders in the force, newest first. */
    public List<OrderRow> ofRespondent(UUID forceId, String respondentKey) {
        return jdbc.query("select * from monitoring_order where force_id = ? and respondent_key = ? "
                + "order by made_at desc nulls last", ROW, forceId, respondentKey);
    }

    public static final RowMapper<OrderRow> ROW = (rs, i) -> new OrderRow(rs.getObject("order_id", UUID.class),
            rs.getObject("force_id", UUID.class), rs.getString("respondent_key"), rs.getString("respondent_name"),
            rs.getObject("respondent_dob", LocalDate.class), rs.getString("court"), rs.getString("case_number"),
            rs.getString("order_type"), instant(rs.getTimestamp("made_at")),
            instant(rs.getTimestamp("first_served_at")), instant(rs.getTimestamp("ends_at")),
            rs.getString("terms_text"));

    public static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    public static String cut(String value, int limit) {
        return value == null ? null : value.length() > limit ? value.substring(0, limit) : value;
    }
}
