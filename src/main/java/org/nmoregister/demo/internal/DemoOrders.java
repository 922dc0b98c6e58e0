package org.nmoregister.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.intake.bulk.BulkImports;
import org.nmoregister.intake.bulk.ImportJob;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.quality.QualityAssurance;
import org.nmoregister.orders.OrderType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads each demo force's orders from {@code demo/orders-<force>.csv} at start-up, after the demo accounts exist,
 * through the bulk importer and as the force's point of contact, so that the orders, their versions and the access
 * log look exactly as a real import leaves them.
 */
@Component
class DemoOrders {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    private static final Pattern REFERENCE_DATE = Pattern.compile("(?m)^#\\s*reference-date:\\s*(\\d{4}-\\d{2}-\\d{2})");

    /** The forces DemoAccounts creates, and where their orders are. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("northshire", "demo/orders-northshire.csv");
        FILES.put("southvale", "demo/orders-southvale.csv");
    }

    private final boolean enabled;
    private final BulkImports imports;
    private final OrderRegister orders;
    private final UserDetailsService users;
    private final Clock clock;
    private final QualityAssurance quality;

    DemoOrders(@Value("${nmo.demo.enabled:false}") boolean enabled, BulkImports imports, OrderRegister orders,
               UserDetailsService users, Clock clock, QualityAssurance quality) {
        this.quality = quality;
        this.enabled = enabled;
        this.imports = imports;
        this.orders = orders;
        this.users = users;
        this.clock = clock;
    }

    /** Once the application is ready: DemoAccounts has created the forces and their point-of-contact users by then. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    public void loadDemoOrders() {
        if (!enabled) {
            return;
        }
        FILES.forEach(this::load);
    }

    void load(String force, String path) {
        String text = read(path);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails poc = users.loadUserByUsername("poc." + force);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(poc, null, poc.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            if (alreadyLoaded(text)) {
                return;
            }
            long shift = ChronoUnit.DAYS.between(referenceDate(text, path), LocalDate.now(clock));
            ImportJob job = imports.runNow(path.substring(path.lastIndexOf('/') + 1),
                    text.getBytes(StandardCharsets.UTF_8), shift);
            log.info("Demo orders for {}: {} imported, {} skipped, {} refused (dates moved by {} days)", force,
                    job.imported(), job.skipped(), job.failed(), shift);
            job.rows().stream().filter(row -> !row.errors().isEmpty()).forEach(row ->
                    log.warn("Demo order {} row {} refused: {}", path, row.rowNumber(), row.errors()));
            // As a point of contact would: assure what the checks find enforceable, and leave the rest in the
            // quality-assurance queue, so the demo shows flags and lookups as well as work to do.
            long assured = job.rows().stream().filter(row -> row.orderId() != null)
                    .filter(row -> quality.assureIfClear(row.orderId())).count();
            log.info("Demo orders for {}: {} quality-assured, the rest wait in the queue", force, assured);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The demo orders are there when the file's first order is: then the force has been loaded before. */
    private boolean alreadyLoaded(String text) {
        try {
            CSVRecord first = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get().parse(new StringReader(text)).iterator().next();
            return orders.findExisting(first.get("court"), first.get("case_number"),
                    OrderType.valueOf(first.get("order_type"))).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate referenceDate(String text, String path) {
        Matcher match = REFERENCE_DATE.matcher(text);
        if (!match.find()) {
            throw new IllegalStateException(path + " has no '# reference-date: yyyy-mm-dd' line");
        }
        return LocalDate.parse(match.group(1));
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
