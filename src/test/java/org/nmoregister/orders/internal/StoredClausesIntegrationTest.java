package org.nmoregister.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.TermsReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A version's terms are read when it is recorded and stored with it; versions recorded before are read at start-up;
 * the re-read command re-reads those read with older rules; the event says what the version changed.
 */
@IntegrationTest
class StoredClausesIntegrationTest {

    @Autowired
    OrderRegister register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TermsReader terms;
    @Autowired
    ClauseBackfill backfill;
    @Autowired
    TermsReread reread;
    @Autowired
    Recorded recorded;

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    @WithUserDetails("poc.northshire")
    void theTermsAreReadWhenTheVersionIsRecordedAndStoredWithIt() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);

        var row = jdbc.queryForMap("select cast(clauses as text) as clauses, clauses_shape, clauses_parser,"
                + " clauses_read_at from order_version where order_id = ? and version = 1", id);
        assertThat(row.get("clauses_shape")).isEqualTo(TermsReader.SHAPE_VERSION);
        assertThat(row.get("clauses_parser")).isEqualTo(TermsReader.PARSER_VERSION);
        assertThat(row.get("clauses_read_at")).isNotNull();
        var current = register.current(id);
        assertThat(terms.fromStored((String) row.get("clauses"))).isEqualTo(current.clauses());
        assertThat(current.clauses().clauses()).extracting(c -> c.type())
                .containsExactly(ClauseType.VIOLENCE, ClauseType.ENTRY);
        assertThat(current.clauses().paragraphs()).containsExactly(1, 2);
    }

    @Test
    @WithUserDetails("poc.northshire")
    void aVersionRecordedBeforeReadingsWereStoredIsReadOnDemandAndBackfilledWhole() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);
        var asRecorded = register.current(id).clauses();
        asBeforeV22(() -> jdbc.update("update order_version set clauses = null, clauses_shape = null,"
                + " clauses_parser = null, clauses_read_at = null where order_id = ?", id));

        assertThat(register.current(id).clauses()).isEqualTo(asRecorded);
        assertThat(storedParser(id)).isNull(); // reading on demand does not write

        backfill.backfill();

        assertThat(storedParser(id)).isEqualTo(TermsReader.PARSER_VERSION);
        assertThat(terms.fromStored(jdbc.queryForObject("select cast(clauses as text) from order_version"
                + " where order_id = ? and version = 1", String.class, id))).isEqualTo(asRecorded);
    }

    @Test
    @WithUserDetails("poc.northshire")
    void theRereadCommandRereadsVersionsReadWithOlderRulesAndLogsWhy() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);
        asBeforeV22(() -> jdbc.update("update order_version set clauses = cast(? as jsonb), clauses_parser = 0"
                + " where order_id = ?", "{\"shape\":1,\"parser\":0,\"clauses\":[]}", id));
        assertThat(register.current(id).clauses().clauses()).isEmpty(); // what it was read with is what is used
        String why = "Reading rules " + TermsReader.PARSER_VERSION + " read distances in yards " + UUID.randomUUID();

        assertThat(reread.reread(why)).isGreaterThanOrEqualTo(1);

        assertThat(storedParser(id)).isEqualTo(TermsReader.PARSER_VERSION);
        assertThat(register.current(id).clauses().clauses()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from access_log where reason = ? and username ="
                + " 'system:terms-reread'", Integer.class, why)).isGreaterThanOrEqualTo(1);
        // the reading it replaced is kept, as it was
        assertThat(jdbc.queryForObject("select clauses_parser from order_version_reading where order_id = ?",
                Integer.class, id)).isZero();
        // a version already read with the current rules is left as it is
        assertThat(reread.reread(why)).isZero();
    }

    @Test
    @WithUserDetails("poc.northshire")
    void theEventCarriesTheVersionItsClausesAndWhatChanged() {
        OrderDetails first = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        UUID id = register.create(first, null);
        register.recordService(id, new ServiceRecord(made.plusSeconds(3600), ServiceMethod.PERSONAL, "PC 4410",
                null, null));
        OrderDetails varied = new OrderDetails(first.court(), first.caseNumber(), first.orderType(), first.madeAt(),
                first.withoutNotice(), first.returnHearing(), first.duration(), first.endsAt(), true,
                first.applicant(), List.of(), first.children(), first.respondent(), first.relationship(),
                List.of(first.terms().get(0), new Term(2, "The respondent must not go within 100 metres of 14"
                        + " Acacia Avenue, Leeds LS6 2AB.")), List.of(), null, null);
        register.addVersion(id, ChangeKind.VARIATION, made.plusSeconds(7200), varied, "FL404B");

        List<OrderVersionRecorded> ofOrder = recorded.events.stream().filter(e -> e.orderId().equals(id)).toList();
        assertThat(ofOrder).extracting(OrderVersionRecorded::version).containsExactly(1, 2, 3);
        assertThat(ofOrder.get(0).changes().previousVersion()).isNull();
        assertThat(ofOrder.get(1).changes().service()).isTrue();
        assertThat(ofOrder.get(1).changes().terms()).isFalse();
        assertThat(ofOrder.get(1).order().details().service()).hasSize(1);
        assertThat(ofOrder.get(2).changes().termsChanged()).containsExactly(2);
        assertThat(ofOrder.get(2).changes().service()).isFalse();
        assertThat(ofOrder.get(2).clauses().clauses().get(1).type()).isEqualTo(ClauseType.PROXIMITY);
        assertThat(ofOrder.get(2).clauses()).isEqualTo(register.current(id).clauses());
        assertThat(ofOrder.get(2).order().details().applicant().addresses()).isNotEmpty();
    }

    @Test
    @WithUserDetails("poc.northshire")
    void theDatabaseRefusesAnyOtherChangeToAVersionOrAnOlderReading() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update order_version set note = 'x'"
                + " where order_id = ?", id)).hasMessageContaining("immutable");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update order_version set"
                + " clauses_parser = clauses_parser - 1 where order_id = ?", id)).hasMessageContaining("immutable");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update order_version set"
                + " clauses = null, clauses_shape = null, clauses_parser = null, clauses_read_at = null"
                + " where order_id = ?", id)).hasMessageContaining("immutable");
    }

    /** A version as V21 left it: the guard on versions is lifted for the test's own rows only, then restored. */
    private void asBeforeV22(Runnable change) {
        jdbc.execute("alter table order_version disable trigger order_version_no_update");
        try {
            change.run();
        } finally {
            jdbc.execute("alter table order_version enable trigger order_version_no_update");
        }
    }

    private Integer storedParser(UUID id) {
        return jdbc.queryForObject("select clauses_parser from order_version where order_id = ? and version = 1",
                Integer.class, id);
    }

    @TestConfiguration
    static class RecordedConfiguration {
        @org.springframework.context.annotation.Bean
        Recorded recorded() {
            return new Recorded();
        }
    }

    static class Recorded {
        final List<OrderVersionRecorded> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OrderVersionRecorded event) {
            events.add(event);
        }
    }
}
