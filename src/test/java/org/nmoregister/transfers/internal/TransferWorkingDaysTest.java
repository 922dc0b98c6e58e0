package org.nmoregister.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Working days in England and Wales, and the moment N of them have passed. Plain Java. */
class TransferWorkingDaysTest {

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TransferWorkingDays.LONDON);
    }

    @Test
    void theBankHolidaysOfAYearWithChristmasOnAFriday() {
        assertThat(TransferWorkingDays.bankHolidays(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void christmasAndBoxingDayAtTheWeekendMoveToMondayAndTuesday() {
        // 2027: Christmas on a Saturday, Boxing Day on a Sunday; New Year's Day 2028 on a Saturday
        assertThat(TransferWorkingDays.bankHolidays(2027)).contains(LocalDate.of(2027, 12, 27),
                LocalDate.of(2027, 12, 28)).doesNotContain(LocalDate.of(2027, 12, 25));
        assertThat(TransferWorkingDays.bankHolidays(2028)).contains(LocalDate.of(2028, 1, 3));
        // 2022: Christmas on a Sunday: Boxing Day Monday, the Christmas holiday Tuesday
        assertThat(TransferWorkingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 12, 26),
                LocalDate.of(2022, 12, 27));
    }

    @Test
    void easterIsComputedForAnyYear() {
        assertThat(TransferWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TransferWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(TransferWorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(TransferWorkingDays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
    }

    @Test
    void proclaimedChangesAreKept() {
        assertThat(TransferWorkingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2),
                LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)).doesNotContain(LocalDate.of(2022, 5, 30));
        assertThat(TransferWorkingDays.bankHolidays(2020)).contains(LocalDate.of(2020, 5, 8))
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(TransferWorkingDays.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 8));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(TransferWorkingDays.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse(); // Saturday
        assertThat(TransferWorkingDays.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse(); // Sunday
        assertThat(TransferWorkingDays.isWorkingDay(LocalDate.of(2026, 12, 4))).isTrue();  // Friday
        assertThat(TransferWorkingDays.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse(); // summer bank holiday
    }

    @Test
    void fiveWorkingDaysFromAMondayIsTheNextMondayAtTheSameTime() {
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-11-30T10:15"), 5)).isEqualTo(at("2026-12-07T10:15"));
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-04T16:00"), 5)).isEqualTo(at("2026-12-11T16:00"));
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-04T16:00"), 1)).isEqualTo(at("2026-12-07T16:00"));
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-04T16:00"), 0)).isEqualTo(at("2026-12-04T16:00"));
    }

    @Test
    void bankHolidaysAreSkipped() {
        // Thursday before Easter 2026: Good Friday and Easter Monday do not count
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-04-02T09:00"), 5)).isEqualTo(at("2026-04-13T09:00"));
        // Christmas 2026: Friday the 25th and Monday the 28th (Boxing Day's holiday) do not count
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-23T12:00"), 5)).isEqualTo(at("2027-01-04T12:00"));
    }

    @Test
    void aRequestOnANonWorkingDayCountsFromTheNextWorkingDay() {
        // Saturday: Monday to Friday are the five days, so it is due as Friday ends
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-05T11:00"), 5)).isEqualTo(at("2026-12-12T00:00"));
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-05T11:00"), 1)).isEqualTo(at("2026-12-08T00:00"));
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-12-05T11:00"), 0)).isEqualTo(at("2026-12-07T00:00"));
        // Easter Monday 2026: Tuesday is the first day counted
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-04-06T09:00"), 2)).isEqualTo(at("2026-04-09T00:00"));
    }

    @Test
    void theClockChangeKeepsTheLocalTime() {
        // British Summer Time ends on Sunday 25 October 2026
        assertThat(TransferWorkingDays.plusWorkingDays(at("2026-10-23T10:00"), 1).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-26T10:00"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> TransferWorkingDays.plusWorkingDays(at("2026-12-04T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(TransferWorkingDays.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(TransferWorkingDays.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
