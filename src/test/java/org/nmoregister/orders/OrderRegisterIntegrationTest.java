package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.ReasonRequiredException;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class OrderRegisterIntegrationTest {

    @Autowired
    OrderRegister register;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    @WithUserDetails("poc.northshire")
    void aVariationIsVersionTwoAndAsAtReturnsTheVersionThenInForce() {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        OrderDetails made1 = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        UUID id = register.create(made1, "From the court feed");
        register.recordService(id, new ServiceRecord(made.plusSeconds(3600), ServiceMethod.PERSONAL, "PC 101", null, null));

        Instant variedAt = made.plus(1, ChronoUnit.DAYS);
        List<Term> newTerms = List.of(new Term(1, made1.terms().get(0).text()),
                new Term(2, "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB."));
        OrderDetails varied = new OrderDetails(made1.court(), made1.caseNumber(), made1.orderType(), made1.madeAt(),
                made1.withoutNotice(), made1.returnHearing(), made1.duration(), made1.endsAt(), true,
                made1.applicant(), List.of(), made1.children(), made1.respondent(), made1.relationship(), newTerms,
                List.of(), null, null);
        OrderSnapshot v3 = register.addVersion(id, ChangeKind.VARIATION, variedAt, varied, "FL404B");

        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.details().service()).hasSize(1);
        assertThat(register.history(id)).extracting(OrderVersionSummary::changeKind)
                .containsExactly(ChangeKind.MADE, ChangeKind.SERVICE, ChangeKind.VARIATION);
        assertThat(register.findByCaseNumber(caseNumber.toLowerCase())).hasSize(1);

        OrderSnapshot beforeService = register.asAt(id, made.plusSeconds(60)).orElseThrow();
        assertThat(beforeService.version()).isEqualTo(1);
        assertThat(beforeService.status()).isEqualTo(OrderStatus.PENDING_SERVICE);

        OrderSnapshot beforeVariation = register.asAt(id, variedAt.minusSeconds(1)).orElseThrow();
        assertThat(beforeVariation.version()).isEqualTo(2);
        assertThat(beforeVariation.status()).isEqualTo(OrderStatus.IN_FORCE);
        assertThat(beforeVariation.details().terms().get(1).text()).contains("enter 14 Acacia Avenue");

        OrderSnapshot afterVariation = register.asAt(id, variedAt).orElseThrow();
        assertThat(afterVariation.version()).isEqualTo(3);
        assertThat(afterVariation.details().terms().get(1).text()).contains("within 100 metres");

        assertThat(register.asAt(id, made.minusSeconds(1))).isEmpty();
    }

    @Test
    @WithUserDetails("poc.northshire")
    void theSameCourtOrderCannotBeRecordedTwice() {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), null);
        assertThatThrownBy(() -> register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), null))
                .isInstanceOf(ConflictException.class);
        assertThat(register.findExisting("leeds  family court", caseNumber, OrderType.NMO)).isPresent();
    }

    @Test
    @WithUserDetails("poc.northshire")
    void anIncompleteOrderNamesEveryMissingFieldAndStoresNothing() {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        OrderDetails complete = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        OrderDetails incomplete = new OrderDetails(complete.court(), caseNumber, OrderType.NMO, made, true, null,
                DurationKind.UNTIL_DATE, null, true, complete.applicant(), List.of(), List.of(), null,
                complete.relationship(), List.of(), List.of(), null, null);
        assertThatThrownBy(() -> register.create(incomplete, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field)
                        .contains("respondent", "terms", "endsAt"));
        assertThat(jdbc.queryForObject("select count(*) from protective_order where case_number = ?", Long.class,
                caseNumber)).isZero();
    }

    @Test
    @WithUserDetails("poc.northshire")
    void serviceBeforeTheOrderWasMadeIsRefused() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);
        assertThatThrownBy(() -> register.recordService(id,
                new ServiceRecord(made.minusSeconds(60), ServiceMethod.BAILIFF, "Bailiff", null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(register.history(id)).hasSize(1);
    }

    @Test
    @WithUserDetails("poc.northshire")
    void readingIsLoggedWithTheReason() {
        UUID id = register.create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null);
        register.read(id, null, "INC-2026-0042");
        assertThat(accessLog.search(new AccessLog.Query(null, id.toString(), null, null, 10)))
                .anySatisfy(e -> {
                    assertThat(e.reason()).isEqualTo("INC-2026-0042");
                    assertThat(e.username()).isEqualTo("poc.northshire");
                });
    }

    @Test
    void anotherForceCannotSeeTheOrderAndOfficersMustGiveAReason() {
        UUID id = asUser("poc.northshire", () -> register.create(
                OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made), null));
        asUser("poc.southvale", () -> {
            assertThatThrownBy(() -> register.read(id, null, "INC-1")).isInstanceOf(NotFoundException.class);
            return null;
        });
        asUser("officer.northshire", () -> {
            assertThatThrownBy(() -> register.read(id, null, " ")).isInstanceOf(ReasonRequiredException.class);
            assertThat(register.read(id, null, "LOG 1234 21/11")).isPresent();
            return null;
        });
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private <T> T asUser(String username, java.util.function.Supplier<T> work) {
        return org.nmoregister.support.SignedIn.as(users, username, work);
    }
}
