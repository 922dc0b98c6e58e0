package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;

/** Finding a postcode's district, reading the areas districts cover, and who is briefed on an order. */
class DistrictFinderTest {

    static DistrictFinder<String> finder(String... areasAndDistricts) {
        Map<CoverageArea, String> coverage = new LinkedHashMap<>();
        for (int i = 0; i + 1 < areasAndDistricts.length; i += 2) {
            coverage.put(CoverageArea.parse(areasAndDistricts[i]).orElseThrow(), areasAndDistricts[i + 1]);
        }
        return new DistrictFinder<>(coverage);
    }

    @Test
    void aSectorBeatsItsOutwardCodeWhicheverIsListedFirst() {
        DistrictFinder<String> finder = finder("LS6", "Headingley", "LS6 4", "Hyde Park");
        assertThat(finder.find("LS6 4AB")).contains("Hyde Park");
        assertThat(finder.find("LS6 2AB")).contains("Headingley");
        DistrictFinder<String> reversed = finder("LS6 4", "Hyde Park", "LS6", "Headingley");
        assertThat(reversed.find("LS6 4AB")).contains("Hyde Park");
        assertThat(reversed.find("LS6 1XY")).contains("Headingley");
    }

    @Test
    void aSectorAloneCoversOnlyItsOwnSector() {
        DistrictFinder<String> finder = finder("LS7 3", "Chapel Allerton");
        assertThat(finder.find("LS7 3QB")).contains("Chapel Allerton");
        assertThat(finder.find("LS7 4QB")).isEmpty();
    }

