package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.safeguarding.rules.ContactScript.Script;
import org.nmoregister.terms.ReadClauses;
import org.nmoregister.terms.TermsReader;

/**
 * The script read to a victim, from clauses the terms module read from real order wordings: every kind of clause,
 * exceptions, places (a confidential home is "your home", never its address), order types, dates and each occasion.
 */
class ContactScriptTest {

    static final TermsReader READER = new TermsReader();
    static final Instant MADE = Instant.parse("2026-12-03T10:30:00Z");
    static final Instant ENDS = Instant.parse("2027-06-03T16:00:00Z");
    static final Address HOME = new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true);
    static final ProtectedPerson JANE = new ProtectedPerson("Jane Smith", LocalDate.of(1990, 5, 1), List.of(),
            List.of(HOME), List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true)));

    static ReadClauses read(String... terms) {
        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i++) {
            paragraphs.put(i + 1, terms[i]);
        }
        return READER.read(paragraphs);
    }

    static OrderDetails order(OrderType type, DurationKind duration, Instant ends, ProtectedPerson applicant,
                              List<ProtectedPerson> others, List<ProtectedPerson> children,
                              List<ServiceRecord> service, boolean withoutNotice, ReturnHearing hearing) {
        return new OrderDetails("Leeds Family Court", "LS26F0001", type, MADE, withoutNotice, hearing, duration, ends,
                true, applicant, others, children,
                new Respondent("John Smith", LocalDate.of(1988, 4, 12), List.of(), List.of(), List.of(), null,
                        List.of(), null),
                Relationship.FORMER_SPOUSE, List.of(new Term(1, "x")), service, null, null);
    }

    static OrderDetails nmo() {
        return order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(), List.of(), List.of(), false, null);
    }

    static ScriptFacts facts(OrderDetails order, ProtectedPerson listener) {
        return ScriptFacts.of(order, listener, MADE, ConfidentialValues.of(order));
    }

    static Script lodged(OrderDetails order, String... terms) {
        return ContactScript.write(ContactOccasion.LODGED, facts(order, order.applicant()), read(terms), null, null);
    }

    static List<String> mustNot(Script script) {
        return script.section("What John Smith must not do").bullets();
    }

    @Test
    void theStandardFl404aProhibitionsAreEachSaidInPlainWordsToTheApplicant() {
        Script s = lodged(nmo(),
                "The respondent John Smith must not use or threaten violence against the applicant Jane Smith, and "
                        + "must not instruct, encourage or in any way suggest that any other person should do so.",
                "The respondent must not intimidate, harass or pester the applicant.",
                "The respondent must not telephone, text, email or otherwise contact or attempt to contact the "
                        + "applicant, and must not instruct, encourage or in any way suggest that any other person "
                        + "should do so.",
                "The respondent must not damage, attempt to damage or threaten to damage any property owned by or in"
                        + " the possession or control of the applicant.");
        assertThat(s.title()).isEqualTo("Your non-molestation order is lodged with the police");
        assertThat(mustNot(s)).containsExactly(
                "use or threaten violence against you, or get anyone else to do so",
                "intimidate, harass, pester or follow you",
                "contact you in any way, including by phone, text message or email, or ask anyone else (friends, "
                        + "family or anyone) to contact you for them",
                "damage, try to damage or threaten to damage anything you own or have");
        assertThat(s.section("What John Smith must not do").paragraphs()).containsExactly("John Smith must not:");
        assertThat(s.section("About your order").paragraphs().get(0)).isEqualTo("The court made a non-molestation "
                + "order to protect you on 3 December 2026, and the police now hold it. I want to explain what it "
                + "means and what to do if John Smith breaks it.");
    }

    @Test
    void aConfidentialHomeIsYourHomeAndItsAddressIsNeverWritten() {
        Script s = lodged(nmo(),
                "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 2AB.",
                "The respondent must not go within 100 metres of the applicant's home at 14 Acacia Avenue, Leeds "
                        + "LS6 2AB.");
        assertThat(mustNot(s)).containsExactly("go to, enter or try to enter your home",
                "go within 100 metres of your home");
        assertThat(s.asText()).doesNotContain("Acacia").doesNotContain("LS6").doesNotContain("2AB");
    }

    @Test
    void anOtherPersonsConfidentialAddressIsNotWrittenEitherButAPublicPlaceIs() {
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE,
                List.of(new ProtectedPerson("Mary Jones", LocalDate.of(1960, 1, 1), List.of(),
                        List.of(new Address("2 Heron Way", null, "Leeds", "LS7 3QT", true)), List.of())),
                List.of(), List.of(), false, null);
        Script s = lodged(order,
                "The respondent must not go within 50 metres of 2 Heron Way, Leeds LS7 3QT.",
                "The respondent must not go to, enter or attempt to enter the school known as Greenfield Primary "
                        + "School.");
        assertThat(mustNot(s)).containsExactly("go within 50 metres of an address named in the order (kept "
                        + "confidential)", "go to, enter or try to enter the school, Greenfield Primary School");
        assertThat(s.asText()).doesNotContain("Heron");
    }

    @Test
    void aNonConfidentialHomeOfTheListenerIsStillYourHome() {
        ProtectedPerson open = new ProtectedPerson("Jane Smith", LocalDate.of(1990, 5, 1), List.of(),
                List.of(new Address("7 Rook Street", null, "Leeds", "LS6 1AA", false)), List.of());
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, open, List.of(), List.of(),
                List.of(), false, null);
        Script s = lodged(order, "The respondent must not go within 200 yards of 7 Rook Street, Leeds LS6 1AA.");
        assertThat(mustNot(s)).containsExactly("go within 183 metres of your home");
        assertThat(s.asText()).doesNotContain("Rook");
    }

    @Test
    void contactByNamedMeansAndSocialMediaAndThroughThirdPartiesIsSpelledOut() {
        Script s = lodged(nmo(),
                "The respondent must not contact the applicant by WhatsApp, Facebook or any social media.",
                "The respondent must not send letters, cards or gifts to the applicant.",
                "The respondent must not contact the applicant directly or indirectly through friends or family.");
        List<String> bullets = mustNot(s);
        assertThat(bullets.get(0)).startsWith("contact you").contains("social media (messages, tags, comments or "
                + "posts aimed at you)");
        assertThat(bullets.get(1)).startsWith("contact you").contains("letters, cards or gifts");
        assertThat(bullets.get(2)).isEqualTo("contact you in any way, or ask anyone else (friends, family or anyone) "
                + "to contact you for them");
    }

    @Test
    void directContactOnlyDoesNotClaimToCoverOthers() {
        Script s = lodged(nmo(), "The respondent must not telephone the applicant.");
        assertThat(mustNot(s)).containsExactly("contact you by phone");
    }

    @Test
    void exceptionsForSolicitorsAndChildArrangementsThroughANamedPersonOrContactCentreAreExplained() {
        Script s = lodged(nmo(),
                "The respondent must not contact the applicant, save through her solicitors.",
                "This order does not prevent the respondent from having contact with the children at the Leeds "
                        + "Child Contact Centre as arranged by Mary Jones.");
        var may = s.section("What John Smith may still do");
        assertThat(may).isNotNull();
        assertThat(may.paragraphs()).containsExactly("The order allows John Smith to:");
        assertThat(may.bullets()).anySatisfy(b -> assertThat(b).startsWith("contact you through solicitors"));
        assertThat(may.bullets()).anySatisfy(b -> assertThat(b)
                .startsWith("make arrangements for the children only as the order says: \u201c")
                .contains("Contact Centre").contains("Mary Jones"));
        assertThat(may.after()).containsExactly("Anything else the order forbids is still a breach.");
    }

    @Test
    void noExceptionNoMaySection() {
        Script s = lodged(nmo(), "The respondent must not use or threaten violence against the applicant.");
        assertThat(s.section("What John Smith may still do")).isNull();
    }

    @Test
    void childrenAreNamedAndOtherProtectedPeopleAreNamedToTheApplicant() {
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE,
                List.of(ProtectedPerson.named("Susan Hart", LocalDate.of(1962, 2, 2))),
                List.of(ProtectedPerson.named("Amy Smith", LocalDate.of(2015, 3, 3))), List.of(), false, null);
        Script s = lodged(order,
                "The respondent must not use or threaten violence against the relevant children Amy Smith.",
                "The respondent must not intimidate, harass or pester Mrs Hart.");
        assertThat(mustNot(s).get(0)).isEqualTo("use or threaten violence against the children (Amy Smith)");
        assertThat(mustNot(s).get(1)).startsWith("intimidate, harass, pester or follow ").contains("Hart")
                .doesNotContain("you");
    }

    @Test
    void toAnotherProtectedAdultTheirOwnClauseIsYouAndTheApplicantIsNamed() {
        ProtectedPerson susan = new ProtectedPerson("Susan Hart", LocalDate.of(1962, 2, 2), List.of(),
                List.of(new Address("9 Elm Close", null, "Leeds", "LS8 1AB", true)), List.of());
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(susan), List.of(),
                List.of(), false, null);
        ReadClauses clauses = read("The respondent must not intimidate, harass or pester Mrs Hart.",
                "The respondent must not use or threaten violence against the applicant.",
                "The respondent must not go within 100 metres of 9 Elm Close, Leeds LS8 1AB.");
        Script s = ContactScript.write(ContactOccasion.LODGED, facts(order, susan), clauses, null, null);
        assertThat(mustNot(s)).containsExactly("intimidate, harass, pester or follow you",
                "use or threaten violence against Jane Smith", "go within 100 metres of your home");
        assertThat(s.asText()).doesNotContain("Elm Close");
    }

    @Test
    void publicationProximityToAPersonAndTimeLimitsAreSaid() {
        Script s = lodged(nmo(),
                "The respondent must not post or publish any photographs or information about the applicant on "
                        + "social media.",
                "The respondent must not go within 50 metres of the applicant.",
                "The respondent must not go to the applicant's workplace at Leeds General Infirmary between 8am "
                        + "and 6pm.");
        List<String> b = mustNot(s);
        assertThat(b.get(0)).isEqualTo("post, publish or share anything about you, including photos or private "
                + "information, online or anywhere else");
        assertThat(b.get(1)).isEqualTo("go within 50 metres of you");
        assertThat(b.get(2)).startsWith("go to, enter or try to enter your workplace").contains("8am");
    }

    @Test
    void aDapoSaysItsOffenceAndItsNotificationRequirement() {
        OrderDetails order = order(OrderType.DAPO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(), List.of(),
                List.of(), false, null);
        Script s = lodged(order, "The respondent must not contact the applicant.",
                "The respondent must notify the police of his name and home address within 3 days.");
        assertThat(s.title()).isEqualTo("Your domestic abuse protection order is lodged with the police");
        assertThat(s.section("What John Smith must not do").after())
                .containsExactly("The order also says: \u201cThe respondent must notify the police of his name and "
                        + "home address within 3 days.\u201d");
        assertThat(s.section("If John Smith breaks the order").paragraphs().get(1))
                .contains("Domestic Abuse Act 2021, section 39");
    }

    @Test
    void eachOrderTypeSaysWhetherBreachIsACrime() {
        for (OrderType type : OrderType.values()) {
            OrderDetails order = order(type, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(), List.of(), List.of(),
                    false, null);
            String breach = String.join(" ", lodged(order, "The respondent must not contact the applicant.")
                    .section("If John Smith breaks the order").paragraphs());
            assertThat(breach).as(type.name()).contains("call 999");
            if (type.breachIsOffence()) {
                assertThat(breach).as(type.name()).contains("is a criminal offence").contains("without a warrant");
            } else {
                assertThat(breach).as(type.name()).doesNotContain("is a criminal offence");
            }
        }
        OrderDetails nmo = nmo();
        assertThat(lodged(nmo, "The respondent must not contact the applicant.").asText())
                .contains("Family Law Act 1996, section 42A");
        OrderDetails undertaking = order(OrderType.UNDERTAKING, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(),
                List.of(), List.of(), false, null);
        assertThat(lodged(undertaking, "The respondent undertakes not to contact the applicant.").asText())
                .contains("made a promise to the court (an undertaking)").contains("contempt of court");
    }

    @Test
    void datesServiceAndTheReturnHearingAreGivenInUkTime() {
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, Instant.parse("2026-12-17T16:00:00Z"),
                JANE, List.of(), List.of(),
                List.of(new ServiceRecord(Instant.parse("2026-12-04T09:00:00Z"), ServiceMethod.PERSONAL, "PC 1",
                        null, null)), true, new ReturnHearing(Instant.parse("2026-12-17T10:00:00Z"), "Leeds Family Court"));
        List<String> howLong = lodged(order, "The respondent must not contact the applicant.")
                .section("How long the order lasts").paragraphs();
        assertThat(howLong).containsExactly("The order lasts until 17 December 2026 at 4pm.",
                "The court made it without telling John Smith first.",
                "There will be another court hearing on 17 December 2026 at 10am at Leeds Family Court. The court "
                        + "may change or extend the order then, and we will tell you if it does.",
                "John Smith was given the order (served) on 4 December 2026.");
        // British Summer Time
        OrderDetails summer = order(OrderType.NMO, DurationKind.UNTIL_DATE, Instant.parse("2027-07-01T11:30:00Z"),
                JANE, List.of(), List.of(), List.of(), false, null);
        assertThat(lodged(summer, "The respondent must not contact the applicant.")
                .section("How long the order lasts").paragraphs()).containsExactly(
                "The order lasts until 1 July 2027 at 12:30pm.",
                "It applies to John Smith once they have been given it or told about it. As far as the police know, "
                        + "that has not happened yet: we will tell you when it has.");
    }

    @Test
    void untilFurtherOrderAndUntilTheNextHearingAreSaidSo() {
        OrderDetails open = order(OrderType.NMO, DurationKind.UNTIL_FURTHER_ORDER, null, JANE, List.of(), List.of(),
                List.of(), false, null);
        assertThat(lodged(open, "The respondent must not contact the applicant.").section("How long the order lasts")
                .paragraphs().get(0)).isEqualTo("The order has no end date: it lasts until a court changes or ends "
                + "it.");
        OrderDetails hearing = order(OrderType.NMO, DurationKind.UNTIL_NEXT_HEARING, null, JANE, List.of(), List.of(),
                List.of(), true, new ReturnHearing(Instant.parse("2026-12-17T12:00:00Z"), "Leeds Family Court"));
        List<String> p = lodged(hearing, "The respondent must not contact the applicant.")
                .section("How long the order lasts").paragraphs();
        assertThat(p.get(0)).isEqualTo("The order lasts until the next court hearing, on 17 December 2026 at midday "
                + "at Leeds Family Court.");
        assertThat(p).noneMatch(line -> line.startsWith("There will be another court hearing"));
    }

    @Test
    void aVariationSaysWhatIsNewAndWhatIsGone() {
        OrderDetails before = nmo();
        ReadClauses old = read("The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds "
                + "LS6 2AB.", "The respondent must not telephone the applicant.");
        ReadClauses now = read("The respondent must not go within 200 metres of 14 Acacia Avenue, Leeds LS6 2AB.",
                "The respondent must not telephone the applicant.");
        Script s = ContactScript.write(ContactOccasion.VARIED, facts(before, JANE), now, old, facts(before, JANE));
        assertThat(s.title()).isEqualTo("Your non-molestation order has changed");
        var changed = s.section("What has changed");
        assertThat(changed.paragraphs()).containsExactly("The court changed your non-molestation order on 3 December"
                + " 2026. This is what it says now.");
        assertThat(changed.bullets()).containsExactly("New: John Smith must not go within 200 metres of your home",
                "No longer in the order: John Smith must not go to, enter or try to enter your home");
        assertThat(s.asText()).doesNotContain("Acacia");
        assertThat(mustNot(s)).hasSize(2);
    }

    @Test
    void aVariationOfOtherDetailsOnlySaysTheTermsAreAsBefore() {
        ReadClauses same = read("The respondent must not telephone the applicant.");
        Script s = ContactScript.write(ContactOccasion.VARIED, facts(nmo(), JANE), same, same, facts(nmo(), JANE));
        assertThat(s.section("What has changed").bullets()).containsExactly("The terms below are as before; the court"
                + " changed other details of the order.");
    }

    @Test
    void anExtensionSaysHowLongItNowLasts() {
        OrderDetails longer = order(OrderType.NMO, DurationKind.UNTIL_DATE, Instant.parse("2027-12-03T16:00:00Z"),
                JANE, List.of(), List.of(), List.of(), false, null);
        Script s = ContactScript.write(ContactOccasion.EXTENDED, facts(longer, JANE),
                read("The respondent must not contact the applicant."), null, null);
        assertThat(s.title()).isEqualTo("Your non-molestation order has been extended");
        assertThat(s.section("What has changed").paragraphs()).containsExactly("The court extended your "
                + "non-molestation order. It now lasts until 3 December 2027 at 4pm.");
        Script varied = ContactScript.write(ContactOccasion.VARIED, facts(longer, JANE),
                read("The respondent must not contact the applicant."), read("The respondent must not contact the "
                        + "applicant."), facts(nmo(), JANE));
        assertThat(varied.section("What has changed").bullets()).containsExactly("How long it lasts: it now lasts "
                + "until 3 December 2027 at 4pm.");
    }

    @Test
    void aDischargeSaysTheOrderHasEndedAndToCall999AndListsNoTerms() {
        OrderDetails ended = nmo().withDischargedAt(Instant.parse("2027-01-15T12:00:00Z"));
        Script s = ContactScript.write(ContactOccasion.DISCHARGED, facts(ended, JANE),
                read("The respondent must not contact the applicant."), null, null);
        assertThat(s.title()).isEqualTo("Your non-molestation order has ended");
        assertThat(s.sections()).hasSize(1);
        assertThat(s.sections().get(0).paragraphs()).containsExactly(
                "The court ended your non-molestation order on 15 January 2027. From then, John Smith is no longer "
                        + "bound by it, and doing what it forbade is no longer a breach of it.",
                "If you are in danger, call 999.",
                "If you are worried about your safety, tell us. We can talk about your safety plan and other ways to "
                        + "protect you, such as applying to the court for a new order.");
    }

    @Test
    void unclassifiedWordingIsQuotedWithConfidentialValuesWithheldAndHeadingsAreLeftOut() {
        Script s = lodged(nmo(), "NON-MOLESTATION ORDER",
                "The respondent shall not loiter outside the applicant's mother's flat at 14 Acacia Avenue.",
                "The respondent must not contact the applicant.");
        String text = s.asText();
        assertThat(text).doesNotContain("NON-MOLESTATION ORDER").doesNotContain("Acacia");
    }

    @Test
    void anOrderWithNoProhibitionSaysSoAndPromisesToCheck() {
        Script s = lodged(nmo(), "Case No: LS26F0001");
        assertThat(s.section("What John Smith must not do").paragraphs()).containsExactly("The order as the police "
                + "hold it lists nothing specific that John Smith must not do. We will check its terms with the court "
                + "and tell you.");
        assertThat(mustNot(s)).isEmpty();
    }

    @Test
    void aMissingRespondentNameIsTheRespondent() {
        OrderDetails order = new OrderDetails("Leeds", "C1", OrderType.NMO, MADE, false, null,
                DurationKind.UNTIL_DATE, ENDS, true, JANE, List.of(), List.of(), null, null, List.of(), List.of(),
                null, null);
        Script s = lodged(order, "The respondent must not contact the applicant.");
        assertThat(s.section("What the respondent must not do")).isNotNull();
    }

    @Test
    void theScriptAsTextHasEveryHeadingAndBullet() {
        Script s = lodged(nmo(), "The respondent must not contact the applicant, save through her solicitors.");
        String text = s.asText();
        assertThat(text).startsWith("Your non-molestation order is lodged with the police\n\nAbout your order\n")
                .contains("\n- contact you in any way\n").contains("\nWhat John Smith may still do\n")
                .contains("\nAnything else the order forbids is still a breach.\n")
                .contains("\nHow long the order lasts\n").contains("\nIf John Smith breaks the order\n");
        assertThatThrownBy(() -> ContactScript.write(null, facts(nmo(), JANE), read("x"), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void distancesAreInWordsPeopleUse() {
        assertThat(ContactScript.distance(1)).isEqualTo("1 metre");
        assertThat(ContactScript.distance(100)).isEqualTo("100 metres");
        assertThat(ContactScript.distance(999)).isEqualTo("999 metres");
        assertThat(ContactScript.distance(1609)).isEqualTo("1 mile");
        assertThat(ContactScript.distance(805)).isEqualTo("805 metres");
        assertThat(ContactScript.distance(2414)).isEqualTo("1.5 miles");
        assertThat(ContactScript.distance(3219)).isEqualTo("2 miles");
        assertThat(ContactScript.distance(1000)).isEqualTo("1 kilometre");
        assertThat(ContactScript.distance(1500)).isEqualTo("1.5 kilometres");
        assertThat(ContactScript.join(List.of(), "or")).isEmpty();
        assertThat(ContactScript.join(List.of("a"), "or")).isEqualTo("a");
        assertThat(ContactScript.join(List.of("a", "b"), "or")).isEqualTo("a or b");
        assertThat(ContactScript.join(List.of("a", "b", "c"), "and")).isEqualTo("a, b and c");
    }
}
