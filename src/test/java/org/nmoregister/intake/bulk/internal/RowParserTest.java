package org.nmoregister.intake.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.bulk.RowReport.RowError;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;

class RowParserTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final RowParser parser = new RowParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Map<String, String> good() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("court", "Leeds Family Court");
        row.put("case_number", "LS26F00123");
        row.put("order_type", "NMO");
        row.put("made_at", "02/11/2026 10:30");
        row.put("without_notice", "Yes");
        row.put("return_hearing_at", "2026-11-16T10:00");
        row.put("ends_at", "16/11/2026 16:00");
        row.put("penal_notice", "y");
        row.put("applicant_name", "Jane Smith");
        row.put("applicant_dob", "01/05/1990");
        row.put("applicant_address_line1", "14 Acacia Avenue");
        row.put("applicant_town", "Leeds");
        row.put("applicant_postcode", "ls62ab");
        row.put("applicant_address_confidential", "TRUE");
        row.put("respondent_name", "John Smith");
        row.put("respondent_dob", "1988-04-12");
        row.put("respondent_aliases", "Johnny Smith; JJ ;");
        row.put("respondent_vehicles", "Blue Ford Focus YX19 ABC");
        row.put("officer_safety_warnings", "violence; Dogs");
        row.put("children", "Amy Smith|03/03/2015; Ben Smith|2018-07-09");
        row.put("relationship", "former spouse");
        row.put("terms", "1. The respondent must not use or threaten violence. 2. The respondent must not go "
                + "within 100 metres of 14 Acacia Avenue.");
        row.put("served_at", "03/11/2026 18:20");
        row.put("service_method", "Personal service");
        row.put("served_by", "PC 1234 Patel");
        return row;
    }

    private static ImportFile.RawRow row(Map<String, String> values) {
        return new ImportFile.RawRow(2, values);
    }

    @Test
    void readsAGoodRowWithUkAndIsoDates() {
        ParsedRow parsed = parser.parse(row(good()), 0);

        assertThat(parsed.errors()).isEmpty();
        var order = parsed.order();
        assertThat(order.orderType()).isEqualTo(OrderType.NMO);
        // 10:30 on 2 November is GMT; a time in summer would be BST, one hour ahead of UTC.
        assertThat(order.madeAt()).isEqualTo(Instant.parse("2026-11-02T10:30:00Z"));
        assertThat(order.withoutNotice()).isTrue();
        assertThat(order.returnHearing().at()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(order.returnHearing().court()).isEqualTo("Leeds Family Court");
        assertThat(order.duration()).isEqualTo(DurationKind.UNTIL_DATE);
        assertThat(order.endsAt()).isEqualTo(Instant.parse("2026-11-16T16:00:00Z"));
        assertThat(order.penalNotice()).isTrue();
        assertThat(order.applicant().addresses().get(0).postcode()).isEqualTo("LS6 2AB");
        assertThat(order.applicant().addresses().get(0).confidential()).isTrue();
        assertThat(order.applicant().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(order.respondent().aliases()).containsExactly("Johnny Smith", "JJ");
        assertThat(order.respondent().officerSafety().warnings()).containsExactlyInAnyOrder(
                Respondent.OfficerSafety.Warning.VIOLENCE, Respondent.OfficerSafety.Warning.DOGS);
        assertThat(order.children()).extracting(c -> c.name() + " " + c.dateOfBirth())
                .containsExactly("Amy Smith 2015-03-03", "Ben Smith 2018-07-09");
        assertThat(order.relationship()).isEqualTo(Relationship.FORMER_SPOUSE);
        assertThat(order.terms()).hasSize(2);
        assertThat(order.terms().get(1).text()).contains("within 100 metres");
        assertThat(order.service()).as("service is recorded as its own version").isEmpty();
        assertThat(parsed.service().method()).isEqualTo(ServiceMethod.PERSONAL);
        assertThat(parsed.service().servedAt()).isEqualTo(Instant.parse("2026-11-03T18:20:00Z"));
    }

    @Test
    void ukTimesInSummerAreBritishSummerTime() {
        Map<String, String> values = good();
        values.put("made_at", "02/07/2026 10:30");
        values.put("without_notice", "no");
        values.remove("return_hearing_at");
        values.put("ends_at", "2027-01-02");
        values.put("served_at", "");
        values.put("service_method", "");
        values.put("served_by", "");
        ParsedRow parsed = parser.parse(row(values), 0);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.order().madeAt()).isEqualTo(Instant.parse("2026-07-02T09:30:00Z"));
        assertThat(parsed.order().endsAt()).as("a date alone lasts to the end of that day")
                .isEqualTo(Instant.parse("2027-01-02T23:59:00Z"));
        assertThat(parsed.service()).isNull();
    }

    @Test
    void untilFurtherOrderAndNextHearing() {
        Map<String, String> values = good();
        values.put("ends_at", "");
        values.put("until_further_order", "yes");
        assertThat(parser.parse(row(values), 0).order().duration()).isEqualTo(DurationKind.UNTIL_FURTHER_ORDER);

        values.put("until_further_order", "");
        values.put("ends_at", "Until the next hearing");
        assertThat(parser.parse(row(values), 0).order().duration()).isEqualTo(DurationKind.UNTIL_NEXT_HEARING);

        values.put("ends_at", "");
        assertThat(parser.parse(row(values), 0).errors()).containsExactly(
                new RowError("ends_at", "is needed: give the end date and time, or until_further_order = yes"));
    }

    @Test
    void shiftMovesEventDatesButNotDatesOfBirth() {
        ParsedRow parsed = parser.parse(row(good()), -10);
        assertThat(parsed.errors()).isEmpty();
        // Shifted in UK time: still 10:30 on the day, which on 23 October is British Summer Time.
        assertThat(parsed.order().madeAt()).isEqualTo(Instant.parse("2026-10-23T09:30:00Z"));
        assertThat(parsed.service().servedAt()).isEqualTo(Instant.parse("2026-10-24T17:20:00Z"));
        assertThat(parsed.order().applicant().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 1));
    }

    @Test
    void reportsEveryBadColumnWithItsReason() {
        Map<String, String> values = good();
        values.put("court", " ");
        values.put("order_type", "injunction");
        values.put("made_at", "31/02/2026");
        values.put("without_notice", "perhaps");
        values.put("applicant_postcode", "NOT A CODE");
        values.put("respondent_dob", "12.04.1988");
        values.put("children", "Amy Smith|2015-03-03|extra");
        values.put("relationship", "neighbour");
        values.put("terms", "");
        values.put("service_method", "carrier pigeon");
        values.put("officer_safety_warnings", "KNIVES");

        ParsedRow parsed = parser.parse(row(values), 0);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.order()).isNull();
        assertThat(parsed.errors()).extracting(RowError::field).contains("court", "order_type", "made_at",
                "without_notice", "applicant_postcode", "respondent_dob", "children", "relationship", "terms",
                "service_method", "officer_safety_warnings");
        assertThat(parsed.errors()).contains(new RowError("court", "is required"),
                new RowError("made_at", "'31/02/2026' is not a real date"),
                new RowError("without_notice", "'perhaps' is not yes or no"),
                new RowError("applicant_postcode", "'NOT A CODE' is not a UK postcode"));
        assertThat(parsed.caseNumber()).isEqualTo("LS26F00123");
    }

    @Test
    void datesMustMakeSenseTogether() {
        Map<String, String> values = good();
        values.put("served_at", "01/11/2026 09:00");
        values.put("ends_at", "01/11/2026 09:00");
        values.put("return_hearing_at", "");
        ParsedRow parsed = parser.parse(row(values), 0);
        assertThat(parsed.errors()).contains(
                new RowError("served_at", "is before the order was made"),
                new RowError("ends_at", "is not after the order was made"),
                new RowError("return_hearing_at", "is needed: an order made without notice states its return hearing"));

        values = good();
        values.put("made_at", "2026-12-01T10:00Z");
        values.put("served_by", "Jane Smith");
        parsed = parser.parse(row(values), 0);
        assertThat(parsed.errors()).contains(new RowError("made_at", "is in the future"),
                new RowError("served_by", "the applicant may not serve the order personally"));
    }

    @Test
    void anOrderMadeAFewMinutesAheadOfOurClockIsTheRegistersOneRuleNotAFutureOrder() {
        Map<String, String> values = good();
        values.put("return_hearing_at", "2026-12-01T10:00");
        values.put("ends_at", "01/12/2026 16:00");
        values.remove("served_at");
        values.remove("service_method");
        values.remove("served_by");
        values.put("made_at", "2026-11-20T12:05Z");
        assertThat(parser.parse(row(values), 0).errors()).isEmpty();
        values.put("made_at", "2026-11-20T12:06Z");
        assertThat(parser.parse(row(values), 0).errors())
                .containsExactly(new RowError("made_at", "is in the future"));
    }

    @Test
    void serviceNeedsAMethodAndADate() {
        Map<String, String> values = good();
        values.put("service_method", "");
        assertThat(parser.parse(row(values), 0).errors())
                .containsExactly(new RowError("service_method", "is needed when served_at is given"));
        values = good();
        values.put("served_at", "");
        assertThat(parser.parse(row(values), 0).errors())
                .containsExactly(new RowError("served_at", "is needed when service_method or served_by is given"));
    }

    @Test
    void orderTypesByLabelAndCommonNames() {
        Map<String, String> values = good();
        for (var entry : Map.of("Non-molestation order", OrderType.NMO, "restraining order",
                OrderType.RESTRAINING_ORDER, "DAPO", OrderType.DAPO, "Undertaking", OrderType.UNDERTAKING,
                "occupation", OrderType.OCCUPATION_ORDER).entrySet()) {
            values.put("order_type", entry.getKey());
            assertThat(parser.parse(row(values), 0).order().orderType()).isEqualTo(entry.getValue());
        }
    }
}
