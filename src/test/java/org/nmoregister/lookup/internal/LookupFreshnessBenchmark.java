package org.nmoregister.lookup.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.nmoregister.NmoRegisterApplication;
import org.nmoregister.lookup.OrderCard;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.quality.QualityAssurance;
import org.nmoregister.support.SignedIn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How soon a change made on one instance of the application shows in the control-room lookup of another: two
 * instances on one PostgreSQL, orders quality-assured (and then discharged) on the first, and the second's lookup
 * asked every 5 ms until it answers correctly. Issue 4 asks for one second.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.lookup.internal.LookupFreshnessBenchmark
 * -Dbench.size=40}, the number being how many orders to assure and discharge.
 */
public final class LookupFreshnessBenchmark {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 1_000) : 40;
        ConfigurableApplicationContext first = SpringApplication.run(NmoRegisterApplication.class,
                "--server.port=0", "--nmo.demo.enabled=true",
                "--nmo.embedded-database.directory=" + Files.createTempDirectory("nmo-fresh-db-"),
                "--nmo.embedded-database.clean=true", "--logging.level.root=WARN");
        HikariDataSource database = (HikariDataSource) first.getBean(DataSource.class);
        ConfigurableApplicationContext second = SpringApplication.run(NmoRegisterApplication.class,
                "--server.port=0", "--nmo.demo.enabled=false", "--logging.level.root=WARN",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()));
        try {
            OrderRegister orders = first.getBean(OrderRegister.class);
            QualityAssurance quality = first.getBean(QualityAssurance.class);
            UserDetailsService firstUsers = first.getBean(UserDetailsService.class);
            LookupService lookup = second.getBean(LookupService.class);
            UserDetailsService secondUsers = second.getBean(UserDetailsService.class);

            List<Long> assured = new ArrayList<>();
            List<Long> discharged = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String surname = "Freshwater" + Integer.toString(i, 26).replaceAll("[0-9]", "q") + "son";
                Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
                UUID id = SignedIn.as(firstUsers, "poc.northshire", () -> {
                    UUID created = orders.create(named(OrderFixtures.withoutNoticeNmo(
                            OrderFixtures.uniqueCaseNumber(), made), "Wilfred " + surname), "freshness");
                    orders.recordService(created, new ServiceRecord(made.plusSeconds(600), ServiceMethod.PERSONAL,
                            "PC 1", null, null));
                    return created;
                });
                long t0 = System.nanoTime();
                SignedIn.as(firstUsers, "poc.northshire", () -> quality.assureIfClear(id));
                assured.add(waitFor(lookup, secondUsers, "Wilfred " + surname, id,
                        cards -> cards.stream().anyMatch(card -> card.status() == OrderStatus.IN_FORCE), t0));

                long t1 = System.nanoTime();
                SignedIn.as(firstUsers, "poc.northshire", () -> orders.addVersion(id, ChangeKind.DISCHARGE,
                        Instant.now(), orders.current(id).details().withDischargedAt(Instant.now()), "discharged"));
                discharged.add(waitFor(lookup, secondUsers, "Wilfred " + surname, id,
                        cards -> cards.stream().noneMatch(card -> card.status() == OrderStatus.IN_FORCE), t1));
            }
            report("quality-assured order appears, IN FORCE", assured);
            report("discharged order stops showing IN FORCE", discharged);
        } finally {
            second.close();
            first.close();
        }
    }

    private static OrderDetails named(OrderDetails d, String respondentName) {
        Respondent r = d.respondent();
        ProtectedPerson applicant = d.applicant();
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), false, null, d.duration(),
                d.madeAt().plus(180, ChronoUnit.DAYS), d.penalNotice(), applicant, d.otherProtectedPersons(),
                d.children(), new Respondent(respondentName, r.dateOfBirth(), List.of(), r.addresses(),
                r.contacts(), r.description(), r.vehicles(), r.officerSafety()), d.relationship(), d.terms(),
                d.service(), null, null);
    }

    /**
     * Milliseconds from {@code start} until the second instance's lookup answers as {@code shown} says of the cards
     * it gives for the order (none when it no longer shows it).
     */
    private static long waitFor(LookupService lookup, UserDetailsService users, String name, UUID orderId,
                                Predicate<List<OrderCard>> shown, long start) throws InterruptedException {
        long deadline = start + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            List<PersonResult> found = SignedIn.as(users, "control.northshire",
                    () -> lookup.people(name, null, "FRESHNESS"));
            List<OrderCard> cards = found.stream().flatMap(p -> p.orders().stream())
                    .filter(card -> card.id().equals(orderId)).toList();
            if (shown.test(cards)) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("The second instance did not show the change to " + orderId + " within "
                + GIVE_UP);
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d changes, p50 %d ms, p95 %d ms, max %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.95))),
                sorted.get(sorted.size() - 1));
    }
}
