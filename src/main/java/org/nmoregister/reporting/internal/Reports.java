package org.nmoregister.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.reporting.internal.Report.Counts;
import org.nmoregister.reporting.internal.Report.Figure;
import org.nmoregister.reporting.internal.Report.Section;
import org.nmoregister.reporting.internal.Report.TimeRow;
import org.nmoregister.reporting.internal.Report.Times;
import org.nmoregister.reporting.rules.Suppression;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the figures with SQL over reporting's read-only views (V65), for the signed-in user's force, or one of its
 * districts, over a date range. Percentiles are worked out in SQL too ({@code percentile_cont}); the
 * small-number rule ({@link Suppression}) is applied to every count in a district and to the breakdown by district.
 */
@Service
public class Reports {

    /** The longest range a report may cover. */
    public static final int MAX_DAYS = 3 * 366;
    public static final int MAX_SERVED_WITHIN_DAYS = 365;

    private static final List<String> CHANNELS = List.of("COURT_FEED", "EMAIL", "UPLOAD", "MANUAL");
    private static final List<String> REPORTERS = List.of("OFFICER", "CONTROL_ROOM", "PARTNER_AGENCY", "VICTIM",
            "WITNESS", "OTHER");
    private static final List<String> CHECKS = List.of("LIKELY_BREACH", "POSSIBLE_BREACH", "NOT_COVERED");
    private static final List<String> ARRESTS = List.of("ARRESTED", "NOT_ARRESTED", "SUSPECT_NOT_LOCATED");
    private static final List<String> OUTCOMES = List.of("CHARGED", "CAUTIONED", "CONTEMPT_APPLICATION",
            "NO_FURTHER_ACTION");
    private static final List<String> LEVELS = List.of("HIGH", "MEDIUM", "STANDARD");
    private static final List<String> DECISIONS = List.of("EXTENSION_APPLIED", "ANOTHER_ORDER", "VICTIM_DECLINES",
            "NO_FURTHER_ACTION");
    private static final List<String> RESPONSE_KINDS = List.of("ATTENDANCE", "TELEPHONE", "VIDEO");
    private static final List<String> LIAISON_KINDS = java.util.Arrays.stream(
            org.nmoregister.quality.LiaisonKind.values()).map(Enum::name).toList();

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final Labels labels;
    private final Clock clock;
    private final Duration triageTarget;
    private final Duration qualityTarget;
    private final Duration flagsTarget;
    private final Duration crimeTarget;
    /** Each figure's pass in a read-only transaction of its own, with the generic plans. */
    private final TransactionTemplate readOnly;
    /**
     * The passes of every report being made, at most this many at once: its own small pool, not a bean (defining an
     * Executor bean would replace Spring Boot's default one), so reports never hold more than that many of the
     * database's connections between them.
     */
    private final ThreadPoolTaskExecutor passes = new ThreadPoolTaskExecutor();
    /**
     * The memory each sort or hash of a pass may use before it spills to disk (PostgreSQL's {@code work_mem}, for the
     * pass's transaction only). The default 4 MB spills the percentiles' sorts and the repeat people's hash of a
     * year's or three years' rows; 8 MB holds three years of a large force's (docs/benchmarks.md). At most
     * {@code parallel-passes} passes run at once, each with a few sorts or hashes (a hash may use twice this), so
     * the reports use at most about 4 × 32 MB of the database server's memory at the defaults.
     */
    private final String passMemory;

    Reports(NamedParameterJdbcTemplate jdbc, CurrentUsers currentUsers, ForceDirectory forces, Labels labels,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${nmo.intake.triage-target:PT24H}") Duration triageTarget,
            @Value("${nmo.reporting.targets.quality-assurance:PT48H}") Duration qualityTarget,
            @Value("${nmo.reporting.targets.flags:PT72H}") Duration flagsTarget,
            @Value("${nmo.reporting.targets.crime-recorded:PT24H}") Duration crimeTarget,
            @Value("${nmo.reporting.parallel-passes:4}") int parallelPasses,
            @Value("${nmo.reporting.pass-memory:8MB}") String passMemory) {
        if (parallelPasses < 1) {
            throw new IllegalArgumentException("nmo.reporting.parallel-passes must be at least 1");
        }
        // a setting, but written into a statement: only a size in PostgreSQL's units
        if (!passMemory.matches("[1-9][0-9]{0,5}(kB|MB|GB)")) {
            throw new IllegalArgumentException("nmo.reporting.pass-memory must be a size such as 8MB, not "
                    + passMemory);
        }
        this.passMemory = passMemory;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        passes.setCorePoolSize(parallelPasses);
        passes.setMaxPoolSize(parallelPasses);
        passes.setQueueCapacity(500);
        passes.setThreadNamePrefix("report-pass-");
        passes.setDaemon(true);
        // past 500 waiting passes the request's own thread runs its pass: slower, never refused
        passes.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        passes.initialize();
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.labels = labels;
        this.clock = clock;
        this.triageTarget = triageTarget;
        this.qualityTarget = qualityTarget;
        this.flagsTarget = flagsTarget;
        this.crimeTarget = crimeTarget;
    }

