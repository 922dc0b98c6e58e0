package org.nmoregister.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.quality.internal.QualityService;
import org.nmoregister.reporting.internal.Report;
import org.nmoregister.reporting.internal.Reports;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.MovableClock;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Receipt to flags raised" keeps a notification once its order has a later version: the flags module moves the
 * markers it keeps to each version it applies (a service recorded after assurance carries the assurance forward; a
 * variation is assured by the point of contact), and the instant the notification's own version was first flagged
 * stays what it was. A later version's notification gets the instant its own version was first carried by a marker:
 * the raising of a marker the version added, or the move of the kept ones. Orders, assurance, service and variation go
 * through the services, at instants set on the application's clock; notifications are written as intake leaves them,
 * in the transaction that records the version they became.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class FlagsStepKeptIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2023, 9, 1);
    static final LocalDate TO = LocalDate.of(2023, 9, 30);

    @Autowired
    Accounts accounts;
    @Autowired
    OrderRegister orders;
    @Autowired
    QualityService quality;
    @Autowired
    Reports reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transactions;

    String code;
    Force force;

    /** When each notification the test wrote was received: the figure counts from there. */
    final java.util.Map<UUID, Instant> received = new java.util.HashMap<>();

    @BeforeEach
    void aForce() {
        code = "fk" + UUID.randomUUID().toString().substring(0, 8);
        force = ReportFixtures.force(accounts, code);
    }

    @AfterEach
    void theClockIsTheSystemsAgain() {
        clock.reset();
    }

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, ReportFixtures.user(role, code), work);
    }

    @Test
    void aNotificationKeepsTheInstantItsVersionWasFlaggedWhenTheOrderHasALaterVersion() {
        // an order notified, assured and flagged; then the notice of its service, recorded after the assurance, which
        // the assurance is carried forward to and the markers move to
        Instant made = Instant.parse("2023-09-04T09:00:00Z");
        UUID served = create(ReportFixtures.order(ReportFixtures.caseNumber(), OrderType.NMO,
                Relationship.FORMER_SPOUSE, made, null, null, "Applicant Fk", "Respondent Fk"), made.plusSeconds(3600));
        UUID first = notification(Instant.parse("2023-09-04T08:00:00Z"), made.plusSeconds(3600), served, 1);
        Instant flagged = assure(served, Instant.parse("2023-09-05T10:00:00Z"), Instant.parse("2023-09-05T13:30:00Z"));
        assertThat(firstFlagAt(first)).as("the first version's flags").isEqualTo(flagged);

        Instant servedAt = Instant.parse("2023-09-12T11:00:00Z");
        Instant noticeReceived = Instant.parse("2023-09-12T14:00:00Z");
        Instant recorded = Instant.parse("2023-09-12T15:00:00Z");
        Instant beforeMove = databaseNow();
        UUID ofService = transactions.execute(tx -> {
            clock.set(recorded);
            int version = as(Role.POINT_OF_CONTACT, () -> orders.recordService(served,
                    new ServiceRecord(servedAt, ServiceMethod.PERSONAL, "PC 2", null, null))).version();
            assertThat(version).isEqualTo(2);
            return notification(noticeReceived, recorded, served, 2);
        });
        settled(served);
        Instant afterMove = databaseNow();
        assertThat(jdbc.queryForObject("select assured_by from quality_review where order_id = ? and version = 2",
                String.class, served)).as("the assurance carried forward").isEqualTo("system:carried-forward");
        assertThat(jdbc.queryForList("select distinct order_version from marker where order_id = ? and "
                + "withdrawn_at is null", Integer.class, served)).as("the markers moved to the served version")
                .containsExactly(2);

        assertThat(firstFlagAt(first)).as("the first version was flagged then, whatever the markers did since")
                .isEqualTo(flagged);
        // no marker was raised for the served version: it was first flagged when the kept markers were moved to it,
        // which the database's clock stamped (the markers' changed_at), after its notice was received and recorded
        Instant moved = firstFlagAt(ofService);
        assertThat(moved).as("the served version's flags: when the markers moved to it")
                .isBetween(beforeMove, afterMove).isAfter(noticeReceived);
        assertThat(kept(served, 2)).isEqualTo(moved);

        // a notification of the first version linked after the markers moved on reads the kept instant too
        UUID late = notification(Instant.parse("2023-09-04T07:30:00Z"), Instant.parse("2023-09-13T09:00:00Z"),
                served, 1);
        assertThat(firstFlagAt(late)).as("a notification linked to the first version later").isEqualTo(flagged);

        // an order varied to protect a child as well: the variation's own marker is raised when it is assured, and the
        // markers it keeps are moved to it in the same work
        Instant made2 = Instant.parse("2023-09-06T09:00:00Z");
        OrderDetails before = ReportFixtures.order(ReportFixtures.caseNumber(), OrderType.NMO,
                Relationship.FORMER_COHABITANT, made2, null, made2.plusSeconds(86400), "Applicant Fv", "Respondent Fv");
        Instant recorded2 = made2.plus(Duration.ofHours(26)); // with its service, the day after it was made
        UUID varied = create(before, recorded2);
        UUID ofMade = notification(Instant.parse("2023-09-07T08:30:00Z"), recorded2, varied, 1);
        Instant flagged2 = assure(varied, Instant.parse("2023-09-07T09:00:00Z"), Instant.parse("2023-09-07T09:40:00Z"));

        Instant variedAt = Instant.parse("2023-09-20T10:00:00Z");
        OrderDetails after = new OrderDetails(before.court(), before.caseNumber(), before.orderType(), before.madeAt(),
                before.withoutNotice(), before.returnHearing(), before.duration(), before.endsAt(),
                before.penalNotice(), before.applicant(), before.otherProtectedPersons(),
                List.of(new ProtectedPerson("Child Fv", LocalDate.of(2015, 6, 1), List.of(), List.of(), List.of())),
                before.respondent(), before.relationship(), before.terms(), before.service(), null, null);
        UUID ofVariation = transactions.execute(tx -> {
            clock.set(variedAt);
            int version = as(Role.POINT_OF_CONTACT, () -> orders.addVersion(varied, ChangeKind.VARIATION, variedAt,
                    after, "varied to protect the child")).version();
            assertThat(version).isEqualTo(2);
            return notification(Instant.parse("2023-09-20T09:00:00Z"), variedAt, varied, 2);
        });
        settled(varied);
        Instant flaggedVariation = assure(varied, Instant.parse("2023-09-21T11:00:00Z"),
                Instant.parse("2023-09-21T12:15:00Z"));
        assertThat(jdbc.queryForObject("select count(*) from marker where order_id = ? and order_version = 2 and "
                + "raised_at = ?", Integer.class, varied, Timestamp.from(flaggedVariation)))
                .as("the child's marker, raised for the variation").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from marker where order_id = ? and order_version = 2 and "
                + "raised_at = ?", Integer.class, varied, Timestamp.from(flagged2)))
                .as("the markers kept, moved to the variation").isGreaterThan(1);

        assertThat(firstFlagAt(ofMade)).as("the made version's flags").isEqualTo(flagged2);
        // the variation was first flagged when its work ran (the application's clock, on the child's marker): not when
        // the markers it kept were first raised, before it existed
        assertThat(firstFlagAt(ofVariation)).as("the variation's flags").isEqualTo(flaggedVariation);

        // the report counts every notification, each with the hours to its own version's flags
        Report report = as(Role.ANALYST, () -> reports.report(reports.scope(FROM.toString(), TO.toString(), null,
                "7")));
        Report.TimeRow flags = report.times("intake-times").rows().get(3);
        assertThat(flags.key()).isEqualTo("flags");
        // each notification's hours to the instant the test made its version flagged at (the move's, bracketed above)
        java.util.Map<UUID, Instant> flaggedAt = java.util.Map.of(first, flagged, ofService, moved, late, flagged,
                ofMade, flagged2, ofVariation, flaggedVariation);
        assertThat(flaggedAt.keySet()).as("every notification the test wrote").isEqualTo(received.keySet());
        double[] hours = flaggedAt.entrySet().stream()
                .mapToDouble(e -> hours(received.get(e.getKey()), e.getValue())).toArray();
        assertThat(java.util.Arrays.stream(hours).min().orElseThrow()).as("no time before a receipt").isPositive();
        ReportingIntegrationTest.sameTimes(flags, hours, 72.0, false);
    }

    UUID create(OrderDetails details, Instant at) {
        clock.set(at);
        UUID id = as(Role.POINT_OF_CONTACT, () -> orders.create(details, "flags step fixture"));
        settled(id);
        return id;
    }

    /**
     * The point of contact assures the order's latest version at {@code assured}; its markers are raised (or moved)
     * at {@code flagged}: the clock is moved on before the assurance commits, so the markers' listener reads it.
     */
    Instant assure(UUID orderId, Instant assured, Instant flagged) {
        transactions.executeWithoutResult(tx -> {
            clock.set(assured);
            as(Role.POINT_OF_CONTACT, () -> quality.assure(orderId, null));
            clock.set(flagged);
        });
        settled(orderId);
        return flagged;
    }

    /** A notification accepted into the order's {@code version}, as intake writes it. */
    UUID notification(Instant received, Instant decided, UUID orderId, int version) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into notification (id, force_id, source, received_at, received_by, status, data, "
                        + "delivered, order_id, order_version, decided_at, decided_by) "
                        + "values (?, ?, 'COURT_FEED', ?, 'test', 'ACCEPTED', '{}'::jsonb, '{}'::jsonb, ?, ?, ?, 'test')",
                id, force.id(), Timestamp.from(received), orderId, version, Timestamp.from(decided));
        this.received.put(id, received);
        return id;
    }

    Instant firstFlagAt(UUID notificationId) {
        Timestamp at = jdbc.queryForObject("select first_flag_at from notification where id = ?", Timestamp.class,
                notificationId);
        return at == null ? null : at.toInstant();
    }

    Instant kept(UUID orderId, int version) {
        return jdbc.queryForObject("select first_flag_at from order_version_flagged where order_id = ? and "
                + "order_version = ?", Timestamp.class, orderId, version).toInstant();
    }

    /** To the microsecond: the move's instant is the database clock's, which has them. */
    static double hours(Instant earlier, Instant later) {
        return Duration.between(earlier, later).toNanos() / 3.6e12;
    }

    Instant databaseNow() {
        return jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
    }

    /** Waits until every listener of every event about the order has finished (the event publication registry). */
    void settled(UUID orderId) {
        await("the work set off by events about order " + orderId).atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is "
                        + "null and serialized_event like ?", Integer.class, "%" + orderId + "%") == 0);
    }
}
