package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An event is not lost when a listener fails: its publication stays in the registry, outstanding, and is handed to
 * the listener again when the application restarts; once handled it is deleted, because it holds C8 details.
 */
@IntegrationTest
class EventPublicationRegistryIntegrationTest {

    @Autowired
    OrderRegister register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    @WithUserDetails("poc.northshire")
    void anEventAListenerFailedOnIsHandledAfterARestartAndThenDeleted() {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        FailsMidWay.failFor.add(caseNumber);

        UUID id = register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), "From the court feed");

        // the listener died mid-way: its publication is outstanding in the registry, with the whole event
        await().atMost(Duration.ofSeconds(20)).until(() -> FailsMidWay.started.contains(caseNumber)
                && outstanding(caseNumber, true) == 1);
        assertThat(FailsMidWay.handled).noneMatch(e -> e.orderId().equals(id));
        // the real listeners handled the same event and their publications are gone (completion mode DELETE)
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from quality_review where order_id = ?", Integer.class, id) == 1
                && outstanding(caseNumber, false) == 0);

        // the cause is put right and the process restarts: what a restart runs (republishing on restart is on)
        FailsMidWay.failFor.remove(caseNumber);
        restart();

        await().atMost(Duration.ofSeconds(20)).until(() -> FailsMidWay.handled.stream()
                .anyMatch(e -> e.orderId().equals(id)));
        OrderVersionRecorded again = FailsMidWay.handled.stream().filter(e -> e.orderId().equals(id)).findFirst()
                .orElseThrow();
        // read back from the registry whole: the order as recorded, its clauses and what changed
        OrderSnapshot now = register.current(id);
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.order().details()).isEqualTo(now.details());
        assertThat(again.clauses()).isEqualTo(now.clauses());
        assertThat(again.clauses().clauses()).isNotEmpty();
        assertThat(again.changes()).isEqualTo(VersionChanges.made(now.details()));
        await().atMost(Duration.ofSeconds(20)).until(() -> outstanding(caseNumber, true) == 0);
        assertThat(FailsMidWay.handled.stream().filter(e -> e.orderId().equals(id))).hasSize(1);
    }

    /** At start-up the registry hands outstanding publications to their listeners again. */
    private void restart() {
        IncompleteEventPublications registry = context.getBean(IncompleteEventPublications.class);
        assertThat(registry).isInstanceOf(SmartInitializingSingleton.class);
        ((SmartInitializingSingleton) registry).afterSingletonsInstantiated();
    }

    private int outstanding(String caseNumber, boolean ofTheFailingListener) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? and "
                        + (ofTheFailingListener ? "" : "not ") + "listener_id like '%FailsMidWay%'",
                Integer.class, "%" + caseNumber + "%");
    }

    @TestConfiguration
    static class FailsMidWayConfiguration {
        @org.springframework.context.annotation.Bean
        FailsMidWay failsMidWay() {
            return new FailsMidWay();
        }
    }

    /** A listener that, for the orders it is told to, dies after it has started its work. */
    static class FailsMidWay {
        // static: the bean is a proxy (the listener runs asynchronously in its own transaction)
        static final Set<String> failFor = ConcurrentHashMap.newKeySet();
        static final Set<String> started = ConcurrentHashMap.newKeySet();
        static final List<OrderVersionRecorded> handled = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(OrderVersionRecorded event) {
            String caseNumber = event.order().details().caseNumber();
            started.add(caseNumber);
            if (failFor.contains(caseNumber)) {
                throw new IllegalStateException("The listener's process died while handling " + caseNumber);
            }
            handled.add(event);
        }
    }
}
