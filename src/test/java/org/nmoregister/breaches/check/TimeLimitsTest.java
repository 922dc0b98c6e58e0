package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.breaches.check.TermJudge.LIKELY;
import static org.nmoregister.breaches.check.TermJudge.NOT_COVERED;
import static org.nmoregister.breaches.check.TermJudge.POSSIBLE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ways courts limit a term in time, each judged at instants inside, outside and at the edge of the limit, in the
 * United Kingdom's local time. 14 January 2026 is a Wednesday, 17 January a Saturday; winter, so local time is GMT.
 */
class TimeLimitsTest {

    private static final Instant MADE = Instant.parse("2026-01-01T10:00:00Z");

    static Stream<Arguments> limits() {
        return Stream.of(
                // daily hours
                at("between 8am and 6pm", "must not contact the applicant between 8am and 6pm", "2026-01-14T09:00", LIKELY),
                at("between 8am and 6pm", "must not contact the applicant between 8am and 6pm", "2026-01-14T21:00", NOT_COVERED),
                at("between the hours of 10pm and 7am", "must not go to the road between the hours of 10pm and 7am",
                        "2026-01-14T23:30", LIKELY),
                at("between the hours of 10pm and 7am", "must not go to the road between the hours of 10pm and 7am",
                        "2026-01-14T03:00", LIKELY),
                at("between the hours of 10pm and 7am", "must not go to the road between the hours of 10pm and 7am",
                        "2026-01-14T12:00", NOT_COVERED),
                at("from 8 p.m. until 7 a.m.", "must not telephone her from 8 p.m. until 7 a.m.", "2026-01-14T02:00", LIKELY),
                at("from 8 p.m. until 7 a.m.", "must not telephone her from 8 p.m. until 7 a.m.", "2026-01-14T10:00", NOT_COVERED),
                // "between 7 and 10pm" is an evening; "between 8 and 6pm" is a working day
                at("between 7 and 10pm", "must not call between 7 and 10pm", "2026-01-14T19:30", LIKELY),
                at("between 7 and 10pm", "must not call between 7 and 10pm", "2026-01-14T08:00", NOT_COVERED),
                at("between 8 and 6pm", "must not call between 8 and 6pm", "2026-01-14T09:00", LIKELY),
                at("between 8 and 6pm", "must not call between 8 and 6pm", "2026-01-14T19:00", NOT_COVERED),
                at("between 2000hrs and 0700hrs", "must not attend between 2000hrs and 0700hrs", "2026-01-14T21:00", LIKELY),
                at("between midnight and 6am", "must not attend between midnight and 6am", "2026-01-14T07:00", NOT_COVERED),
                // the hours turned around
                at("between 9am and 5pm", "must not contact the applicant except between 9am and 5pm", "2026-01-14T20:00", LIKELY),
                at("between 9am and 5pm", "must not contact the applicant except between 9am and 5pm", "2026-01-14T10:00", NOT_COVERED),
                at("outside the hours of 9am and 5pm", "must not contact the applicant outside the hours of 9am and 5pm",
                        "2026-01-14T20:00", LIKELY),
                at("outside the hours of 9am and 5pm", "must not contact the applicant outside the hours of 9am and 5pm",
                        "2026-01-14T10:00", NOT_COVERED),
                at("between 6pm and 7pm", "The respondent may only telephone the applicant between 6pm and 7pm to arrange"
                        + " contact with the children", "2026-01-14T21:00", LIKELY),
                at("between 6pm and 7pm", "The respondent may only telephone the applicant between 6pm and 7pm to arrange"
                        + " contact with the children", "2026-01-14T18:30", NOT_COVERED),
                // a term that is not turned around by an exception elsewhere in it
                at("between 8am and 6pm", "must not contact the applicant, except through solicitors, between 8am and 6pm",
                        "2026-01-14T10:00", LIKELY),
                // one side of a time of day
                at("after 9pm", "must not telephone the applicant after 9pm", "2026-01-14T22:00", LIKELY),
                at("after 9pm", "must not telephone the applicant after 9pm", "2026-01-14T02:00", POSSIBLE),
                at("after 9pm", "must not telephone the applicant after 9pm", "2026-01-14T14:00", NOT_COVERED),
                at("before 8am", "must not attend the house before 8am", "2026-01-14T07:00", LIKELY),
                at("before 8am", "must not attend the house before 8am", "2026-01-14T23:00", POSSIBLE),
                at("before 8am", "must not attend the house before 8am", "2026-01-14T10:00", NOT_COVERED),
                // a date the term ends or starts
                at("until 4pm on 1 March 2026", "must not enter the property until 4pm on 1 March 2026",
                        "2026-03-01T15:00", LIKELY),
                at("until 4pm on 1 March 2026", "must not enter the property until 4pm on 1 March 2026",
                        "2026-03-01T17:00", NOT_COVERED),
                at("until 1 March 2026", "must not enter the property until 1 March 2026", "2026-02-28T12:00", LIKELY),
                at("until 1 March 2026", "must not enter the property until 1 March 2026", "2026-03-01T10:00", POSSIBLE),
                at("until 1 March 2026", "must not enter the property until 1 March 2026", "2026-03-02T10:00", NOT_COVERED),
                at("until 01/03/2026", "must not enter the property until 01/03/2026", "2026-03-02T10:00", NOT_COVERED),
                at("until 1st March", "must not enter the property until 1st March", "2026-02-20T10:00", LIKELY),
                at("from 3 June 2026", "must not attend the school from 3 June 2026", "2026-06-02T10:00", NOT_COVERED),
                at("from 3 June 2026", "must not attend the school from 3 June 2026", "2026-06-04T10:00", LIKELY),
                // a period from the making of the order (1 January 2026)
                at("for 28 days", "must not contact the applicant for 28 days", "2026-01-20T10:00", LIKELY),
                at("for 28 days", "must not contact the applicant for 28 days", "2026-02-01T10:00", NOT_COVERED),
                at("for a period of six months", "must not go to the street for a period of six months",
                        "2026-05-01T10:00", LIKELY),
                at("for a period of six months", "must not go to the street for a period of six months",
                        "2026-08-01T10:00", NOT_COVERED),
                // parts of the day and week
                at("overnight", "must not stay at the property overnight", "2026-01-14T02:00", LIKELY),
                at("overnight", "must not stay at the property overnight", "2026-01-14T12:00", NOT_COVERED),
                at("overnight", "must not stay at the property overnight", "2026-01-14T20:00", POSSIBLE),
                at("during the day", "must not attend during the day", "2026-01-14T12:00", LIKELY),
                at("during the day", "must not attend during the day", "2026-01-14T23:00", NOT_COVERED),
                at("during the day", "must not attend during the day", "2026-01-14T07:00", POSSIBLE),
                at("during the evening", "must not telephone her during the evening", "2026-01-14T20:00", LIKELY),
                at("during the evening", "must not telephone her during the evening", "2026-01-14T12:00", NOT_COVERED),
                at("during the evening", "must not telephone her during the evening", "2026-01-14T18:00", POSSIBLE),
                at("during school hours", "must not go to the school during school hours", "2026-01-14T10:00", POSSIBLE),
                at("during school hours", "must not go to the school during school hours", "2026-01-17T10:00", NOT_COVERED),
                at("during school hours", "must not go to the school during school hours", "2026-01-14T19:00", NOT_COVERED),
                at("on weekdays", "must not attend her workplace on weekdays", "2026-01-14T10:00", LIKELY),
                at("on weekdays", "must not attend her workplace on weekdays", "2026-01-17T10:00", NOT_COVERED),
                at("on weekends", "must not attend the house on weekends", "2026-01-17T10:00", LIKELY),
                at("on weekends", "must not attend the house on weekends", "2026-01-14T10:00", NOT_COVERED),
                // no limit at all
                at("at any time", "must not contact the applicant at any time", "2026-01-14T03:00", LIKELY),
                at("until further order", "must not contact the applicant until further order", "2027-06-01T03:00", LIKELY));
    }

