package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each field the register's rule checks, at the edge where it turns from kept to refused, with the field named as
 * the orders API names it and the reason an officer reads.
 */
class OrderRulesFieldsTest {

    private static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");
    private static final Instant MADE = NOW.minusSeconds(30L * 86_400);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);

    /** The fixture order with one change, so each test names only what it breaks. */
    private static final class Draft {
        OrderDetails d = OrderFixtures.withoutNoticeNmo("LS26F00999", MADE)
                .withService(List.of(new ServiceRecord(MADE.plusSeconds(3600), ServiceMethod.PERSONAL, "PC 1", null,
                        null)));
        String court = d.court();
        String caseNumber = d.caseNumber();
        OrderType orderType = d.orderType();
        Instant madeAt = d.madeAt();
        ReturnHearing returnHearing = d.returnHearing();
        DurationKind duration = d.duration();
        Instant endsAt = d.endsAt();
        ProtectedPerson applicant = d.applicant();
        List<ProtectedPerson> others = d.otherProtectedPersons();
        List<ProtectedPerson> children = d.children();
        Respondent respondent = d.respondent();
        List<Term> terms = d.terms();
        List<ServiceRecord> service = d.service();
        Instant dischargedAt;

        OrderDetails build() {
            return new OrderDetails(court, caseNumber, orderType, madeAt, d.withoutNotice(), returnHearing, duration,
                    endsAt, d.penalNotice(), applicant, others, children, respondent, d.relationship(), terms,
                    service, dischargedAt, d.notes());
        }
    }

    /** "field: reason" for every problem found with the fixture order changed by {@code change}. */
    private static List<String> errors(Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        return OrderRules.validate(draft.build(), NOW).stream().map(e -> e.field() + ": " + e.reason()).toList();
    }

    private static Respondent respondent(String name, LocalDate dateOfBirth) {
        return new Respondent(name, dateOfBirth, List.of(), List.of(), List.of(), null, List.of(), null);
    }

    @Test
    void theFixtureOrderHasNoProblem() {
        assertThat(errors(d -> { })).isEmpty();
    }

    @Test
    void courtAndCaseNumberAreRequiredAndLimited() {
        assertThat(errors(d -> d.court = null)).containsExactly("court: is required");
        assertThat(errors(d -> d.court = "  ")).containsExactly("court: is required");
        assertThat(errors(d -> d.caseNumber = "")).containsExactly("caseNumber: is required");
        assertThat(errors(d -> d.caseNumber = "X".repeat(60))).isEmpty();
        assertThat(errors(d -> d.caseNumber = "X".repeat(61)))
                .containsExactly("caseNumber: must be at most 60 characters");
        // the limit is on what the court wrote, not the spaces around it
        assertThat(errors(d -> d.caseNumber = " " + "X".repeat(60) + " ")).isEmpty();
        assertThat(errors(d -> d.court = "C".repeat(200))).isEmpty();
        assertThat(errors(d -> d.court = " " + "C".repeat(200) + " ")).isEmpty();
        assertThat(errors(d -> d.court = "C".repeat(201))).containsExactly("court: must be at most 200 characters");
    }

    @Test
    void namesAreRequiredAndAtMost300Characters() {
        assertThat(errors(d -> d.respondent = respondent("R".repeat(300), null))).isEmpty();
        assertThat(errors(d -> d.respondent = respondent("R".repeat(301), null)))
                .containsExactly("respondent.name: must be at most 300 characters");
        assertThat(errors(d -> d.respondent = respondent(" ", null))).containsExactly("respondent.name: is required");
        assertThat(errors(d -> d.applicant = ProtectedPerson.named(null, null)))
                .containsExactly("applicant.name: is required");
        assertThat(errors(d -> d.others = List.of(ProtectedPerson.named("Ann Lee", null),
                ProtectedPerson.named("", null)))).containsExactly("otherProtectedPersons[1].name: is required");
        assertThat(errors(d -> d.children = List.of(ProtectedPerson.named(null, null))))
                .containsExactly("children[0].name: is required");
    }

    @Test
    void theApplicantAndTheRespondentAreRequired() {
        assertThat(errors(d -> d.applicant = null))
                .containsExactly("applicant: is required: the person the order protects");
        assertThat(errors(d -> d.respondent = null))
                .containsExactly("respondent: is required: the person the order binds");
        assertThat(errors(d -> d.orderType = null)).containsExactly("orderType: is required");
    }

    @Test
    void aDateOfBirthIsNotInTheFutureNorMoreThan120YearsAgo() {
        assertThat(errors(d -> d.respondent = respondent("John Smith", TODAY))).isEmpty();
        assertThat(errors(d -> d.respondent = respondent("John Smith", TODAY.plusDays(1))))
                .containsExactly("respondent.dateOfBirth: is in the future");
        assertThat(errors(d -> d.respondent = respondent("John Smith", TODAY.minusYears(120)))).isEmpty();
        assertThat(errors(d -> d.respondent = respondent("John Smith", TODAY.minusYears(120).minusDays(1))))
                .containsExactly("respondent.dateOfBirth: is more than 120 years ago");
        assertThat(errors(d -> d.applicant = ProtectedPerson.named("Jane Smith", TODAY.plusDays(1))))
                .containsExactly("applicant.dateOfBirth: is in the future");
        assertThat(errors(d -> d.children = List.of(ProtectedPerson.named("Amy Smith", TODAY.plusDays(1)))))
                .containsExactly("children[0].dateOfBirth: is in the future");
        assertThat(errors(d -> d.others = List.of(ProtectedPerson.named("Ann Lee", TODAY.minusYears(121)))))
                .containsExactly("otherProtectedPersons[0].dateOfBirth: is more than 120 years ago");
    }

    @Test
    void theDateTheOrderWasMadeIsRequired() {
        assertThat(errors(d -> {
            d.madeAt = null;
            d.service = List.of();
        })).containsExactly("madeAt: is required: when the court made the order");
    }

    @Test
    void noDateIsKeptOutsideTheRegistersWindow() {
        Instant earliest = Instant.parse("1900-01-01T00:00:00Z");
        Instant afterLatest = Instant.parse("2200-01-01T00:00:00Z");
        assertThat(errors(d -> d.endsAt = afterLatest.minusSeconds(1))).isEmpty();
        assertThat(errors(d -> d.endsAt = afterLatest))
                .containsExactly("endsAt: must be between 1900-01-01 and 2199-12-31");
        assertThat(errors(d -> d.returnHearing = new ReturnHearing(afterLatest, "Leeds")))
                .containsExactly("returnHearing.at: must be between 1900-01-01 and 2199-12-31");
        assertThat(errors(d -> d.dischargedAt = afterLatest))
                .containsExactly("dischargedAt: must be between 1900-01-01 and 2199-12-31");
        // an order made at the first instant of the window is kept as to its date (only its end, hearing and
        // service come before it)
        assertThat(errors(d -> {
            d.madeAt = earliest;
            d.service = List.of();
        })).doesNotContain("madeAt: must be between 1900-01-01 and 2199-12-31");
        assertThat(errors(d -> {
            d.madeAt = earliest.minusSeconds(1);
            d.service = List.of();
        })).contains("madeAt: must be between 1900-01-01 and 2199-12-31");
        assertThat(errors(d -> d.service = List.of(new ServiceRecord(MADE.plusSeconds(60), ServiceMethod.BAILIFF,
                null, null, null), new ServiceRecord(afterLatest, ServiceMethod.PERSONAL, null, null, null))))
                .contains("service[1].servedAt: must be between 1900-01-01 and 2199-12-31")
                .noneMatch(e -> e.startsWith("service[0]"));
    }

    @Test
    void termsAreRequiredNotEmptyNotTooLongAndNumberedOnce() {
        assertThat(errors(d -> d.terms = List.of()))
                .containsExactly("terms: at least one term is required, verbatim as the order states it");
        List<Term> withEmpty = new ArrayList<>();
        withEmpty.add(new Term(1, "The respondent must not contact the applicant."));
        withEmpty.add(new Term(2, null));
        withEmpty.add(new Term(3, "   "));
        assertThat(errors(d -> d.terms = withEmpty)).containsExactly("terms[1]: is empty", "terms[2]: is empty");
        assertThat(errors(d -> d.terms = List.of(new Term(1, "x".repeat(OrderRules.MAX_TERM_LENGTH))))).isEmpty();
        assertThat(errors(d -> d.terms = List.of(new Term(1, "x".repeat(OrderRules.MAX_TERM_LENGTH + 1)))))
                .containsExactly("terms[0]: is longer than 10000 characters");
        assertThat(errors(d -> d.terms = List.of(new Term(1, "A"), new Term(2, "B"), new Term(1, "C"))))
                .containsExactly("terms[2].number: number 1 is used twice");
        // an empty term does not take its number
        assertThat(errors(d -> d.terms = List.of(new Term(1, " "), new Term(1, "A"))))
                .containsExactly("terms[0]: is empty");
    }

    @Test
    void theDurationDecidesWhichEndIsRequired() {
        assertThat(errors(d -> d.duration = null))
                .containsExactly("duration: is required: UNTIL_DATE, UNTIL_FURTHER_ORDER or UNTIL_NEXT_HEARING");
        assertThat(errors(d -> d.endsAt = null))
                .containsExactly("endsAt: is required when the order applies until a date");
        assertThat(errors(d -> {
            d.duration = DurationKind.UNTIL_FURTHER_ORDER;
            d.endsAt = null;
        })).isEmpty();
        assertThat(errors(d -> {
            d.duration = DurationKind.UNTIL_NEXT_HEARING;
            d.endsAt = null;
        })).isEmpty();
        assertThat(errors(d -> {
            d.duration = DurationKind.UNTIL_NEXT_HEARING;
            d.returnHearing = null;
        })).containsExactly("returnHearing.at: is required when the order lasts until the next hearing");
        assertThat(errors(d -> {
            d.duration = DurationKind.UNTIL_NEXT_HEARING;
            d.returnHearing = new ReturnHearing(null, "Leeds Family Court");
        })).containsExactly("returnHearing.at: is required when the order lasts until the next hearing");
        assertThat(errors(d -> {
            d.duration = DurationKind.UNTIL_FURTHER_ORDER;
            d.returnHearing = null;
        })).isEmpty();
    }

    @Test
    void theEndComesAfterTheMakingAndTheHearingNotBeforeIt() {
        assertThat(errors(d -> d.endsAt = MADE.plusSeconds(1))).isEmpty();
        assertThat(errors(d -> d.endsAt = MADE)).containsExactly("endsAt: is not after the order was made");
        assertThat(errors(d -> d.endsAt = MADE.minusSeconds(1)))
                .containsExactly("endsAt: is not after the order was made");
        assertThat(errors(d -> d.returnHearing = new ReturnHearing(MADE, "Leeds"))).isEmpty();
        assertThat(errors(d -> d.returnHearing = new ReturnHearing(MADE.minusSeconds(1), "Leeds")))
                .containsExactly("returnHearing.at: is before the order was made");
        assertThat(errors(d -> d.dischargedAt = MADE)).isEmpty();
        assertThat(errors(d -> d.dischargedAt = MADE.minusSeconds(1)))
                .containsExactly("dischargedAt: is before the order was made");
    }

    @Test
    void eachServiceRecordNeedsItsDateAndMethod() {
        assertThat(errors(d -> d.service = List.of(new ServiceRecord(null, ServiceMethod.PERSONAL, null, null,
                null)))).containsExactly("service[0].servedAt: is required: when the respondent was served or made aware");
        assertThat(errors(d -> d.service = List.of(new ServiceRecord(MADE, null, null, null, null))))
                .containsExactly("service[0].method: is required: one of "
                        + java.util.Arrays.toString(ServiceMethod.values()));
        assertThat(errors(d -> d.service = List.of(new ServiceRecord(MADE.minusSeconds(1), ServiceMethod.PERSONAL,
                null, null, null)))).containsExactly("service[0].servedAt: is before the order was made");
        assertThat(OrderRules.validateService(new ServiceRecord(MADE, null, null, null, null), MADE, NOW))
                .extracting(e -> e.field() + ": " + e.reason())
                .containsExactly("method: is required: one of " + java.util.Arrays.toString(ServiceMethod.values()));
        assertThat(OrderRules.validateService(new ServiceRecord(MADE.minusSeconds(1), ServiceMethod.PERSONAL, null,
                null, null), null, NOW)).as("no date of making to compare with").isEmpty();
        assertThat(OrderRules.validateService(new ServiceRecord(Instant.parse("1899-12-31T23:59:59Z"),
                ServiceMethod.PERSONAL, null, null, null), null, NOW)).extracting(e -> e.field() + ": " + e.reason())
                .containsExactly("servedAt: must be between 1900-01-01 and 2199-12-31");
    }
}
