package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {

    static final Instant END = Instant.parse("2027-03-01T16:00:00Z");
    static final Instant MADE = Instant.parse("2026-03-01T10:00:00Z");
    final ExpiryRule rule = new ExpiryRule(Duration.ofDays(28), Duration.ofDays(7));

    @Test
    void planningStartsExactlyTwentyEightDaysBeforeTheEndAndNotASecondSooner() {
        Instant start = END.minus(Duration.ofDays(28));
        assertThat(rule.dueAt(MADE, END, null, start)).contains(END.minus(Duration.ofDays(7)));
        assertThat(rule.dueAt(MADE, END, null, start.minusSeconds(1))).isEmpty();
        assertThat(rule.dueAt(MADE, END, null, start.plusSeconds(1))).contains(END.minus(Duration.ofDays(7)));
    }

    @Test
    void anOrderNeedsNoPlanningFromTheMomentItEnds() {
        assertThat(rule.dueAt(MADE, END, null, END.minusSeconds(1))).contains(END);
        assertThat(rule.dueAt(MADE, END, null, END)).isEmpty();
        assertThat(rule.dueAt(MADE, END, null, END.plusSeconds(1))).isEmpty();
    }

    @Test
    void theDecisionIsDueAWeekBeforeTheEndOrAtTheEndWhenThatWeekHasBegun() {
        Instant marginStart = END.minus(Duration.ofDays(7));
        assertThat(rule.dueAt(MADE, END, null, marginStart.minusSeconds(1))).contains(marginStart);
        assertThat(rule.dueAt(MADE, END, null, marginStart)).contains(END);
        assertThat(rule.dueAt(MADE, END, null, marginStart.plusSeconds(1))).contains(END);
    }

    @Test
    void anOrderWithoutAnEndOrDischargedBeforeItHasNothingToPlanFor() {
        Instant now = END.minus(Duration.ofDays(10));
        assertThat(rule.dueAt(MADE, null, null, now)).isEmpty();
        assertThat(rule.dueAt(MADE, END, END.minus(Duration.ofDays(20)), now)).as("discharged already").isEmpty();
        assertThat(rule.dueAt(MADE, END, now.plus(Duration.ofDays(2)), now)).as("discharge to come before the end")
                .isEmpty();
        assertThat(rule.dueAt(MADE, END, END, now)).as("discharged at the end: ends by discharge").isEmpty();
        assertThat(rule.dueAt(MADE, END, END.plusSeconds(1), now)).as("a discharge after the end changes nothing")
                .contains(END.minus(Duration.ofDays(7)));
    }

    @Test
    void anOrderNotYetMadeNeedsNoPlanningButOneWaitingForServiceDoes() {
        Instant now = END.minus(Duration.ofDays(10));
        assertThat(rule.dueAt(now.plusSeconds(1), END, null, now)).isEmpty();
        assertThat(rule.dueAt(now, END, null, now)).contains(END.minus(Duration.ofDays(7)));
        assertThat(rule.dueAt(null, END, null, now)).contains(END.minus(Duration.ofDays(7)));
    }

    @Test
    void theEndToPlanForIsTheOrdersOwnUnlessDischargedFirst() {
        assertThat(ExpiryRule.endToPlanFor(END, null)).contains(END);
        assertThat(ExpiryRule.endToPlanFor(null, null)).isEmpty();
        assertThat(ExpiryRule.endToPlanFor(END, END.minusSeconds(1))).isEmpty();
        assertThat(ExpiryRule.endToPlanFor(END, END)).isEmpty();
        assertThat(ExpiryRule.endToPlanFor(END, END.plusSeconds(1))).contains(END);
    }

    @Test
    void anOrderLapsesAtItsEndUnlessDischarged() {
        assertThat(ExpiryRule.lapsed(END, null, END.minusSeconds(1))).isFalse();
        assertThat(ExpiryRule.lapsed(END, null, END)).isTrue();
        assertThat(ExpiryRule.lapsed(END, END.minusSeconds(1), END.plusSeconds(5))).isFalse();
        assertThat(ExpiryRule.lapsed(null, null, END)).isFalse();
    }

    @Test
    void theLeadAndMarginMustMakeSense() {
        assertThatThrownBy(() -> new ExpiryRule(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryRule(Duration.ofDays(7), Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryRule(Duration.ofDays(7), Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExpiryRule(Duration.ofDays(7), Duration.ofDays(7)).lead()).isEqualTo(Duration.ofDays(7));
        assertThat(new ExpiryRule(Duration.ofDays(7), Duration.ZERO).dueAt(null, END, null, END.minusSeconds(60)))
                .contains(END);
    }
}