    /**
     * The scope asked for, checked: dates as yyyy-mm-dd, from no later than to, at most {@link #MAX_DAYS} days, a
     * district of the user's own force. Missing dates mean this month so far.
     */
    public Report.Scope scope(String from, String to, String district, String servedWithinDays) {
        CurrentUser user = currentUsers.require();
        Force force = forces.require(user.forceId());
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(UkTime.LONDON));
        LocalDate start = date("from", from, today.withDayOfMonth(1), errors);
        LocalDate end = date("to", to, today, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new InvalidRequestException.FieldError("to", "must be on or after the from date"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new InvalidRequestException.FieldError("to",
                        "must be within " + MAX_DAYS + " days of the from date (three years)"));
            }
        }
        Force.District chosen = null;
        if (district != null && !district.isBlank()) {
            chosen = force.districts().stream()
                    .filter(d -> d.id().toString().equalsIgnoreCase(district.strip())
                            || d.code().equalsIgnoreCase(district.strip()))
                    .findFirst().orElse(null);
            if (chosen == null) {
                errors.add(new InvalidRequestException.FieldError("district", "must be one of your force's districts"));
            }
        }
        int within = 7;
        if (servedWithinDays != null && !servedWithinDays.isBlank()) {
            try {
                within = Integer.parseInt(servedWithinDays.strip());
            } catch (NumberFormatException e) {
                within = -1;
            }
            if (within < 0 || within > MAX_SERVED_WITHIN_DAYS) {
                errors.add(new InvalidRequestException.FieldError("servedWithinDays",
                        "must be a whole number from 0 to " + MAX_SERVED_WITHIN_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Report.Scope(force.id(), force.name(), chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.name(), start, end, within);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise,
                                  List<InvalidRequestException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2199) {
                errors.add(new InvalidRequestException.FieldError(field, "must be a date from 2000 to 2199"));
                return null;
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new InvalidRequestException.FieldError(field, "must be a date written as 2026-01-31"));
            return null;
        }
    }

    @PreDestroy
    void stopPasses() {
        passes.shutdown();
    }

    /**
     * The report: its figures' passes run side by side (at most {@code nmo.reporting.parallel-passes} at once, across
     * all the reports being made), each in a read-only transaction of its own with the generic plans
     * ({@link StatementPlans#generic}), instead of one after another in one transaction. A report is about 16
     * statements, each counting up to three years of one table's rows from its own index: side by side they use the
     * database's cores instead of one (docs/benchmarks.md, "Register list and reports"). The cost: the figures are
     * read a few milliseconds apart rather than from one snapshot, so a record written while the report is made may
     * be in one figure and not yet in another, as if the report had been asked a moment earlier or later for those.
     * Figures that share a pass (the breach counts, the orders made) read it once (see {@link Query#once}), and those
     * that only count from such a pass are worked out afterwards on the request's own thread, with no statement.
     */
    public Report report(Report.Scope scope) {
        Query q = new Query(scope);
        // the figures that read the database, the longest passes first; small ones share a transaction
        CompletableFuture<List<Figure>> channels = figures(() -> List.of(channels(q)));
        CompletableFuture<List<Figure>> breachReporters = figures(() -> List.of(breachReporters(q)));
        CompletableFuture<List<Figure>> orderChanges = figures(() -> List.of(orderChanges(q)));
        CompletableFuture<List<Figure>> intakeTimes = figures(() -> List.of(intakeTimes(q)));
        CompletableFuture<List<Figure>> breachTimes = figures(() -> List.of(breachTimes(q)));
        CompletableFuture<List<Figure>> repeats = figures(() -> List.of(repeats(q)));
        CompletableFuture<List<Figure>> dissemination = figures(() -> List.of(inTime(q, "DISSEMINATION",
                "dissemination", "Briefings to districts acknowledged in time")));
        CompletableFuture<List<Figure>> inForce = figures(() -> List.of(inForceAtMonthEnd(q)));
        CompletableFuture<List<Figure>> byDistrict = figures(() -> scope.suppress() ? List.of()
                : List.of(breachesByDistrict(q)));
        CompletableFuture<List<Figure>> risk = figures(() -> List.of(riskLevels(q), marac(q)));
        CompletableFuture<List<Figure>> courts = figures(() -> List.of(liaison(q), courtResponses(q)));
        CompletableFuture<List<Figure>> expiry = figures(() -> List.of(expiry(q)));
        List<Figure> intake = done(channels, intakeTimes, courts);
        List<Figure> register = done(orderChanges, inForce);
        List<Figure> breaches = done(breachReporters, breachTimes, repeats, byDistrict);
        List<Figure> safeguarding = done(risk, dissemination, expiry);
        // the rest count from the groupings those passes read (Query.once), already there: no statement of their own
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("intake", "Intake", intake));
        sections.add(new Section("register", "The register", List.of(register.get(0), register.get(1), byType(q),
                byRelationship(q), served(q))));
        List<Figure> breachFigures = new ArrayList<>(List.of(breaches.get(0), breachChecks(q), crimed(q), arrests(q),
                breaches.get(1), outcomes(q), breaches.get(2)));
        breachFigures.addAll(breaches.subList(3, breaches.size()));
        sections.add(new Section("breaches", "Breaches", breachFigures));
        sections.add(new Section("risk", "Risk and safeguarding", List.of(safeguarding.get(0), safeguarding.get(1),
                safeguarding.get(2), inTime(q, "VICTIM_CONTACT", "victim-contact", "Victims contacted in time"),
                safeguarding.get(3))));
        sections.add(new Section("months", "By month", List.of(
                monthly(q, "notifications-by-month", "Notifications received, by month",
                        q.notificationCountBy(1, List.of(), false)),
                monthly(q, "orders-by-month", "Orders made, by month", q.madeCountBy(3, List.of(), false)),
                monthly(q, "breaches-by-month", "Breaches reported, by month", q.breachCountBy(5, List.of(), false)))));
        return new Report(scope, sections, clock.instant());
    }

    /** Figures worked out on the passes' pool in a read-only transaction of their own, with the generic plans. */
    private CompletableFuture<List<Figure>> figures(Supplier<List<Figure>> figures) {
        return CompletableFuture.supplyAsync(() -> readOnly.execute(status -> {
            StatementPlans.generic(jdbc);
            // the sorts of the percentiles and the hash of the repeat people's keys in memory, not spilled to disk
            jdbc.getJdbcTemplate().execute("set local work_mem = '" + passMemory + "'");
            return figures.get();
        }), passes);
    }

    /** The figures, in order, once worked out; a pass that failed fails the report with its own exception. */
    @SafeVarargs
    private static List<Figure> done(CompletableFuture<List<Figure>>... figures) {
        List<Figure> done = new ArrayList<>();
        for (CompletableFuture<List<Figure>> figure : figures) {
            try {
                done.addAll(figure.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return done;
    }

    /**
     * The parameters every query shares, and the district condition. Read by the figures' passes side by side, so
     * every parameter is added here, before any pass starts, and never afterwards (a pass that needs its own adds
     * them to a copy, see {@link #times}).
     */
    private final class Query {
        final Report.Scope scope;
        final MapSqlParameterSource params;
        /** The month ends "in force" is counted at (each month's end, or now for this month), and their labels. */
        final List<String> monthLabels = new ArrayList<>();
        final Timestamp[] monthEnds;
        /** The groupings figures share, each read by the first figure that needs it (see once). */
        private final Map<String, CompletableFuture<List<Object[]>>> shared = new ConcurrentHashMap<>();

        Query(Report.Scope scope) {
            this.scope = scope;
            List<Timestamp> ends = new ArrayList<>();
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
            YearMonth lastMonth = YearMonth.from(scope.to());
            for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                LocalDate last = m.atEndOfMonth().isAfter(scope.to()) ? scope.to() : m.atEndOfMonth();
                java.time.Instant at = last.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
                if (at.isAfter(clock.instant())) {
                    at = clock.instant();
                }
                ends.add(Timestamp.from(at));
                monthLabels.add(m.format(month));
            }
            this.monthEnds = ends.toArray(Timestamp[]::new);
            this.params = new MapSqlParameterSource("force", scope.forceId())
                    .addValue("from", Timestamp.from(scope.start()))
                    .addValue("to", Timestamp.from(scope.end()))
                    .addValue("now", Timestamp.from(clock.instant()))
                    .addValue("district", scope.districtId())
                    .addValue("crimeTargetSeconds", crimeTarget.toSeconds())
                    .addValue("servedWithin", scope.servedWithinDays())
                    .addValue("monthEnds", monthEnds)
                    .addValue("lastMonthEnd", monthEnds[monthEnds.length - 1]);
            for (String kind : RESPONSE_KINDS) {
                params.addValue("responseKind_" + kind, kind);
            }
            for (String kind : LIAISON_KINDS) {
                params.addValue("liaisonKind_" + kind, kind);
            }
        }

        /**
         * A grouping several figures share, read once: the first figure to need it reads it, on its own thread, and
         * the others wait for it (never for a pass still queued, so no figure can wait for one that cannot start).
         */
        List<Object[]> once(String name, Supplier<List<Object[]>> read) {
            CompletableFuture<List<Object[]>> mine = new CompletableFuture<>();
            CompletableFuture<List<Object[]>> first = shared.putIfAbsent(name, mine);
            if (first != null) {
                return first.join();
            }
            try {
                List<Object[]> rows = read.get();
                mine.complete(rows);
                return rows;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }

        /** Rows of a view with an order_id, kept to the district's orders when a district is chosen. */
        String district(String alias) {
            // a semi-join on the kept district (V78): "= any(array(select ...))" compares each row with every order of
            // the district, which took 42 s for one district's breaches at 150,000
            // (the kept district's alias is one no figure uses: named "d" it shadowed the expiry decisions' "d", so
            // "d.order_id = d.order_id" held for every decision and a district was shown its force's decisions)
            return scope.districtId() == null ? "" : " and exists (select 1 from reporting_order_district kept where "
                    + "kept.order_id = " + alias + ".order_id and kept.district_id = :district)";
        }

        String orderDistrict() {
            return district("o");
        }

        Map<String, Long> countBy(String sql, List<String> keys, boolean otherRow) {
            Map<String, Long> counts = new LinkedHashMap<>();
            keys.forEach(k -> counts.put(k, 0L));
            jdbc.query(sql, params, rs -> {
                String key = rs.getString(1);
                if (key == null) {
                    key = "NONE";
                } else if (!counts.containsKey(key) && otherRow) {
                    key = "OTHER";
                }
                counts.merge(key, rs.getLong(2), Long::sum);
            });
            return counts;
        }

        /**
         * One breach figure's counts by the column given (0 reporter, 1 check outcome, 2 crimed within the target,
         * 3 arrest decision, 4 outcome, 5 the UK month reported in), from one pass over the period's breaches grouped
         * by all six at once (at most a few thousand groups) instead of a pass per figure; null keys and unknown keys
         * read as countBy reads them. The pass reads the breach figures index alone (V87: the first incident's
         * outcome is kept on the report), and "within the target" compares instants ({@code crimed <= reported +
         * target}, the same as the seconds between them being at most the target's) instead of working out a
         * duration per breach.
         */
        Map<String, Long> breachCountBy(int column, List<String> keys, boolean otherRow) {
            List<Object[]> breachGroups = once("breaches", () -> groups("select b.reporter_kind, b.check_outcome, "
                    + "case when b.crimed_at is null then 'NOT_CRIMED' when b.crimed_at <= b.reported_at "
                    + "+ make_interval(secs => :crimeTargetSeconds) then 'WITHIN' else 'LATER' end, "
                    + "b.arrest_decision, b.outcome, " + MONTH.formatted("b.reported_at") + ", count(*)"
                    + breaches(this) + " group by 1, 2, 3, 4, 5, 6", 6, 5));
            return countFrom(breachGroups, column, keys, otherRow);
        }

        /**
         * The counts of notifications received in the period by the column given (0 channel, 1 the UK month), from
         * one pass grouped by both.
         */
        Map<String, Long> notificationCountBy(int column, List<String> keys, boolean otherRow) {
            List<Object[]> notificationGroups = once("notifications", () -> groups("select n.source, "
                    + MONTH.formatted("n.received_at") + ", count(*) from reporting_notification n "
                    + "where n.force_id = :force" + district("n")
                    + " and n.received_at >= :from and n.received_at < :to group by 1, 2", 2, 1));
            return countFrom(notificationGroups, column, keys, otherRow);
        }

        /**
         * The counts of orders made in the period by the column given (0 type, 1 relationship, 2 served within the
         * scope's days, 3 the UK month made in), from one pass grouped by all four, as {@link #breachCountBy} does
         * for breaches.
         */
        Map<String, Long> madeCountBy(int column, List<String> keys, boolean otherRow) {
            List<Object[]> madeGroups = once("orders made", () -> groups("select o.order_type, o.relationship, "
                    + "case when o.served_at is null then 'NOT_SERVED' when o.served_at <= o.made_at "
                    + "+ make_interval(days => :servedWithin) then 'WITHIN' else 'LATER' end, "
                    + MONTH.formatted("o.made_at") + ", count(*) from reporting_order o where o.force_id = :force"
                    + orderDistrict() + " and o.made_at >= :from and o.made_at < :to group by 1, 2, 3, 4", 4, 3));
            return countFrom(madeGroups, column, keys, otherRow);
        }

        private List<Object[]> groups(String sql, int columns) {
            return groups(sql, columns, -1);
        }

        /** The same, with the column (from 0) that is a {@link #MONTH} read back as its yyyy-mm key. */
        private List<Object[]> groups(String sql, int columns, int monthColumn) {
            return jdbc.query(sql, params, (rs, n) -> {
                Object[] row = new Object[columns + 1];
                for (int i = 0; i < columns; i++) {
                    if (i == monthColumn) {
                        java.time.OffsetDateTime start = rs.getObject(i + 1, java.time.OffsetDateTime.class);
                        row[i] = start == null ? null : start.atZoneSameInstant(UkTime.LONDON).format(MONTH_KEY);
                    } else {
                        row[i] = rs.getString(i + 1);
                    }
                }
                row[columns] = rs.getLong(columns + 1);
                return row;
            });
        }

        /** Sums a grouping's counts by one of its columns, reading null and unknown keys as countBy does. */
        private static Map<String, Long> countFrom(List<Object[]> groups, int column, List<String> keys,
                                                   boolean otherRow) {
            Map<String, Long> counts = new LinkedHashMap<>();
            keys.forEach(k -> counts.put(k, 0L));
            for (Object[] row : groups) {
                String key = (String) row[column];
                if (key == null) {
                    key = "NONE";
                } else if (!counts.containsKey(key) && otherRow) {
                    key = "OTHER";
                }
                counts.merge(key, (Long) row[row.length - 1], Long::sum);
            }
            return counts;
        }

        /**
         * The time rows of one figure from one pass over {@code from} (a FROM clause with its WHERE): for each span,
         * how many rows it has, their median and 90th percentile in hours and how many are within its target, worked
         * out in SQL ({@code percentile_cont}: linear interpolation between the closest ranks, as a spreadsheet's
         * PERCENTILE.INC, so a figure can be checked by hand) rather than by sending every duration to Java (up to
         * 100,000 a row over three years). The hours are the seconds cast to a double and divided by 3600, and the
         * target compared with them in hours, as Java did, so every figure is the one it worked out before.
         */
        List<TimeRow> times(String from, List<Span> spans) {
            // the hours of each span are worked out once a row, in the inner select, as null where the span does not
            // apply (percentile_cont and count leave nulls out)
            StringBuilder inner = new StringBuilder("select ");
            StringBuilder sql = new StringBuilder("select ");
            // the targets on a copy of the shared parameters: other figures' passes read those at the same time
            MapSqlParameterSource withTargets = new MapSqlParameterSource(params.getValues());
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                String target = "targetHours" + i;
                withTargets.addValue(target, s.target() == null ? 0.0 : s.target().toMinutes() / 60.0);
                // a duration kept on the row (V87) is read as it is: the same expression, worked out when written
                String hours = s.keptHours() != null ? s.keptHours()
                        : "cast(" + seconds(s.later(), s.earlier()) + " as double precision) / 3600";
                // (null exactly where the later instant is: the earlier is never missing)
                String present = s.keptHours() != null ? s.keptHours() : s.later();
                inner.append(i == 0 ? "" : ", ").append("case when ").append(present).append(" is not null")
                        .append(s.when() == null ? "" : " and " + s.when()).append(" then ").append(hours)
                        .append(" end as h").append(i);
                sql.append(i == 0 ? "" : ", ").append("count(h").append(i)
                        .append("), percentile_cont(0.5) within group (order by h").append(i)
                        .append("), percentile_cont(0.9) within group (order by h").append(i)
                        .append("), count(*) filter (where h").append(i).append(" <= :").append(target).append(")");
            }
            sql.append(" from (").append(inner).append(from).append(") r");
            return jdbc.query(sql.toString(), withTargets, rs -> {
                rs.next();
                List<TimeRow> rows = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    Span s = spans.get(i);
                    long n = rs.getLong(4 * i + 1);
                    Double median = (Double) rs.getObject(4 * i + 2);
                    Double p90 = (Double) rs.getObject(4 * i + 3);
                    long within = rs.getLong(4 * i + 4);
                    Double targetHours = s.target() == null ? null : s.target().toMinutes() / 60.0;
                    Double share = targetHours == null || n == 0 ? null : (double) within / n;
                    rows.add(new TimeRow(s.key(), s.label(), n, median, p90, targetHours, share,
                            scope.suppress() && Suppression.small(n)));
                }
                return rows;
            });
        }

        /** The name of the parameter holding a code (added with the others, before any pass starts). */
        String param(String prefix, String code) {
            String name = prefix + "_" + code;
            if (!params.hasValue(name)) {
                // parameters are added before the passes start (see the constructor), never by a pass
                throw new IllegalStateException("No parameter " + name);
            }
            return name;
        }

        long count(String sql) {
            Long n = jdbc.queryForObject(sql, params, Long.class);
            return n == null ? 0 : n;
        }
    }

    private Counts counts(Query q, String id, String title, String description, Map<String, Long> counts,
                          boolean showTotal) {
        return counts(id, title, description, counts, showTotal, q.scope.suppress());
    }

    private Counts counts(String id, String title, String description, Map<String, Long> counts, boolean showTotal,
                          boolean suppress) {
        Suppression.Table table = showTotal ? Suppression.table(counts, suppress) : null;
        List<Counts.Row> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Suppression.Cell cell = table != null ? table.cells().get(i)
                    : Suppression.one(e.getKey(), e.getValue(), suppress);
            rows.add(new Counts.Row(e.getKey(), label(e.getKey()), cell));
            i++;
        }
        Suppression.Cell total = table != null ? table.total()
                : Suppression.one("Total", counts.values().stream().mapToLong(Long::longValue).sum(), suppress);
        return new Counts(id, title, description, rows, total, showTotal);
    }

    private String label(String key) {
        return switch (key) {
            case "NONE" -> "Not yet recorded";
            case "OTHER" -> "Other";
            default -> key.matches("[A-Z0-9_]+") ? labels.of(key) : key;
        };
    }

    /**
     * One row of a time figure: the hours from {@code earlier} to {@code later} (columns; {@code earlier} is never
     * missing, rows where {@code later} is are left out) for the rows that also meet {@code when} (a condition, or
     * null), against a target (or null). {@code keptHours} names the column that keeps those hours on the row (a
     * stored generated column, V87), or is null when the two instants are on different tables.
     */
    private record Span(String key, String label, String later, String earlier, String when, Duration target,
                        String keptHours) {

        Span(String key, String label, String later, String earlier, String when, Duration target) {
            this(key, label, later, earlier, when, target, null);
        }
    }

    /**
     * The start of the UK month an instant falls in: what the figures by month are grouped by. Read back as yyyy-mm
     * ({@link #MONTH_KEY}). Not to_char in SQL: formatting every row's month as text cost about a third of a pass over
     * three years' breaches, and the month start is the same grouping.
     */
    private static final String MONTH = "date_trunc('month', %s, 'Europe/London')";
    private static final DateTimeFormatter MONTH_KEY = DateTimeFormatter.ofPattern("yyyy-MM");

    private static String seconds(String later, String earlier) {
        return "extract(epoch from (" + later + " - " + earlier + "))";
    }

    // Intake

    private Counts channels(Query q) {
        return counts(q, "notifications-by-channel", "Notifications received, by channel",
                "Every notification received in the period, however it arrived (repeated deliveries are counted once).",
                q.notificationCountBy(0, CHANNELS, false), true);
    }

    private Times intakeTimes(Query q) {
        // one pass over the period's notifications for all four rows, from their figures index alone: the decision
        // and the hours to it are on the notification, and the assurance and first flag of the order version it
        // became are kept on it too (V88: triggers on quality_review and marker), so nothing is joined
        List<TimeRow> rows = q.times(" from reporting_notification n where n.force_id = :force" + q.district("n")
                + " and n.received_at >= :from and n.received_at < :to", List.of(
                new Span("triage", "Receipt to triage (accepted, rejected or marked a duplicate)", "n.decided_at",
                        "n.received_at", null, triageTarget, "n.decided_hours"),
                new Span("acceptance", "Receipt to acceptance", "n.decided_at", "n.received_at",
                        "n.status = 'ACCEPTED'", triageTarget, "n.decided_hours"),
                new Span("quality-assurance", "Receipt to quality assurance", "n.qa_assured_at", "n.received_at", null,
                        qualityTarget, "n.qa_hours"),
                new Span("flags", "Receipt to flags raised", "n.first_flag_at", "n.received_at", null,
                        flagsTarget, "n.flags_hours")));
        return new Times("intake-times", "Time from receipt, against targets",
                "For notifications received in the period: hours from receipt to each step (median and 90th "
                        + "percentile) and the share within the target.", rows);
    }

    private Counts liaison(Query q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select l.kind, l.status, count(*) from reporting_liaison l where l.force_id = :force"
                + q.district("l") + " and l.raised_at >= :from and l.raised_at < :to group by l.kind, l.status "
                + "order by l.kind, l.status", q.params, rs -> {
                    counts.put(labels.of(rs.getString(1)) + ": " + labels.of(rs.getString(2)).toLowerCase(Locale.ROOT),
                            rs.getLong(3));
                });
        return counts(q, "liaison", "Requests to courts, by kind and outcome",
                "Requests raised in the period: answered, withdrawn or still open.", counts, true);
    }

    private Times courtResponses(Query q) {
        // only answered requests: a withdrawn one has responded_at (when it was withdrawn) but no answer from the
        // court, and counting it made a court look quicker (or slower) than it was (status is in the figures index)
        List<TimeRow> rows = q.times(" from reporting_liaison l where l.force_id = :force" + q.district("l")
                + " and l.raised_at >= :from and l.raised_at < :to", LIAISON_KINDS.stream()
                .map(kind -> new Span(kind, labels.of(kind), "l.responded_at", "l.raised_at",
                        "l.kind = :" + q.param("liaisonKind", kind) + " and l.status = 'ANSWERED'", null,
                        "l.responded_hours")).toList());
        return new Times("court-responses", "Courts' response times",
                "Hours from the request to the court's answer, for requests raised in the period and answered.", rows);
    }

    // The register

    private Counts orderChanges(Query q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Made", q.madeCountBy(2, List.of(), false).values().stream().mapToLong(Long::longValue).sum());
        // the three kinds of change from one pass over the period's versions
        Map<String, Long> changes = q.countBy("select v.change_kind, count(*) from reporting_order_version v "
                + "where v.force_id = :force" + q.district("v") + " and v.change_kind in ('VARIATION', 'EXTENSION', "
                + "'DISCHARGE') and v.effective_from >= :from and v.effective_from < :to group by v.change_kind",
                List.of("VARIATION", "EXTENSION", "DISCHARGE"), false);
        counts.put("Varied", changes.get("VARIATION"));
        counts.put("Extended", changes.get("EXTENSION"));
        counts.put("Discharged", changes.get("DISCHARGE"));
        counts.put("Expired", q.count("select count(*) from reporting_order o where o.force_id = :force"
                + q.orderDistrict() + " and o.ends_at >= :from and o.ends_at < :to and o.ends_at <= :now "
                + "and (o.discharged_at is null or o.discharged_at > o.ends_at)"));
        return counts(q, "order-changes", "Orders made, varied, extended, discharged and expired",
                "Orders made in the period; variations, extensions and discharges that took effect in it; orders "
                        + "that reached their own end in it.", counts, false);
    }

    private Counts inForceAtMonthEnd(Query q) {
        // the month ends (q.monthEnds: each month's end, or now for this month) and their labels
        Map<String, Long> counts = new LinkedHashMap<>();
        q.monthLabels.forEach(label -> counts.put(label, 0L));
        List<String> keys = q.monthLabels;
        // In force at t means made and served by t, and neither discharged nor at its end by t: from
        // greatest(made, served) (inclusive) until least(end, discharge) (exclusive; least ignores a null, both null is
        // never). So each order is in force at a run of consecutive month ends, from the first not before its start
        // to the last before its stop: width_bucket counts the month ends before an instant (the ends are ascending;
        // an instant less a microsecond, the finest PostgreSQL keeps, turns "at or before" into "before"). One pass
        // over the force's orders, grouped by that run, instead of a join of every month end with every order.
        int months = keys.size();
        jdbc.query("select r.first_before, r.before_stop, count(*) from (select "
                + "width_bucket(greatest(o.made_at, o.served_at) - interval '1 microsecond', "
                + "cast(:monthEnds as timestamptz[])) as first_before, "
                + "width_bucket(least(o.ends_at, o.discharged_at) - interval '1 microsecond', "
                + "cast(:monthEnds as timestamptz[])) as before_stop "
                + "from reporting_order o where o.force_id = :force" + q.orderDistrict()
                + " and o.made_at <= :lastMonthEnd and o.served_at <= :lastMonthEnd) r "
                + "group by r.first_before, r.before_stop", q.params, rs -> {
                    int notYet = rs.getInt(1);
                    int stopped = rs.getObject(2) == null ? months : rs.getInt(2);
                    for (int i = notYet; i < stopped; i++) {
                        counts.merge(keys.get(i), rs.getLong(3), Long::sum);
                    }
                });
        return counts(q, "in-force-at-month-end", "Orders in force at each month's end",
                "Orders made, served or made known to the respondent, and not ended, at the end of each month (or "
                        + "now, for this month).", counts, false);
    }

    private Counts byType(Query q) {
        return counts(q, "orders-by-type", "Orders made, by type", "Orders made in the period, by type.",
                q.madeCountBy(0, java.util.Arrays.stream(OrderType.values()).map(Enum::name).toList(), true), true);
    }

    private Counts byRelationship(Query q) {
        return counts(q, "orders-by-relationship", "Orders made, by relationship",
                "Orders made in the period, by how the respondent and the person protected are related.",
                q.madeCountBy(1, java.util.Arrays.stream(Relationship.values()).map(Enum::name).toList(), true),
                true);
    }

    private Counts served(Query q) {
        Map<String, Long> counts = q.madeCountBy(2, List.of("WITHIN", "LATER", "NOT_SERVED"), false);
        Map<String, Long> named = new LinkedHashMap<>();
        named.put("Served within " + q.scope.servedWithinDays() + " days", counts.get("WITHIN"));
        named.put("Served later", counts.get("LATER"));
        named.put("Not served yet", counts.get("NOT_SERVED"));
        return counts(q, "served-within", "Orders served within " + q.scope.servedWithinDays() + " days",
                "Orders made in the period, by when the respondent was first served or made aware.", named, true);
    }

    // Breaches

    private String breaches(Query q) {
        // the district kept on the report (V93), read from the breach figures index, not a semi-join per breach
        return " from reporting_breach b where b.force_id = :force"
                + (q.scope.districtId() == null ? "" : " and b.district_id = :district")
                + " and b.reported_at >= :from and b.reported_at < :to";
    }

    private Counts breachReporters(Query q) {
        return counts(q, "breaches-by-reporter", "Breaches reported, by who reported them",
                "Breach reports made in the period.",
                q.breachCountBy(0, REPORTERS,
                        true), true);
    }

    private Counts breachChecks(Query q) {
        return counts(q, "breaches-by-check", "Breaches reported, by the check's outcome",
                "The automatic check of the first incident against the order as it stood then.",
                q.breachCountBy(1, CHECKS,
                        true), true);
    }

    private Counts crimed(Query q) {
        Map<String, Long> counts = q.breachCountBy(2, List.of("WITHIN", "LATER", "NOT_CRIMED"), false);
        Map<String, Long> named = new LinkedHashMap<>();
        named.put("Crimed within 24 hours", counts.get("WITHIN"));
        named.put("Crimed later", counts.get("LATER"));
        named.put("Not crimed", counts.get("NOT_CRIMED"));
        return counts(q, "breaches-crimed", "Breaches recorded as crimes within 24 hours",
                "Breaches reported in the period, by how soon the crime was recorded after the report.", named, true);
    }

    private Counts arrests(Query q) {
        return counts(q, "breaches-arrests", "Arrests", "Breaches reported in the period, by the arrest decision.",
                q.breachCountBy(3, ARRESTS,
                        true), true);
    }

    private Times breachTimes(Query q) {
        List<Span> spans = new ArrayList<>();
        for (String kind : RESPONSE_KINDS) {
            spans.add(new Span("response-" + kind, "Report to first response: "
                    + labels.of(kind).toLowerCase(Locale.ROOT), "b.responded_at", "b.reported_at",
                    "b.response_kind = :" + q.param("responseKind", kind), null, "b.responded_hours"));
        }
        spans.add(new Span("crimed", "Report to crime recorded", "b.crimed_at", "b.reported_at", null, crimeTarget,
                "b.crimed_hours"));
        spans.add(new Span("arrested", "Report to arrest", "b.arrested_at", "b.reported_at", null, null,
                "b.arrested_hours"));
        List<TimeRow> rows = q.times(breaches(q), spans);
        return new Times("breach-times", "Response times",
                "For breaches reported in the period: hours from the report to each step.", rows);
    }

    private Counts outcomes(Query q) {
        return counts(q, "breach-outcomes", "Outcomes", "Breaches reported in the period, by outcome so far.",
                q.breachCountBy(4, OUTCOMES, true), true);
    }

    private Counts repeats(Query q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        // both in one statement (two passes over the figures index, one round trip)
        long[] both = jdbc.query("select (select count(*) from (select b.victim_key" + breaches(q)
                + " and b.victim_key is not null group by b.victim_key having count(*) >= 2) r), "
                + "(select count(*) from (select b.respondent_key" + breaches(q)
                + " and b.respondent_key is not null group by b.respondent_key having count(*) >= 2) r)", q.params,
                rs -> rs.next() ? new long[]{rs.getLong(1), rs.getLong(2)} : new long[2]);
        counts.put("Victims with two or more breaches", both[0]);
        counts.put("Respondents with two or more breaches", both[1]);
        return counts(q, "breach-repeats", "Repeat victims and respondents",
                "People named in two or more breach reports made in the period (counted, never named).", counts, false);
    }

    private Counts breachesByDistrict(Query q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Force force = forces.require(q.scope.forceId());
        Map<UUID, String> names = new LinkedHashMap<>();
        force.districts().forEach(d -> {
            names.put(d.id(), d.name());
            counts.put(d.name(), 0L);
        });
        counts.put("No district", 0L);
        // the district kept on each report (V93): one pass over the breach figures index, no join
        jdbc.query("select b.district_id, count(*)" + breaches(q) + " group by b.district_id",
                q.params, rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    counts.merge(id == null || !names.containsKey(id) ? "No district" : names.get(id), rs.getLong(2),
                            Long::sum);
                });
        return counts("breaches-by-district", "Breaches reported, by district",
                "The district of the victim the order protects. Numbers from 1 to 4 are not shown.", counts, true,
                true);
    }

    // Risk and safeguarding

    private Counts riskLevels(Query q) {
        return counts(q, "risk-levels", "Risk assessments completed, by level",
                "DASH assessments completed in the period, by their final level.",
                q.countBy("select r.level, count(*) from reporting_risk r where r.force_id = :force" + q.district("r")
                        + " and r.completed_at >= :from and r.completed_at < :to group by r.level", LEVELS, true),
                true);
    }

    private Counts marac(Query q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String base = " from reporting_risk r where r.force_id = :force" + q.district("r")
                + " and r.completed_at >= :from and r.completed_at < :to";
        // both counts from one pass
        long[] both = jdbc.query("select count(*) filter (where r.marac_required), count(*) filter (where "
                + "r.marac_required and r.marac_referred_at is not null)" + base, q.params,
                rs -> rs.next() ? new long[]{rs.getLong(1), rs.getLong(2)} : new long[2]);
        counts.put("Assessments needing a MARAC referral", both[0]);
        counts.put("Referred to the MARAC", both[1]);
        return counts(q, "marac", "MARAC referrals",
                "Assessments completed in the period that needed a referral, and those referred.", counts, false);
    }

    private Counts inTime(Query q, String kind, String id, String title) {
        // both kinds of task from one pass grouped by kind, read once for both figures
        List<Object[]> taskGroups = q.once("tasks", () -> q.groups("select t.kind, case "
                    + "when t.status = 'DONE' and t.closed_at <= t.due_at then 'IN_TIME' "
                    + "when t.status = 'DONE' then 'LATE' "
                    + "when t.status = 'CANCELLED' then 'CANCELLED' "
                    + "when t.due_at < :now then 'OVERDUE' else 'NOT_YET_DUE' end, count(*) "
                    + "from reporting_safeguarding_task t where t.force_id = :force" + q.district("t")
                    + " and t.kind in ('DISSEMINATION', 'VICTIM_CONTACT') and t.due_at >= :from and t.due_at < :to "
                    + "group by 1, 2", 2));
        Map<String, Long> counts = Query.countFrom(taskGroups.stream().filter(g -> kind.equals(g[0])).toList(), 1,
                List.of("IN_TIME", "LATE", "OVERDUE", "NOT_YET_DUE", "CANCELLED"), false);
        Map<String, Long> named = new LinkedHashMap<>();
        named.put("Done in time", counts.get("IN_TIME"));
        named.put("Done late", counts.get("LATE"));
        named.put("Overdue, not done", counts.get("OVERDUE"));
        named.put("Not yet due", counts.get("NOT_YET_DUE"));
        named.put("Cancelled", counts.get("CANCELLED"));
        return counts(q, id, title, "Tasks due in the period, by whether they were done by the time they were due.",
                named, true);
    }

    private Counts expiry(Query q) {
        return counts(q, "expiry-decisions", "Decisions before an order's end",
                "Decisions recorded in the period about an order coming to its end.",
                q.countBy("select d.decision, count(*) from reporting_expiry_decision d where d.force_id = :force"
                        + q.district("d") + " and d.decided_at >= :from and d.decided_at < :to group by d.decision",
                        DECISIONS, true), true);
    }

    /** A figure by month from a grouping's counts keyed by yyyy-mm (every month of the period shown, 0 or not). */
    private Counts monthly(Query q, String id, String title, Map<String, Long> byMonth) {
        Map<String, Long> counts = new LinkedHashMap<>();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        for (YearMonth m = YearMonth.from(q.scope.from()); !m.isAfter(YearMonth.from(q.scope.to())); m = m.plusMonths(1)) {
            counts.put(m.format(month), 0L);
        }
        byMonth.forEach((key, n) -> counts.merge(YearMonth.parse(key).format(month), n, Long::sum));
        return counts(q, id, title, "Counted by the month (UK time) it happened in, within the period.", counts, true);
    }
}
