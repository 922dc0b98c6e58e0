package org.nmoregister.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nmoregister.reporting.rules.Suppression.Reason;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreFewerThanFiveAndZeroAndFiveAreShown() {
        assertThat(Suppression.one("x", 0, true).text()).isEqualTo("0");
        for (int n = 1; n <= 4; n++) {
            assertThat(Suppression.one("x", n, true).text()).isEqualTo("fewer than 5");
            assertThat(Suppression.one("x", n, true).value()).isNull();
        }
        assertThat(Suppression.one("x", 5, true).text()).isEqualTo("5");
        assertThat(Suppression.one("x", 5, true).value()).isEqualTo(5L);
    }

    @Test
    void withoutTheRuleEverythingIsShown() {
        assertThat(Suppression.one("x", 3, false).text()).isEqualTo("3");
        var table = Suppression.table(Suppression.counts("a", 3L, "b", 40L), false);
        assertThat(table.cells()).allMatch(Suppression.Cell::shown);
        assertThat(table.total().count()).isEqualTo(43);
    }

    @Test
    void oneHiddenCellHidesTheNextSmallestSoTheTotalCannotRevealIt() {
        var table = Suppression.table(Suppression.counts("a", 3L, "b", 40L, "c", 12L, "d", 0L), true);
        assertThat(table.cells()).extracting(Suppression.Cell::reason)
                .containsExactly(Reason.SMALL, Reason.SHOWN, Reason.REVEALING, Reason.SHOWN);
        assertThat(table.total().text()).isEqualTo("55");
        assertThat(table.cells().get(2).text()).isEqualTo(Suppression.HIDDEN);
    }

    @Test
    void twoHiddenCellsNeedNoMore() {
        var table = Suppression.table(Suppression.counts("a", 3L, "b", 1L, "c", 12L), true);
        assertThat(table.cells()).extracting(Suppression.Cell::reason)
                .containsExactly(Reason.SMALL, Reason.SMALL, Reason.SHOWN);
    }

    @Test
    void aSmallTotalHidesTheWholeTable() {
        var table = Suppression.table(Suppression.counts("a", 2L, "b", 1L, "c", 0L), true);
        assertThat(table.total().text()).isEqualTo("fewer than 5");
        assertThat(table.cells()).extracting(Suppression.Cell::text)
                .containsExactly("fewer than 5", "fewer than 5", "0");
    }

    @Test
    void aLoneHiddenCellWithNothingElseToHideStaysAlone() {
        var table = Suppression.table(Suppression.counts("a", 2L, "b", 0L, "c", 0L), true);
        assertThat(table.total().reason()).isEqualTo(Reason.SMALL);
        var other = Suppression.table(Suppression.counts("a", 4L, "b", 6L), true);
        assertThat(other.cells()).extracting(Suppression.Cell::reason).containsExactly(Reason.SMALL, Reason.REVEALING);
    }
}
