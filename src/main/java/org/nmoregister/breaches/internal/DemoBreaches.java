package org.nmoregister.breaches.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.terms.Clause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * With the demo data on, reports a few made-up breaches of the demo orders (after they are loaded), so the breach
 * list, the checks, the supervisor's queue and the risk meeting have something to show. Each is reported as the
 * force's demo officer would, through the same service as a real report.
 */
@Component
class DemoBreaches {

    private static final Logger log = LoggerFactory.getLogger(DemoBreaches.class);
    private static final String FILE = "demo/breaches.csv";
    private static final Pattern REFERENCE_DATE = Pattern.compile("# reference-date: (\\d{4}-\\d{2}-\\d{2})");

    private final boolean enabled;
    private final BreachReporting breaches;
    private final BreachReportRepository reports;
    private final OrderRegister orders;
    private final UserDetailsService users;
    private final Clock clock;

    DemoBreaches(@Value("${nmo.demo.enabled:false}") boolean enabled, BreachReporting breaches,
                 BreachReportRepository reports, OrderRegister orders, UserDetailsService users, Clock clock) {
        this.enabled = enabled;
        this.breaches = breaches;
        this.reports = reports;
        this.orders = orders;
        this.users = users;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 200)
    public void reportDemoBreaches() {
        if (!enabled) {
            return;
        }
        String text = read();
        Matcher reference = REFERENCE_DATE.matcher(text);
        if (!reference.find()) {
            throw new IllegalStateException(FILE + " has no '# reference-date: yyyy-mm-dd' line");
        }
        // A day less than the orders are moved, so every demo report is already in the past whatever the time now.
        Duration shift = Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.parse(reference.group(1)),
                LocalDate.now(clock)) - 1);
        int reported = 0;
        for (CSVRecord row : rows(text)) {
            try {
                if (reportAs("officer." + row.get("force"), row, shift)) {
                    reported++;
                }
            } catch (RuntimeException e) {
                // Demo data must never stop the application starting.
                log.warn("Demo breach row {} not reported: {}", row.getRecordNumber(), e.getMessage());
            }
        }
        log.info("Demo breaches: {} reported", reported);
    }

    private boolean reportAs(String username, CSVRecord row, Duration shift) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var officer = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            var order = orders.findExisting(row.get("court"), row.get("case_number"), OrderType.NMO);
            if (order.isEmpty()) {
                log.warn("Demo breach skipped: order {} is not loaded", row.get("case_number"));
                return false;
            }
            Instant occurred = Instant.parse(row.get("occurred_at")).plus(shift);
            boolean known = reports.findByOrderIdOrderByReportedAtAsc(order.get()).stream()
                    .anyMatch(r -> r.recordedBy.equals(username)
                            && r.reportedAt.equals(Instant.parse(row.get("reported_at")).plus(shift)));
            if (known || Instant.parse(row.get("reported_at")).plus(shift).isAfter(clock.instant())) {
                return false;
            }
            breaches.report(new NewReport(order.get(), Instant.parse(row.get("reported_at")).plus(shift),
                    ReporterKind.valueOf(row.get("reporter_kind")), null, blankToNull(row.get("reporter_organisation")),
                    null, null, List.of(new NewIncident(occurred, null,
                    Conduct.valueOf(row.get("conduct")), row.get("channel").isBlank() ? null
                    : ContactChannel.valueOf(row.get("channel")), null, false, null, null, null,
                    blankToNull(row.get("postcode")), null, row.get("place_kind").isBlank() ? null
                    : Clause.PlaceKind.valueOf(row.get("place_kind")), Boolean.parseBoolean(row.get("at_address")),
                    row.get("description"), null, blankToNull(row.get("witnesses")),
                    blankToNull(row.get("term_reported")), null, null))));
            return true;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<CSVRecord> rows(String text) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