    @ParameterizedTest(name = "\"{0}\" at {2}")
    @MethodSource("limits")
    void judgesTheInstant(String limit, String clause, String at, int expected) {
        Instant when = local(at);

        TimeLimits.Verdict v = TimeLimits.judge(limit, clause, when, when, MADE);

        assertThat(v).isNotNull();
        assertThat(v.level()).as(v.reason()).isEqualTo(expected);
    }

    @Test
    void summerHoursAreTheUnitedKingdomsLocalTime() {
        // 17:30 UTC is 18:30 British Summer Time: after the hours
        Instant when = Instant.parse("2026-06-10T17:30:00Z");

        TimeLimits.Verdict v = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm", when, when,
                MADE);

        assertThat(v.level()).isEqualTo(NOT_COVERED);
        assertThat(v.reason()).contains("outside the time the term applies");
    }

    @Test
    void aWindowRunningIntoAndOutOfTheHoursIsOnlyPossible() {
        TimeLimits.Verdict v = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                local("2026-01-14T17:00"), local("2026-01-14T19:00"), MADE);

        assertThat(v.level()).isEqualTo(POSSIBLE);
        assertThat(v.reason()).contains("spans that limit");
    }

    @Test
    void aWindowThatCrossesTheHoursWithBothEndsOutsideIsOnlyPossible() {
        TimeLimits.Verdict v = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                local("2026-01-14T06:00"), local("2026-01-14T20:00"), MADE);

        assertThat(v.level()).isEqualTo(POSSIBLE);
    }

    @Test
    void anOpenMeaningSaysWhatToConfirm() {
        Instant when = local("2026-01-14T20:00");

        TimeLimits.Verdict v = TimeLimits.judge("overnight", "must not stay overnight", when, when, MADE);

        assertThat(v.reason()).contains("\"Night\" is not defined").contains("Confirm what the court meant");
    }

    @Test
    void wordsItCannotReadAreLeftToTheOfficer() {
        Instant when = local("2026-01-14T20:00");

        assertThat(TimeLimits.judge("until 31 February 2027", "must not enter until 31 February 2027", when, when,
                MADE)).isNull();
        assertThat(TimeLimits.judge("by the end of term", "must leave by the end of term", when, when, MADE)).isNull();
    }

    private static Arguments at(String limit, String clause, String at, int expected) {
        return Arguments.of(limit, clause, at, expected);
    }

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(Wording.UK).toInstant();
    }

    @Test
    void aClockTimeMustExistOnTheClock() {
        assertThat(TimeLimits.clock("23:59", null)).isEqualTo(java.time.LocalTime.of(23, 59));
        assertThat(TimeLimits.clock("24:00", null)).isNull();
        assertThat(TimeLimits.clock("12:59", null)).isEqualTo(java.time.LocalTime.of(12, 59));
        assertThat(TimeLimits.clock("12:60", null)).isNull();
        assertThat(TimeLimits.clock("12pm", null)).isEqualTo(java.time.LocalTime.NOON);
        assertThat(TimeLimits.clock("12am", null)).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(TimeLimits.clock("13pm", null)).isNull();
        assertThat(TimeLimits.clock("0am", null)).isNull();
        assertThat(TimeLimits.clock("7", "pm")).isEqualTo(java.time.LocalTime.of(19, 0));
        assertThat(TimeLimits.clock("half past", null)).isNull();
    }

    @Test
    void aTwoDigitYearIsThisCentury() {
        assertThat(judged("until 01/03/26", "must not enter the property until 01/03/26", "2026-03-01T10:00").level())
                .isEqualTo(POSSIBLE);
        assertThat(judged("until 01/03/26", "must not enter the property until 01/03/26", "2026-03-02T10:00").level())
                .isEqualTo(NOT_COVERED);
        assertThat(judged("until 31/02/26", "must not enter the property until 31/02/26", "2026-03-02T10:00"))
                .isNull();
    }

    @Test
    void aMeridiemWrittenWithFullStopsIsRead() {
        assertThat(judged("between 8 and 6 p.m", "must not call between 8 and 6 p.m", "2026-01-14T09:00").level())
                .isEqualTo(LIKELY);
        assertThat(judged("between 8 and 6 p.m", "must not call between 8 and 6 p.m", "2026-01-14T23:00").level())
                .isEqualTo(NOT_COVERED);
        assertThat(judged("between 7 and 10 p.m", "must not call between 7 and 10 p.m", "2026-01-14T19:30").level())
                .isEqualTo(LIKELY);
        assertThat(judged("between 7 and 10 a.m", "must not call between 7 and 10 a.m", "2026-01-14T08:00").level())
                .isEqualTo(LIKELY);
        assertThat(judged("between 7 and 10 a.m", "must not call between 7 and 10 a.m", "2026-01-14T19:30").level())
                .isEqualTo(NOT_COVERED);
    }

    @Test
    void whereTheWordsLeaveTheTimeOpenTheVerdictSaysWhy() {
        String open = " Confirm what the court meant, or treat it as a possible breach.";
        assertThat(judged("after 9pm", "must not telephone the applicant after 9pm", "2026-01-14T02:00").reason())
                .isEqualTo("The term is limited to \"after 9pm\". At 02:00 it is after 21:00 the day before, but the"
                        + " words do not say whether the limit runs past midnight." + open);
        assertThat(judged("before 8am", "must not attend the house before 8am", "2026-01-14T23:00").reason())
                .isEqualTo("The term is limited to \"before 8am\". At 23:00 it is before 08:00 the next day, but the"
                        + " words do not say whether the limit starts the evening before." + open);
        assertThat(judged("during school hours", "must not go to the school during school hours", "2026-01-14T10:00")
                .reason()).isEqualTo("The term is limited to \"during school hours\". It was a weekday during the"
                        + " school day; the order does not give the hours, and school holidays and closures do not"
                        + " count, so confirm it was a school day and the school's hours." + open);
        assertThat(judged("during the day", "must not attend during the day", "2026-01-14T07:00").reason())
                .isEqualTo("The term is limited to \"during the day\". \"The day\" is not defined by the order, and"
                        + " 07:00 is at its edge." + open);
        assertThat(judged("until 1 March 2026", "must not enter the property until 1 March 2026", "2026-03-01T10:00")
                .reason()).isEqualTo("The term is limited to \"until 1 March 2026\". It happened on 2026-03-01, the"
                        + " day the term ends, and the order does not give the time." + open);
    }

    @Test
    void aWindowIsJudgedAtItsEveryPartUpToItsLastMinute() {
        var inside = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                Instant.parse("2026-01-14T08:00:00Z"), Instant.parse("2026-01-14T17:59:00Z"), MADE);
        assertThat(inside.level()).isEqualTo(LIKELY);
        assertThat(inside.reason()).isEqualTo("It happened between 14 Jan 2026 08:00 and 14 Jan 2026 17:59, within the"
                + " time the term applies (\"between 8am and 6pm\").");
        var lastMinuteOutside = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                Instant.parse("2026-01-14T08:00:00Z"), Instant.parse("2026-01-14T18:00:00Z"), MADE);
        assertThat(lastMinuteOutside.level()).isEqualTo(POSSIBLE);
        assertThat(lastMinuteOutside.reason()).isEqualTo("The term is limited to \"between 8am and 6pm\" and the"
                + " incident's window spans that limit: confirm the time.");
        var firstMinuteOutside = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                Instant.parse("2026-01-14T07:59:00Z"), Instant.parse("2026-01-14T12:00:00Z"), MADE);
        assertThat(firstMinuteOutside.level()).isEqualTo(POSSIBLE);
        // a long window is sampled, but its end is always read
        var longWindow = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                Instant.parse("2026-01-14T09:00:00Z"), Instant.parse("2026-01-16T18:30:00Z"), MADE);
        assertThat(longWindow.level()).isEqualTo(POSSIBLE);
        var outside = TimeLimits.judge("between 8am and 6pm", "must not call between 8am and 6pm",
                Instant.parse("2026-01-14T18:00:00Z"), Instant.parse("2026-01-14T23:00:00Z"), MADE);
        assertThat(outside.level()).isEqualTo(NOT_COVERED);
    }

    private static TimeLimits.Verdict judged(String limit, String clause, String localTime) {
        Instant at = LocalDateTime.parse(localTime).atZone(Wording.UK).toInstant();
        return TimeLimits.judge(limit, clause, at, at, MADE);
    }
}
