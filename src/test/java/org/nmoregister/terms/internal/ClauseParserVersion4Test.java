package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.Clause.Channel;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.FindingCode;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.ReadingFormat;

/**
 * Misreadings found by the third held-out table (reading rules version 4): a general third-party term reaches every
 * prohibition of the order, also when it ends a lettered list ("... do any of those things"); a ban written only
 * through others ("must not instruct any other person to contact her") is a contact ban; a telephone number or an
 * e-mail address written into a ban names its channel; parts of the day in the plural ("during the evenings") are
 * hours an officer cannot tell.
 */
class ClauseParserVersion4Test {

    private final ClauseParser parser = new ClauseParser();
    private final EnforceabilityChecks checks = new EnforceabilityChecks();

    private String attributes(String wording) {
        return parser.parse(wording).stream().map(c -> ReadingFormat.clause(c).lines().findFirst().orElseThrow())
                .collect(Collectors.joining("\n"));
    }

    private List<FindingCode> findings(String wording) {
        return checks.check(parser.parse(wording), OrderContext.none()).stream().map(f -> f.code()).toList();
    }

    @Test
    void aGeneralThirdPartyTermReachesEveryProhibitionButNotTheIndirectContactTheBanDoesNotName() {
        String order = "1. The respondent must not use or threaten violence against the applicant.\n"
                + "2. The respondent must not telephone the applicant.\n"
                + "3. The respondent must not go within 100 metres of 4 Ash Road, Leek ST13 5AB.\n"
                + "4. The respondent must not instruct, encourage or in any way suggest that any other person should "
                + "do any of the things forbidden by this order.";
        List<Clause> clauses = parser.parse(order);
        assertThat(clauses).extracting(Clause::type).containsExactly(ClauseType.VIOLENCE, ClauseType.CONTACT,
                ClauseType.PROXIMITY, ClauseType.OTHER);
        assertThat(clauses).allMatch(Clause::coversOthersActing);
        // a message passed on by someone he did not ask is still not forbidden by "must not telephone her"
        assertThat(clauses.get(1).indirect()).isFalse();
        assertThat(clauses.get(1).direct()).isTrue();
        assertThat(findings(order)).containsExactly(FindingCode.NO_INDIRECT_CONTACT);
    }

    @Test
    void withoutAGeneralTermEachProhibitionKeepsItsOwnWording() {
        String order = "1. The respondent must not use or threaten violence against the applicant, and must not "
                + "instruct, encourage or in any way suggest that any other person should do so.\n"
                + "2. The respondent must not damage the applicant's property.";
        List<Clause> clauses = parser.parse(order);
        assertThat(clauses).extracting(Clause::coversOthersActing).containsExactly(true, false);
        assertThat(findings(order)).containsExactly(FindingCode.NO_THIRD_PARTY_CLAUSE);
        assertThat(ClauseParser.isGeneralThirdPartyTerm(clauses.get(0))).isFalse();
        assertThat(ClauseParser.isGeneralThirdPartyTerm(clauses.get(1))).isFalse();
    }

    @Test
    void aThirdPartyEndingThatRefersToTheWholeListReachesEveryItem() {
        String order = "The respondent must not:\n(a) use or threaten violence against the applicant;\n"
                + "(b) damage the applicant's property;\n(c) go within 50 metres of 12 Larch Close, Ely CB6 1AA,\n"
                + "and must not instruct, encourage or in any way suggest that any other person should do any of "
                + "those things.";
        assertThat(attributes(order)).isEqualTo("  1 VIOLENCE | protects=APPLICANT | direct/-/others\n"
                + "  2 PROPERTY_DAMAGE | protects=APPLICANT | direct/-/others\n"
                + "  3 PROXIMITY | direct/-/others | places=OTHER{12 Larch Close, Ely CB6 1AA} | distance=50");
        assertThat(findings(order)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The respondent must not instruct any other person to contact the applicant on his behalf.",
            "The respondent must not ask any other person to contact the applicant on his behalf.",
            "The respondent must not encourage anyone else to telephone the applicant on his behalf."})
    void aBanOnlyThroughOthersIsReadAsTheActItForbids(String wording) {
        Clause clause = parser.parse(wording).get(0);
        assertThat(clause.type()).isEqualTo(ClauseType.CONTACT);
        assertThat(clause.direct()).as("his own contact is not what this term forbids").isFalse();
        assertThat(clause.indirect()).isTrue();
        assertThat(clause.coversOthersActing()).isTrue();
        assertThat(clause.protects()).extracting(Clause.Protected::party).containsExactly(Clause.Party.APPLICANT);
        assertThat(clause.spans()).filteredOn(s -> s.attribute().equals("type")).singleElement()
                .satisfies(s -> assertThat(clause.text().substring(s.start(), s.end()))
                        .isIn("contact", "telephone"));
        assertThat(findings(wording)).doesNotContain(FindingCode.UNCLASSIFIED_TERM, FindingCode.NO_INDIRECT_CONTACT);
    }