    @Test
    void anOutwardCodeIsNotAPrefixOfALongerOne() {
        DistrictFinder<String> finder = finder("LS1", "City", "SW1A", "Westminster");
        assertThat(finder.find("LS12 1AA")).as("LS12 is not in LS1").isEmpty();
        assertThat(finder.find("LS1 4DY")).contains("City");
        assertThat(finder.find("SW1A 2AA")).contains("Westminster");
        assertThat(finder.find("SW1 2AA")).as("SW1 is another district than SW1A").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls64ab", " Ls6   4ab ", "LS6 4AB", "ls6\u00A04ab"})
    void aPostcodeIsFoundInAnyCaseAndSpacing(String written) {
        assertThat(finder("LS6 4", "Hyde Park").find(written)).contains("Hyde Park");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a postcode", "LS6", "BFPO 123", "LS6 4A"})
    void noPostcodeOrNotAPostcodeIsInNoDistrict(String written) {
        assertThat(finder("LS6", "Headingley").find(written)).isEmpty();
    }

    @Test
    void aNullPostcodeIsInNoDistrict() {
        assertThat(finder("LS6", "Headingley").find((String) null)).isEmpty();
    }

    @Test
    void theFirstPostcodeInADistrictIsTheOneThatCounts() {
        DistrictFinder<String> finder = finder("LS6", "Headingley", "LS12", "Armley");
        assertThat(finder.first(List.of("YO1 7HH", "LS12 1AA", "LS6 2AB"))).contains("Armley");
        assertThat(finder.first(List.of("YO1 7HH"))).isEmpty();
        assertThat(finder.first(List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ls6|LS6", " LS6 |LS6", "ls6 2|LS6 2", "LS6   2|LS6 2", "sw1a|SW1A",
            "sw1a 1|SW1A 1", "E1|E1", "e1w 9|E1W 9", "M1|M1"})
    void anAreaIsReadLooselyAndKeptInOneForm(String written, String normal) {
        assertThat(CoverageArea.parse(written)).map(CoverageArea::toString).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LS", "LS6 2AB", "LS6 22", "6LS", "LS6-2", "ABC1", "LS6 A", "L"})
    void aWholePostcodeOrAnythingElseIsNotAnArea(String written) {
        assertThat(CoverageArea.parse(written)).isEmpty();
    }

    @Test
    void anAreaKnowsWhetherItIsASector() {
        assertThat(CoverageArea.parse("LS6 2").orElseThrow().isSector()).isTrue();
        assertThat(CoverageArea.parse("LS6").orElseThrow().isSector()).isFalse();
        assertThat(CoverageArea.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CoverageArea("LS6", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoverageArea("LS6", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoverageArea("6", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CoverageArea("LS6", 0).toString()).isEqualTo("LS6 0");
        assertThat(new CoverageArea("LS6", 9).toString()).isEqualTo("LS6 9");
    }

    @Test
    void theVictimIsPlacedByTheApplicantThenOtherProtectedPeopleThenChildren() {
        OrderDetails base = OrderFixtures.withoutNoticeNmo("LS26F0000001", Instant.parse("2026-11-01T10:00:00Z"));
        ProtectedPerson noAddress = ProtectedPerson.named("Jane Smith", LocalDate.of(1990, 5, 1));
        ProtectedPerson other = new ProtectedPerson("Ann Smith", null, List.of(),
                List.of(new Address("1 Oak Road", null, "York", "YO1 7HH", false),
                        new Address("2 Elm Road", null, "York", " ", false)), List.of());
        ProtectedPerson child = new ProtectedPerson("Amy Smith", null, List.of(),
                List.of(new Address("3 Ash Road", null, "Leeds", "LS7 3QB", true)), List.of());
        OrderDetails order = new OrderDetails(base.court(), base.caseNumber(), base.orderType(), base.madeAt(),
                base.withoutNotice(), base.returnHearing(), base.duration(), base.endsAt(), base.penalNotice(),
                noAddress, List.of(other), List.of(child), base.respondent(), base.relationship(), base.terms(),
                base.service(), null, null);
        assertThat(BriefingRecipients.victimPostcodes(order)).containsExactly("YO1 7HH", "LS7 3QB");
        assertThat(BriefingRecipients.victimPostcodes(base)).containsExactly("LS6 2AB");
        assertThat(BriefingRecipients.respondentPostcodes(base)).containsExactly("LS12 1AA");
        OrderDetails noRespondent = new OrderDetails(base.court(), base.caseNumber(), base.orderType(),
                base.madeAt(), base.withoutNotice(), base.returnHearing(), base.duration(), base.endsAt(),
                base.penalNotice(), null, List.of(), List.of(), null, base.relationship(), base.terms(),
                base.service(), null, null);
        assertThat(BriefingRecipients.victimPostcodes(noRespondent)).isEmpty();
        assertThat(BriefingRecipients.respondentPostcodes(noRespondent)).isEmpty();
        Respondent r = new Respondent("John Smith", null, List.of(), List.of(new Address("x", null, null, null,
                false)), List.of(), null, List.of(), null);
        assertThat(BriefingRecipients.respondentPostcodes(new OrderDetails(base.court(), base.caseNumber(),
                base.orderType(), base.madeAt(), false, null, base.duration(), base.endsAt(), true, null, List.of(),
                List.of(), r, null, List.of(), List.of(), null, null))).isEmpty();
    }

    @Test
    void theVictimsDistrictIsBriefedAndTheRespondentsWhenItIsAnother() {
        assertThat(BriefingRecipients.of(Optional.of("A"), Optional.empty(), Optional.of("B")))
                .extracting(r -> r.district() + ":" + r.why())
                .containsExactly("A:VICTIM", "B:RESPONDENT");
        assertThat(BriefingRecipients.of(Optional.of("A"), Optional.empty(), Optional.of("A")))
                .as("one briefing when both live in one district")
                .extracting(r -> r.district() + ":" + r.why()).containsExactly("A:VICTIM");
        assertThat(BriefingRecipients.of(Optional.of("A"), Optional.empty(), Optional.empty()))
                .extracting(r -> r.district() + ":" + r.why()).containsExactly("A:VICTIM");
    }

    @Test
    void withNoDistrictForTheVictimThePointOfContactsChoiceIsUsedElseTheyMustChoose() {
        var toChoose = BriefingRecipients.of(Optional.<String>empty(), Optional.empty(), Optional.of("B"));
        assertThat(toChoose).hasSize(2);
        assertThat(toChoose.get(0).toBeChosen()).isTrue();
        assertThat(toChoose.get(0).why()).isEqualTo(BriefingRecipients.Why.VICTIM);
        assertThat(toChoose.get(1).toBeChosen()).isFalse();
        assertThat(BriefingRecipients.of(Optional.empty(), Optional.of("C"), Optional.of("B")))
                .extracting(r -> r.district() + ":" + r.why()).containsExactly("C:VICTIM", "B:RESPONDENT");
        assertThat(BriefingRecipients.of(Optional.empty(), Optional.of("B"), Optional.of("B")))
                .extracting(r -> r.district() + ":" + r.why()).containsExactly("B:VICTIM");
        assertThat(BriefingRecipients.of(Optional.of("A"), Optional.of("C"), Optional.empty()))
                .as("a postcode that finds a district beats an earlier choice")
                .extracting(r -> r.district() + ":" + r.why()).containsExactly("A:VICTIM");
    }

    @Test
    void aTaskIsDueAfterItsTimeAndOverdueOnlyOnceThatHasPassed() {
        Instant made = Instant.parse("2026-12-01T10:00:00Z");
        Instant due = DueTimes.due(made, Duration.ofHours(48));
        assertThat(due).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(DueTimes.overdue(due, due)).isFalse();
        assertThat(DueTimes.overdue(due, due.plusSeconds(1))).isTrue();
        assertThat(DueTimes.overdue(due, due.minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> DueTimes.due(made, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueTimes.due(made, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
