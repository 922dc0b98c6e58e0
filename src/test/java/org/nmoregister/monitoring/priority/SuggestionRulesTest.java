package org.nmoregister.monitoring.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    final SuggestionRules rules = new SuggestionRules(Period.ofMonths(12), LONDON);
    final UUID order = UUID.randomUUID();

    SuggestionRules.Order nmo(UUID id, boolean ended) {
        return new SuggestionRules.Order(id, "LS26F1", "NMO", ended, false, false);
    }

    SuggestionRules.Breach breach(String at, boolean notCrimed) {
        return new SuggestionRules.Breach(UUID.randomUUID(), "BR-1", order, Instant.parse(at), notCrimed);
    }

    List<SuggestionRules.Suggestion> suggest(List<SuggestionRules.Order> orders, List<SuggestionRules.Breach> breaches,
                                             SuggestionRules.Assessment latest, List<SuggestionRules.Flag> flags) {
        return rules.suggest(new SuggestionRules.Facts(orders, breaches, latest, flags), NOW);
    }

    @Test
    void twoBreachesInTheWindowAreRepeatBreachesNamingTheCountWindowAndLatest() {
        var last = breach("2026-11-30T09:00:00Z", false);
        var found = suggest(List.of(nmo(order, false)), List.of(breach("2026-03-01T09:00:00Z", false), last), null,
                List.of());
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SuggestionReason.REPEAT_BREACHES);
            assertThat(s.why()).startsWith("2 breaches reported since 4 December 2025")
                    .contains("the risk rules' window of 12 months").contains("30 November 2026");
            assertThat(s.evidence()).isEqualTo("breach:" + last.reportId());
        });
    }

    @Test
    void oneBreachOrTwoWithOneOutsideTheWindowIsNotRepeat() {
        assertThat(suggest(List.of(nmo(order, false)), List.of(breach("2026-11-30T09:00:00Z", false)), null,
                List.of())).isEmpty();
        // the window starts at midnight of the same day a year before (UK time): 3 December 2025 is outside
        assertThat(suggest(List.of(nmo(order, false)), List.of(breach("2025-12-03T23:59:00Z", false),
                breach("2026-11-30T09:00:00Z", false)), null, List.of())).isEmpty();
        assertThat(suggest(List.of(nmo(order, false)), List.of(breach("2025-12-04T00:00:00Z", false),
                breach("2026-11-30T09:00:00Z", false)), null, List.of())).hasSize(1);
    }

    @Test
    void theWindowIsTheOneGivenNotAFixedYear() {
        var shortWindow = new SuggestionRules(Period.ofMonths(3), LONDON);
        var facts = new SuggestionRules.Facts(List.of(nmo(order, false)), List.of(breach("2026-06-01T09:00:00Z", false),
                breach("2026-11-30T09:00:00Z", false)), null, List.of());
        assertThat(shortWindow.suggest(facts, NOW)).isEmpty();
        assertThat(rules.suggest(facts, NOW)).hasSize(1);
    }

    @Test
    void aNewBreachIsNewEvidence() {
        var first = suggest(List.of(nmo(order, false)), List.of(breach("2026-10-01T09:00:00Z", false),
                breach("2026-11-01T09:00:00Z", false)), null, List.of()).get(0);
        var again = suggest(List.of(nmo(order, false)), List.of(breach("2026-10-01T09:00:00Z", false),
                breach("2026-11-01T09:00:00Z", false), breach("2026-12-01T09:00:00Z", false)), null, List.of()).get(0);
        assertThat(again.evidence()).isNotEqualTo(first.evidence());
    }

    @Test
    void highRiskOnTheLatestAssessmentOnly() {
        UUID id = UUID.randomUUID();
        assertThat(suggest(List.of(), List.of(), new SuggestionRules.Assessment(id, "HIGH",
                Instant.parse("2026-12-01T12:00:00Z")), List.of())).singleElement().satisfies(s -> {
                    assertThat(s.reason()).isEqualTo(SuggestionReason.HIGH_RISK);
                    assertThat(s.why()).contains("1 December 2026");
                    assertThat(s.evidence()).isEqualTo("assessment:" + id);
                });
        assertThat(suggest(List.of(), List.of(), new SuggestionRules.Assessment(id, "MEDIUM", NOW), List.of()))
                .isEmpty();
    }

    @Test
    void aDapoWithMonitoringOrNotificationRequirementsThatHasNotEnded() {
        UUID dapo = UUID.randomUUID();
        var em = new SuggestionRules.Order(dapo, "MC26D1", "DAPO", false, true, false);
        assertThat(suggest(List.of(em), List.of(), null, List.of())).singleElement()
                .satisfies(s -> {
                    assertThat(s.reason()).isEqualTo(SuggestionReason.DAPO_REQUIREMENTS);
                    assertThat(s.why()).isEqualTo("DAPO MC26D1 imposes electronic monitoring.");
                    assertThat(s.orderId()).isEqualTo(dapo);
                });
        var both = new SuggestionRules.Order(dapo, "MC26D1", "DAPO", false, true, true);
        assertThat(suggest(List.of(both), List.of(), null, List.of()).get(0).why())
                .contains("electronic monitoring and notification requirements");
        assertThat(suggest(List.of(new SuggestionRules.Order(dapo, "MC26D1", "DAPO", true, true, true)), List.of(),
                null, List.of())).isEmpty();
        assertThat(suggest(List.of(new SuggestionRules.Order(dapo, "MC26D1", "DAPO", false, false, false)), List.of(),
                null, List.of())).isEmpty();
        assertThat(suggest(List.of(new SuggestionRules.Order(dapo, "LS26F1", "NMO", false, true, true)), List.of(),
                null, List.of())).isEmpty();
    }

    @Test
    void anIomOrMappaFlag() {
        UUID flag = UUID.randomUUID();
        assertThat(suggest(List.of(), List.of(), null, List.of(new SuggestionRules.Flag(flag, "MAPPA",
                "category 1, level 2")))).singleElement().satisfies(s -> {
                    assertThat(s.reason()).isEqualTo(SuggestionReason.OFFENDER_MANAGEMENT);
                    assertThat(s.why()).startsWith("Managed under MAPPA (category 1, level 2)");
                    assertThat(s.evidence()).isEqualTo("flag:" + flag);
                });
        assertThat(suggest(List.of(), List.of(), null, List.of(new SuggestionRules.Flag(flag, "IOM", null))).get(0)
                .why()).startsWith("Under integrated offender management,");
    }

    @Test
    void breachesNotCrimedOfAnOrderNotEnded() {
        var uncrimed = breach("2025-01-01T09:00:00Z", true);
        var found = suggest(List.of(nmo(order, false)), List.of(uncrimed), null, List.of());
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SuggestionReason.BREACHES_NOT_CRIMED);
            assertThat(s.why()).startsWith("1 breach of order LS26F1 not recorded as a crime");
            assertThat(s.evidence()).isEqualTo("order:" + order + ":breach:" + uncrimed.reportId());
        });
        assertThat(suggest(List.of(nmo(order, true)), List.of(uncrimed), null, List.of())).isEmpty();
        assertThat(suggest(List.of(nmo(order, false)), List.of(breach("2025-01-01T09:00:00Z", false)), null,
                List.of())).isEmpty();
    }

    @Test
    void everyReasonAtOnce() {
        var found = suggest(List.of(nmo(order, false), new SuggestionRules.Order(UUID.randomUUID(), "D", "DAPO", false,
                        true, false)), List.of(breach("2026-11-01T09:00:00Z", true), breach("2026-11-02T09:00:00Z", false)),
                new SuggestionRules.Assessment(UUID.randomUUID(), "HIGH", NOW),
                List.of(new SuggestionRules.Flag(UUID.randomUUID(), "IOM", null)));
        assertThat(found).extracting(SuggestionRules.Suggestion::reason).containsExactly(SuggestionReason.HIGH_RISK,
                SuggestionReason.REPEAT_BREACHES, SuggestionReason.DAPO_REQUIREMENTS,
                SuggestionReason.OFFENDER_MANAGEMENT, SuggestionReason.BREACHES_NOT_CRIMED);
    }

    @Test
    void windowsInWords() {
        assertThat(SuggestionRules.words(Period.ofMonths(12))).isEqualTo("12 months");
        assertThat(SuggestionRules.words(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(SuggestionRules.words(Period.ofDays(90))).isEqualTo("90 days");
        assertThat(SuggestionRules.words(Period.of(0, 6, 1))).isEqualTo("6 months and 1 day");
    }

    @Test
    void oneRespondentAcrossSpellingsAndNotAcrossBirthDates() {
        LocalDate dob = LocalDate.of(1980, 5, 1);
        assertThat(RespondentKey.of("Seán  O'Brien", dob)).isEqualTo(RespondentKey.of("SEAN OBRIEN", dob));
        assertThat(RespondentKey.of("Seán O'Brien", dob)).isNotEqualTo(RespondentKey.of("Sean OBrien", null));
        assertThat(RespondentKey.of("Anna-Maria Kowalska", dob)).isEqualTo("anna maria kowalska|1980-05-01");
    }
}
