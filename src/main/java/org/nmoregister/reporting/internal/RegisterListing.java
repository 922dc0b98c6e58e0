package org.nmoregister.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderListing;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderType;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register list over reporting's views ({@code reporting_order}, {@code reporting_quality},
 * {@code reporting_breach}): filtered and counted in SQL, in the user's force only; each row's status derived by
 * {@link OrderStatusRule} from the instants the view reads; every row masked by {@link Confidentiality} and its
 * consultation written to the access log.
 */
@Service
public class RegisterListing implements OrderListing {

    private static final String AWAITING = "exists (select 1 from reporting_quality q where q.order_id = o.order_id "
            + "and q.status in ('PENDING_QA', 'QUERIED'))";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final Confidentiality confidentiality;
    private final AccessLog accessLog;
    private final Clock clock;

    RegisterListing(NamedParameterJdbcTemplate jdbc, CurrentUsers currentUsers, ForceDirectory forces,
                    Confidentiality confidentiality, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.confidentiality = confidentiality;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Page list(Query query) {
        return read(query, query.size(), (long) (query.page() - 1) * query.size(), AccessAction.SEARCH,
                "Listed in the register", Long.MAX_VALUE);
    }

    /**
     * Every row of the list the query describes (all its pages), for a download: refused with 400 when there are more
     * than {@code max}; each row's disclosure written to the access log as an export.
     */
    @Transactional
    public Page export(Query query, int max) {
        return read(query, max, 0, AccessAction.EXPORT, "Downloaded from the register", max);
    }

    private Page read(Query query, int limit, long offset, AccessAction action, String what, long max) {
        CurrentUser user = currentUsers.require();
        StatementPlans.forTheValues(jdbc);
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource("force", user.forceId())
                .addValue("now", Timestamp.from(now));
        String where = where(query, params, now);
        // The count stops one past what the answer needs: past COUNT_LIMIT or past this page for a page (so whether
        // there is a next page is known), one past the most a download holds for a download. Counting all 200,000
        // orders of a large force on every page read every entry of an index.
        long enough = max == Long.MAX_VALUE ? Math.max(COUNT_LIMIT, offset + limit) : max;
        params.addValue("countUpTo", enough + 1);
        long counted = jdbc.queryForObject("select count(*) from (select 1 from reporting_order o where " + where
                + " limit :countUpTo) c", params, Long.class);
        boolean exact = counted <= enough;
        long total = exact ? counted : enough;
        if (!exact && max != Long.MAX_VALUE) {
            throw new org.nmoregister.platform.InvalidRequestException("status", "the list has more than " + max
                    + " orders; a download holds at most " + max + ", so choose filters that list fewer");
        }
        params.addValue("limit", limit).addValue("offset", offset);
        Map<UUID, String> districtNames = forces.require(user.forceId()).districts().stream()
                .collect(Collectors.toMap(Force.District::id, Force.District::name, (a, b) -> a));
        List<Row> rows = jdbc.query("select o.*, " + AWAITING + " as awaiting_quality, "
                + "(select count(*) from reporting_breach b where b.order_id = o.order_id) as breaches, "
                + "p.respondent_name, p.applicant_name, "
                + "(select d.district_id from reporting_order_district d where d.order_id = o.order_id limit 1) "
                + "as district_id "
                + "from (select * from reporting_order o where " + where + " order by " + order(query)
                + " limit :limit offset :offset) o left join reporting_order_party p on p.order_id = o.order_id "
                + "order by " + order(query), params, (rs, n) -> row(rs, now, districtNames));
        List<Row> shown = new ArrayList<>(rows.size());
        List<AccessLog.NewEntry> consulted = new ArrayList<>(rows.size());
        String filters = describe(query);
        for (Row row : rows) {
            shown.add(confidentiality.forCurrentUser(row, row.orderId()));
            consulted.add(new AccessLog.NewEntry(user.forceId(), action, "order", row.orderId().toString(), null,
                    what + " (" + filters + ")"));
        }
        // every row's consultation in one write (one batch in this transaction), not one statement per row
        accessLog.recordAll(consulted);
        return new Page(shown, total, exact, query.page(), query.size());
    }

    static String where(Query query, MapSqlParameterSource params, Instant now) {
        List<String> and = new ArrayList<>();
        and.add("o.force_id = :force");
        String discharged = "(o.discharged_at is not null and o.discharged_at <= :now)";
        String expired = "(o.ends_at is not null and o.ends_at <= :now)";
        String served = "(o.served_at is not null and o.served_at <= :now)";
        if (query.status() != null) {
            and.add(switch (query.status()) {
                case DISCHARGED -> discharged;
                case EXPIRED -> "not " + discharged + " and " + expired;
                case IN_FORCE -> "o.made_at <= :now and not " + discharged + " and not " + expired + " and " + served;
                case PENDING_SERVICE -> "o.made_at <= :now and not " + discharged + " and not " + expired
                        + " and not " + served;
            });
        }
        if (query.type() != null) {
            and.add("o.order_type = :type");
            params.addValue("type", query.type().name());
        }
        if (query.districtId() != null) {
            // a semi-join on the kept district (V78), not "= any(array(...))": PostgreSQL compares each order with
            // every element of an array built by a subquery, which at 200,000 orders took seconds
            and.add("exists (select 1 from reporting_order_district d where d.order_id = o.order_id "
                    + "and d.district_id = :district)");
            params.addValue("district", query.districtId());
        }
        if (query.court() != null && !query.court().isBlank()) {
            and.add("o.court_key = :court");
            params.addValue("court", courtKey(query.court()));
        }
        if (query.endingWithinDays() != null) {
            and.add("not " + discharged + " and o.ends_at > :now and o.ends_at <= :endBy");
            params.addValue("endBy", Timestamp.from(now.plus(Duration.ofDays(query.endingWithinDays()))));
        }
        if (query.unserved()) {
            and.add("not " + discharged + " and not " + expired + " and not " + served);
        }
        if (query.awaitingQuality()) {
            and.add(AWAITING);
        }
        if (query.withBreach()) {
            and.add("exists (select 1 from reporting_breach b where b.order_id = o.order_id)");
        }
        return String.join(" and ", and);
    }

    /** The court as the orders module keys it: lower case, spaces collapsed. */
    static String courtKey(String court) {
        return court.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String order(Query query) {
        String direction = query.descending() ? " desc" : " asc";
        String column = switch (query.sort() == null ? Sort.MADE : query.sort()) {
            case MADE -> "o.made_at";
            case ENDS -> "o.ends_at";
            case COURT -> "o.court_key";
            case CASE_NUMBER -> "o.case_number";
            case TYPE -> "o.order_type";
        };
        // Only the end can be missing (until further order): "nulls last" on a column that is never null would stop
        // PostgreSQL reading the page in order from the (force, column, id) index (V79) when the direction is "desc"
        boolean nullable = column.equals("o.ends_at");
        return column + direction + (nullable ? " nulls last" : "") + ", o.order_id" + direction;
    }

    private Row row(ResultSet rs, Instant now, Map<UUID, String> districtNames) throws SQLException {
        Instant made = instant(rs, "made_at");
        Instant ends = instant(rs, "ends_at");
        Instant discharged = instant(rs, "discharged_at");
        Instant servedAt = instant(rs, "served_at");
        OrderStatus status = new OrderStatusRule.Timeline(made, ends, discharged, servedAt).statusAt(now)
                .orElse(OrderStatus.PENDING_SERVICE);
        UUID district = rs.getObject("district_id", UUID.class);
        return new Row(rs.getObject("order_id", UUID.class), rs.getString("court"), rs.getString("case_number"),
                OrderType.valueOf(rs.getString("order_type")), rs.getString("respondent_name"),
                rs.getString("applicant_name"), made, ends, status, servedAt != null && !servedAt.isAfter(now),
                rs.getBoolean("awaiting_quality"), rs.getInt("breaches"),
                district == null ? null : districtNames.get(district));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String describe(Query q) {
        List<String> parts = new ArrayList<>();
        if (q.status() != null) {
            parts.add("status " + q.status());
        }
        if (q.type() != null) {
            parts.add("type " + q.type());
        }
        if (q.districtId() != null) {
            parts.add("district " + q.districtId());
        }
        if (q.court() != null && !q.court().isBlank()) {
            parts.add("court " + q.court().strip());
        }
        if (q.endingWithinDays() != null) {
            parts.add("ending within " + q.endingWithinDays() + " days");
        }
        if (q.unserved()) {
            parts.add("unserved");
        }
        if (q.awaitingQuality()) {
            parts.add("awaiting quality assurance");
        }
        if (q.withBreach()) {
            parts.add("with a breach");
        }
        return (parts.isEmpty() ? "all orders" : String.join(", ", parts)) + "; page " + q.page();
    }

}