    @Test
    void aThirdPartyEndingAloneForbidsNothingNew() {
        // "do so" names no act: the term is the general third-party term, not a contact ban
        Clause clause = parser.parse("The respondent must not instruct, encourage or in any way suggest that any "
                + "other person should do so.").get(0);
        assertThat(clause.type()).isEqualTo(ClauseType.OTHER);
        assertThat(clause.coversOthersActing()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on 07700 900123                        | PHONE+TEXT
            on 07700900123 or any other number     | PHONE+TEXT
            on +44 7700 900123                     | PHONE+TEXT
            on +44 (0) 161 496 0000                | PHONE+TEXT
            on 0161-496-0000                       | PHONE+TEXT
            at jane.doe@example.co.uk              | EMAIL
            at j_doe+2@mail.example.org or on 01632 960123 | PHONE+TEXT+EMAIL
            """)
    void aNumberOrAnAddressWrittenIntoTheBanNamesItsChannel(String where, String channels) {
        Clause clause = parser.parse("The respondent must not contact the applicant " + where + ".").get(0);
        assertThat(clause.channels()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(channels.split("\\+")).map(Channel::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"made on 01/02/2026", "under case number 0123 4567 8", "at LS1 4AB",
            "before 12.03.2027", "within 100 metres", "after the hearing on 3 March 2027", "or otherwise"})
    void numbersThatAreNoTelephoneNumberNameNoChannel(String rest) {
        Clause clause = parser.parse("The respondent must not contact the applicant " + rest + ".").get(0);
        assertThat(clause.channels()).doesNotContain(Channel.PHONE, Channel.TEXT, Channel.EMAIL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"during the evenings", "in the evenings", "during the nights", "at night",
            "in the mornings", "during the daytime", "during the afternoons", "during the day", "overnight"})
    void partsOfTheDayAreHoursAnOfficerCannotTell(String when) {
        String wording = "The respondent must not go within 100 metres of 4 Ash Road, Leek ST13 5AB " + when + ".";
        assertThat(parser.parse(wording).get(0).timeLimits()).singleElement().satisfies(t ->
                assertThat(t.toLowerCase(java.util.Locale.ROOT)).isEqualTo(when));
        assertThat(findings(wording)).contains(FindingCode.UNDEFINED_HOURS);
    }

    @Test
    void statedHoursAreNotUndefined() {
        String wording = "Between the hours of 8.00 pm and 7.00 am the respondent must not go within 200 metres of "
                + "3 Castle View, Alnwick NE66 1AB.";
        assertThat(parser.parse(wording).get(0).timeLimits()).containsExactly("Between the hours of 8.00 pm and 7.00 am");
        assertThat(findings(wording)).doesNotContain(FindingCode.UNDEFINED_HOURS);
    }

    @Test
    void aPersonTheOrderNamesAsTheApplicantIsTheApplicantInEveryTerm() {
        String order = "a) The respondent must not use or threaten violence against the applicant, Chloe Evans.\n"
                + "b) The respondent must not intimidate, harass or pester Chloe Evans.\n"
                + "c) The respondent must not contact Chloe Evans or her father, Mark Evans, directly or indirectly.";
        assertThat(attributes(order)).isEqualTo("  1 VIOLENCE | protects=APPLICANT[Chloe Evans] | direct/-/-\n"
                + "  2 INTIMIDATION | protects=APPLICANT[Chloe Evans] | direct/-/-\n"
                + "  3 CONTACT | protects=APPLICANT[Chloe Evans]+OTHER_NAMED_PERSONS[Mark Evans] | channels=ANY"
                + " | direct/indirect/-");
    }

    @Test
    void aTitledSurnameIsTheApplicantOnlyWithHerOwnTitleAndNeverTheRespondent() {
        String order = "1. The respondent Mr Daniel Webb is forbidden to use or threaten violence against the applicant "
                + "Ms Sarah Webb.\n2. Mr Webb must not contact Ms Webb by telephone.\n"
                + "3. Mr Webb must not contact Mrs Webb by telephone.";
        List<Clause> clauses = parser.parse(order);
        assertThat(clauses.get(1).protects()).containsExactly(
                new Clause.Protected(Clause.Party.APPLICANT, List.of("Ms Webb")));
        // "Mrs Webb" may be his mother: not the applicant on the strength of a surname
        assertThat(clauses.get(2).protects()).containsExactly(
                new Clause.Protected(Clause.Party.OTHER_NAMED_PERSONS, List.of("Mrs Webb")));
    }

    @Test
    void childrenNamedInOneTermAreTheChildrenInAnother() {
        List<Clause> clauses = parser.parseEachSeparately(List.of(
                "The respondent must not use or threaten violence against the relevant children Ellie Bell and Jack "
                        + "Bell.", "The respondent must not contact Ellie or Jack directly or indirectly.")).stream()
                .flatMap(List::stream).toList();
        assertThat(clauses.get(1).protects()).containsExactly(
                new Clause.Protected(Clause.Party.NAMED_CHILDREN, List.of("Ellie", "Jack")));
    }
}
