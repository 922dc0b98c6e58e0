package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.ENDS;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.JANE;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.MADE;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.facts;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.lodged;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.mustNot;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.nmo;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.order;
import static org.nmoregister.safeguarding.rules.ContactScriptTest.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.safeguarding.rules.ContactScript.Script;

/**
 * The edges of the victim's script and of the safe-contact rules: who "her" is to each listener, whose home a place
 * is when it is not the listener's, names missing from the order, a hearing at midnight and just after it, an
 * undertaking with no date, a variation that adds a permission, and each field of a safe contact at its limit.
 */
class ScriptAndContactEdgesTest {

    static final ProtectedPerson SUSAN = ProtectedPerson.named("Susan Hart", LocalDate.of(1962, 2, 2));

    static OrderDetails withSusan() {
        return order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(SUSAN), List.of(), List.of(), false,
                null);
    }

    static Script toSusan(String... terms) {
        return ContactScript.write(ContactOccasion.LODGED, facts(withSusan(), SUSAN), read(terms), null, null);
    }

    /** Facts as the constructor takes them, for names the order does not have. */
    static ScriptFacts bare(String applicantName, String listenerName, boolean listenerIsApplicant,
                            List<String> children) {
        return new ScriptFacts(OrderType.NMO, "John Smith", applicantName, listenerName, listenerIsApplicant,
                children, MADE, false, null, null, DurationKind.UNTIL_DATE, ENDS, null, null, MADE, null, null);
    }

    static List<String> forbidden(ScriptFacts facts, String... terms) {
        return ContactScript.write(ContactOccasion.LODGED, facts, read(terms), null, null)
                .section("What John Smith must not do").bullets();
    }

    @Test
    void aPronounMeansTheApplicantWhoIsYouOnlyToTheApplicant() {
        assertThat(mustNot(lodged(nmo(), "The respondent must not contact her."))).containsExactly(
                "contact you in any way");
        assertThat(mustNot(toSusan("The respondent must not contact her."))).containsExactly(
                "contact Jane Smith in any way");
        assertThat(forbidden(bare(null, "Susan Hart", false, null), "The respondent must not contact her."))
                .containsExactly("contact the applicant in any way");
        assertThat(forbidden(bare(" ", "Susan Hart", false, null), "The respondent must not use violence against "
                + "the applicant.")).containsExactly("use or threaten violence against the applicant");
    }

    @Test
    void theChildrenAreThoseTheTermNamesElseThoseOfTheOrder() {
        ScriptFacts facts = bare("Jane Smith", "Jane Smith", true, List.of("Amy Smith", "Ben Smith"));
        assertThat(forbidden(facts, "The respondent must not use or threaten violence against the relevant children."))
                .containsExactly("use or threaten violence against the children (Amy Smith and Ben Smith)");
        assertThat(forbidden(facts, "The respondent must not use or threaten violence against the relevant children "
                + "Amy.")).containsExactly("use or threaten violence against the children (Amy)");
        assertThat(forbidden(bare("Jane Smith", "Jane Smith", true, null), "The respondent must not use or threaten "
                + "violence against the relevant children.")).containsExactly(
                "use or threaten violence against the children named in the order");
    }

    @Test
    void aListenerWithNoNameIsNeverTakenForANamedPerson() {
        ScriptFacts facts = bare("Jane Smith", null, false, null);
        assertThat(forbidden(facts, "The respondent must not intimidate, harass or pester Mrs Hart."))
                .containsExactly("intimidate, harass, pester or follow Mrs Hart");
        assertThat(forbidden(bare("Jane Smith", "Susan Hart", false, null), "The respondent must not intimidate, "
                + "harass or pester Mrs Hart.")).containsExactly("intimidate, harass, pester or follow you");
    }

    @Test
    void theApplicantsHomeAndWorkplaceAreHersToAnotherListenerAndYoursToHer() {
        assertThat(mustNot(toSusan("The respondent must not go to the applicant's home.",
                "The respondent must not go to the applicant's workplace."))).containsExactly(
                "go to, enter or try to enter Jane Smith's home", "go to, enter or try to enter the workplace");
        assertThat(forbidden(bare(null, "Susan Hart", false, null), "The respondent must not go to the applicant's "
                + "home.")).containsExactly("go to, enter or try to enter the applicant's home");
        assertThat(mustNot(lodged(nmo(), "The respondent must not go to the applicant's home.",
                "The respondent must not go to the applicant's workplace."))).containsExactly(
                "go to, enter or try to enter your home", "go to, enter or try to enter your workplace");
    }

    @Test
    void aPlaceholderForAnAddressIsSaidAsItsKind() {
        assertThat(mustNot(lodged(nmo(), "The respondent must not go to the school at [address].")))
                .containsExactly("go to, enter or try to enter the school");
    }

    @Test
    void damageToAPlaceIsToItAndAnythingInIt() {
        assertThat(mustNot(lodged(nmo(), "The respondent must not damage the applicant's home."))).containsExactly(
                "damage, try to damage or threaten to damage your home or anything in it");
        assertThat(mustNot(toSusan("The respondent must not damage, attempt to damage or threaten to damage any "
                + "property owned by or in the possession or control of the applicant.")))
                .containsExactly("damage, try to damage or threaten to damage anything owned by Jane Smith");
    }

    @Test
    void indirectConductOtherThanContactIsGettingAnyoneElseToDoIt() {
        assertThat(mustNot(lodged(nmo(), "The respondent must not directly or indirectly intimidate or harass the "
                + "applicant."))).containsExactly("intimidate, harass, pester or follow you, or get anyone else to "
                + "do so");
        assertThat(mustNot(lodged(nmo(), "The respondent must not intimidate or harass the applicant.")))
                .containsExactly("intimidate, harass, pester or follow you");
    }

    @Test
    void contactInPersonOnlyIsSaidSo() {
        assertThat(mustNot(lodged(nmo(), "The respondent must not approach or speak to the applicant in person.")))
                .allSatisfy(b -> assertThat(b).doesNotContain("in any way"));
    }

    @Test
    void anUndertakingWithNoDateSaysNone() {
        OrderDetails undated = new OrderDetails("Leeds Family Court", "LS26F0001", OrderType.UNDERTAKING, null,
                false, null, DurationKind.UNTIL_DATE, ENDS, true, JANE, List.of(), List.of(), null, null,
                List.of(), List.of(), null, null);
        Script s = lodged(undated, "The respondent undertakes not to contact the applicant.");
        assertThat(s.section("About your order").paragraphs().get(0)).isEqualTo("the respondent has made a promise "
                + "to the court (an undertaking) to protect you. The police now hold a record of it. I want to "
                + "explain what it means and what to do if the respondent breaks it.");
        OrderDetails undatedNmo = new OrderDetails("Leeds Family Court", "LS26F0001", OrderType.NMO, null, false,
                null, DurationKind.UNTIL_DATE, ENDS, true, JANE, List.of(), List.of(), null, null, List.of(),
                List.of(), null, null);
        assertThat(lodged(undatedNmo, "The respondent must not contact the applicant.").section("About your order")
                .paragraphs().get(0)).isEqualTo("The court made a non-molestation order to protect you, and the "
                + "police now hold it. I want to explain what it means and what to do if the respondent breaks it.");
    }

    @Test
    void aHearingAtMidnightIsADateAndHalfPastMidnightHasItsTime() {
        // 00:00 and 00:30 in the UK in winter (GMT)
        OrderDetails midnight = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(), List.of(),
                List.of(), false, new ReturnHearing(Instant.parse("2026-12-17T00:00:00Z"), null));
        assertThat(lodged(midnight, "The respondent must not contact the applicant.").section("How long the order "
                + "lasts").paragraphs().get(1)).isEqualTo("There will be another court hearing on 17 December 2026."
                + " The court may change or extend the order then, and we will tell you if it does.");
        OrderDetails halfPast = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(), List.of(),
                List.of(), false, new ReturnHearing(Instant.parse("2026-12-17T00:30:00Z"), " "));
        assertThat(lodged(halfPast, "The respondent must not contact the applicant.").section("How long the order "
                + "lasts").paragraphs().get(1)).startsWith("There will be another court hearing on 17 December 2026"
                + " at 12:30am. The court");
    }

    @Test
    void aVariationWithNoEarlierFactsComparesItsTermsAndItsPermissions() {
        Script s = ContactScript.write(ContactOccasion.VARIED, facts(nmo(), JANE),
                read("The respondent must not contact the applicant, save through her solicitors."),
                read("The respondent must not contact the applicant."), null);
        assertThat(s.section("What has changed").bullets()).containsExactly("New: John Smith may contact you "
                + "through solicitors (a solicitor writing to you or to your solicitor)");
    }

    @Test
    void quotedWordingNamesTheListenersHomeAsTheirs() {
        Script s = lodged(nmo(), "The respondent shall remove his belongings from 14 Acacia Avenue, Leeds LS6 2AB "
                + "by 4pm on 5 December 2026.");
        assertThat(s.asText()).contains("[your home]").doesNotContain("Acacia");
    }

    @Test
    void theFactsKeepTheNamedChildrenOnlyAndTheirOwnDefaults() {
        OrderDetails order = order(OrderType.NMO, DurationKind.UNTIL_DATE, ENDS, JANE, List.of(),
                List.of(ProtectedPerson.named("Amy Smith", LocalDate.of(2015, 3, 3)),
                        ProtectedPerson.named(null, LocalDate.of(2016, 3, 3)),
                        ProtectedPerson.named("  ", LocalDate.of(2017, 3, 3))), List.of(), false, null);
        ScriptFacts f = ScriptFacts.of(order, JANE, MADE, ConfidentialValues.of(order));
        assertThat(f.childrenNames()).containsExactly("Amy Smith");
        assertThat(f.listenerIsApplicant()).isTrue();
        ScriptFacts none = bare("Jane Smith", "Jane Smith", true, null);
        assertThat(none.childrenNames()).isEmpty();
        assertThat(none.listenerAddresses()).isEmpty();
        assertThat(none.confidential()).isSameAs(ConfidentialValues.NONE);
    }

    @Test
    void eachOutcomeAndRouteHasItsWordsAndOnlyTellingOrALetterMeansTheyWereTold() {
        assertThat(ContactOutcome.TOLD.told()).isTrue();
        assertThat(ContactOutcome.LETTER_SENT.told()).isTrue();
        assertThat(ContactOutcome.DECLINED.told()).isFalse();
        assertThat(ContactOutcome.NOT_REACHED.told()).isFalse();
        assertThat(ContactOutcome.LETTER_SENT.label()).isEqualTo("Sent the letter by their safe route");
        assertThat(AttemptOutcome.NOT_SAFE_TO_TALK.label()).isEqualTo("Not safe to talk");
        assertThat(KnowsNumber.YES.label()).isEqualTo("Yes: the respondent knows it");
        assertThat(ContactRoute.POST.label()).isEqualTo("Letter by post to the safe address");
        assertThat(new SafeContact(ContactRoute.POST, null, null, null, null, null, null, false, null).problems())
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("The safe route letter by post "
                        + "to the safe address needs a safe postal address"));
    }

    @Test
    void aSafeContactKeepsWhatTheRespondentKnowsAndChecksEachFieldAtItsLimit() {
        assertThat(new SafeContact(null, null, null, null, null, KnowsNumber.YES, null, false, null)
                .respondentKnowsNumber()).isEqualTo(KnowsNumber.YES);
        // at its limit a phone number or e-mail address is still checked for its shape; one over, only its length
        assertThat(new SafeContact(null, "x".repeat(SafeContact.PHONE_MAX), null, null, null, null, null, false,
                null).problems()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Enter a telephone number, like 07700 900123"));
        assertThat(new SafeContact(null, null, "x".repeat(SafeContact.EMAIL_MAX), null, null, null, null, false,
                null).problems()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Enter an e-mail address, like name@example.com"));
        String longEmail = "a@" + "b".repeat(SafeContact.EMAIL_MAX - 5) + ".org";
        assertThat(new SafeContact(null, null, longEmail, null, null, null, null, false, null).problems())
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("email"));
        String atLimit = "a@" + "b".repeat(SafeContact.EMAIL_MAX - 6) + ".org";
        assertThat(atLimit).hasSize(SafeContact.EMAIL_MAX);
        assertThat(new SafeContact(null, null, atLimit, null, null, null, null, false, null).problems()).isEmpty();
    }

    @Test
    void aPersonsKeyFindsThemAmongTheOrdersPeople() {
        OrderDetails order = withSusan();
        assertThat(PersonKey.find(order, PersonKey.APPLICANT)).isEqualTo(JANE);
        assertThat(PersonKey.find(order, PersonKey.of(SUSAN, false))).isEqualTo(SUSAN);
        assertThat(PersonKey.find(order, PersonKey.of(JANE, false))).isNull();
        assertThat(PersonKey.find(order, "p-0000000000000000")).isNull();
        assertThat(PersonKey.of(ProtectedPerson.named(null, LocalDate.of(1960, 2, 2)), false))
                .isEqualTo(PersonKey.of(ProtectedPerson.named(" ", LocalDate.of(1960, 2, 2)), false));
    }
}
