package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.Finding;
import org.nmoregister.terms.OrderContext;

/**
 * Whole readings of the parser's less common branches, each checked in every attribute and span: what a stem gives
 * the items under it (others acting, indirect contact), whose home and work a place is, names after a party word
 * (an aside with a date of birth, "&"), names with no party word, addresses read whole (a building's name gives the
 * kind), a home described after its address, and words in capitals. The approved readings cover the common wordings.
 */
class ClauseParserReadingsTest {

    private final ClauseParser parser = new ClauseParser();
    private final EnforceabilityChecks checks = new EnforceabilityChecks();

    private String reading(String wording) {
        List<Clause> clauses = parser.parse(wording);
        StringBuilder out = new StringBuilder();
        for (Clause c : clauses) {
            List<String> parts = new ArrayList<>();
            parts.add(c.index() + " " + c.type());
            if (!c.protects().isEmpty()) {
                parts.add("protects=" + c.protects().stream()
                        .map(p -> p.party() + (p.names().isEmpty() ? "" : p.names().toString()))
                        .collect(Collectors.joining("+")));
            }
            if (!c.channels().isEmpty()) {
                parts.add("channels=" + c.channels().stream().map(Enum::name).sorted().collect(Collectors.joining("+")));
            }
            parts.add((c.direct() ? "direct" : "-") + "/" + (c.indirect() ? "indirect" : "-") + "/"
                    + (c.coversOthersActing() ? "others" : "-"));
            if (!c.places().isEmpty()) {
                parts.add("places=" + c.places().stream()
                        .map(p -> p.kind() + (p.address() == null ? "" : "{" + p.address() + "}"))
                        .collect(Collectors.joining("+")));
            }
            if (c.distanceMetres() != null) {
                parts.add("distance=" + c.distanceMetres());
            }
            out.append(String.join(" | ", parts)).append('\n');
            for (Clause.Span s : c.spans()) {
                out.append("  ").append(s.attribute()).append(" [").append(s.start()).append(',').append(s.end())
                        .append("] ").append(c.text(), s.start(), s.end()).append('\n');
            }
        }
        for (Finding f : checks.check(clauses, OrderContext.none())) {
            out.append("! ").append(f.code()).append(' ').append(f.severity()).append(" @").append(f.clauseIndex())
                    .append('\n');
        }
        return out.toString();
    }

    /** The reading, then each clause's carve-outs: kind and the words read as it. */
    private String whole(String wording) {
        StringBuilder out = new StringBuilder(reading(wording));
        for (Clause c : parser.parse(wording)) {
            for (Clause.Exception e : c.exceptions()) {
                out.append("  exception@").append(c.index()).append(' ').append(e.kind()).append('{')
                        .append(e.text()).append("}\n");
            }
        }
        return out.toString();
    }

    @Test
    void aStemNamingOthersActingCoversTheItemsUnderIt() {
        assertThat(reading("The respondent must not, whether by himself or by instructing or encouraging any other "
                + "person: contact the applicant directly or indirectly.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/others
                  type [0,7] contact
                  protects [12,21] applicant
                  indirect [34,44] indirectly
                """);
    }

    @Test
    void aStemSayingDirectlyOrIndirectlyMakesTheItemUnderItIndirect() {
        assertThat(reading("The respondent must not directly or indirectly: contact the applicant.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/-
                  type [0,7] contact
                  protects [12,21] applicant
                """);
    }

    @Test
    void theApplicantsWorkIsAPlaceToIdentifyButOnlyAWarning() {
        assertThat(reading("The respondent must not go to the applicant's work.")).isEqualTo("""
                1 ENTRY | protects=APPLICANT | direct/-/- | places=WORKPLACE
                  type [24,29] go to
                  protects [34,43] applicant
                  place [46,50] work
                ! PLACE_NOT_IDENTIFIED WARNING @1
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void theHomeOfTheApplicantIsTheApplicantsHomeButNotTheHomeOfTheApplicantsMother() {
        // the applicant's address is on the order itself, however the term puts it
        assertThat(reading("The respondent must not go within 50 metres of the home of the applicant.")).isEqualTo("""
                1 PROXIMITY | protects=APPLICANT | direct/-/- | places=HOME | distance=50
                  type [27,33] within
                  distanceMetres [34,43] 50 metres
                  protects [63,72] applicant
                  place [51,55] home
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        assertThat(reading("The respondent must not go within 50 metres of the home of the applicant's mother."))
                .contains("places=HOME | distance=50", "! PLACE_NOT_IDENTIFIED ERROR @1");
        assertThat(reading("The respondent must not go to the home.")).contains("! PLACE_NOT_IDENTIFIED ERROR @1");
    }

    @Test
    void aHomeDescribedAfterItsAddressIsOnePlaceAtThatAddress() {
        assertThat(reading("The respondent must not go within 100 metres of 27 Lime Street, Wrexham, the home of the "
                + "applicant.")).isEqualTo("""
                1 PROXIMITY | protects=APPLICANT | direct/-/- | places=HOME{27 Lime Street, Wrexham} | distance=100
                  type [27,33] within
                  distanceMetres [34,44] 100 metres
                  protects [89,98] applicant
                  place [77,81] home
                  place [48,71] 27 Lime Street, Wrexham
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void anAddressReadWholeTakesItsKindFromItsBuildingsName() {
        assertThat(reading("The respondent must not go within 100 metres of Greenfield Primary School, School Lane, "
                + "Leeds LS6 2AB.")).isEqualTo("""
                1 PROXIMITY | direct/-/- | places=SCHOOL{Greenfield Primary School, School Lane, Leeds LS6 2AB} | distance=100
                  type [27,33] within
                  distanceMetres [34,44] 100 metres
                  place [48,101] Greenfield Primary School, School Lane, Leeds LS6 2AB
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                ! NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1
                """);
        assertThat(reading("The respondent must not go within 100 metres of Flat 3, 12 Heron Way, Leeds LS6 3QT."))
                .startsWith("1 PROXIMITY | direct/-/- | places=HOME{Flat 3, 12 Heron Way, Leeds LS6 3QT} | distance=100\n");
    }

    @Test
    void wordsInCapitalsAreNotAnAddressUnlessOneFollowsAPlaceWord() {
        assertThat(reading("THE RESPONDENT MUST NOT GO TO HOME OR WORKPLACE.")).isEqualTo("""
                1 ENTRY | direct/-/- | places=HOME+WORKPLACE
                  type [24,29] GO TO
                  place [38,47] WORKPLACE
                  place [30,34] HOME
                ! PLACE_NOT_IDENTIFIED ERROR @1
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        assertThat(reading("THE RESPONDENT MUST NOT GO TO THE HOME AT 14 ELM GROVE, LEEDS LS6 2AB.")).isEqualTo("""
                1 ENTRY | direct/-/- | places=HOME{14 ELM GROVE, LEEDS LS6 2AB}
                  type [24,29] GO TO
                  place [34,69] HOME AT 14 ELM GROVE, LEEDS LS6 2AB
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void childrenNamedAfterTheirPartyWordWithAnAsideAndAnAmpersand() {
        assertThat(reading("The respondent must not contact the applicant or the children Amy (born 2015) & Ben "
                + "Smith.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT+NAMED_CHILDREN[Amy, Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [36,45] applicant
                  protects [53,61] children
                ! NO_INDIRECT_CONTACT WARNING @1
                ! NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1
                """);
    }

    @Test
    void peopleNamedWithNoPartyWordAreProtectedByName() {
        assertThat(reading("The respondent must not contact Amy Smith and Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Amy Smith, Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact Mrs Ann Lee and Dr Paul Lee.")).isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Mrs Ann Lee, Dr Paul Lee] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [32,35] Mrs
                  protects [48,50] Dr
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        // the applicant's own name after a title is hers, not another person's
        assertThat(reading("The respondent must not contact the applicant, Ms Laura Finch.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT[Ms Laura Finch] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [36,45] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void aPronounAloneProtectsTheApplicant() {
        assertThat(reading("The respondent must not contact her.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  type [24,31] contact
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void aLargeCityNamedOnItsOwnIsAPlaceOnlyWhenCapitalised() {
        assertThat(reading("The respondent must not enter Cardiff.")).isEqualTo("""
                1 ENTRY | direct/-/- | places=STREET_OR_AREA{Cardiff}
                  type [24,29] enter
                  place [30,37] Cardiff
                ! OVERBROAD_AREA WARNING @1
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        assertThat(reading("The respondent must not enter cardiff or go to the City of Leeds.")).isEqualTo("""
                1 ENTRY | direct/-/- | places=STREET_OR_AREA{Leeds}
                  type [24,29] enter
                  place [51,64] City of Leeds
                ! OVERBROAD_AREA WARNING @1
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void aLabelForbidsNothing() {
        assertThat(reading("Case No: NT123")).isEqualTo("""
                1 OTHER | -/-/-
                  notice [0,14] Case No: NT123
                """);
    }

    @Test
    void aBanWrittenAfterItsCarveOutIsTheBanWithTheCarveOut() {
        // it was an EXCEPTION clause forbidding nothing: "Except through solicitors, the respondent must not ..."
        assertThat(whole("Except through solicitors, the respondent must not contact the applicant.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [0,25] Except through solicitors
                  type [51,58] contact
                  protects [63,72] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 SOLICITORS{Except through solicitors}
                """);
        // the same reading as the carve-out written after the ban, but for where the words are
        assertThat(whole("The respondent must not contact the applicant except through solicitors.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [46,71] except through solicitors
                  type [24,31] contact
                  protects [36,45] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 SOLICITORS{except through solicitors}
                """);
        assertThat(whole("Save for contact through solicitors, the respondent must not contact the applicant."))
                .isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [0,35] Save for contact through solicitors
                  type [61,68] contact
                  protects [73,82] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 SOLICITORS{Save for contact through solicitors}
                """);
        // the child named in the carve-out is not a protected party: only the applicant is
        assertThat(whole("Other than for arranging child contact through [name], the respondent shall not contact the "
                + "applicant.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [0,53] Other than for arranging child contact through [name]
                  type [80,87] contact
                  protects [92,101] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 CHILD_ARRANGEMENTS{Other than for arranging child contact through [name]}
                """);
        assertThat(whole("Unless through a solicitor, the respondent must not contact the applicant directly or "
                + "indirectly.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/-
                  exception [0,26] Unless through a solicitor
                  type [52,59] contact
                  protects [64,73] applicant
                  indirect [86,96] indirectly
                  exception@1 SOLICITORS{Unless through a solicitor}
                """);
    }

    @Test
    void aCarveOutWrittenFirstEndsWhereTheBansSubjectBegins() {
        // commas inside the carve-out and after the subject do not end it; the subject after a comma does
        assertThat(whole("Save for contact through solicitors, Cafcass, or mediation, the respondent, whether by "
                + "himself or by instructing any other person, must not contact the applicant.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/others
                  coversOthersActing [101,112] instructing
                  exception [0,58] Save for contact through solicitors, Cafcass, or mediation
                  type [140,147] contact
                  protects [152,161] applicant
                  exception@1 CHILD_ARRANGEMENTS{Save for contact through solicitors, Cafcass, or mediation}
                """);
        // no comma: the subject begins the ban, though "he" is in the carve-out
        assertThat(whole("Except when he attends court the respondent must not go to 14 Elm Grove, Northtown, "
                + "NT4 7XY."))
                .isEqualTo("""
                1 ENTRY | direct/-/- | places=OTHER{14 Elm Grove, Northtown, NT4 7XY}
                  exception [0,28] Except when he attends court
                  type [53,58] go to
                  place [59,91] 14 Elm Grove, Northtown, NT4 7XY
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                  exception@1 COURT{Except when he attends court}
                """);
        // "through a third party" allowed in the carve-out; the ban's own "indirectly" is what makes it indirect
        assertThat(whole("Except through a third party, the respondent must not contact the applicant directly."))
                .isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [0,28] Except through a third party
                  type [54,61] contact
                  protects [66,75] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 OTHER{Except through a third party}
                """);
    }

    @Test
    void aCarveOutBeforeAndAfterTheBanAreBothKept() {
        assertThat(whole("Unless the court orders otherwise, the respondent must not contact the applicant except "
                + "through solicitors.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [0,33] Unless the court orders otherwise
                  exception [81,106] except through solicitors
                  type [59,66] contact
                  protects [71,80] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                  exception@1 COURT{Unless the court orders otherwise}
                  exception@1 SOLICITORS{except through solicitors}
                """);
    }

    @Test
    void anItemUnderABanThatBeginsWithItsCarveOutIsStillBanned() {
        assertThat(whole("The respondent must not: (a) except through solicitors, contact the applicant; (b) go to the "
                + "applicant's home.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                  exception [4,29] except through solicitors
                  type [31,38] contact
                  protects [43,52] applicant
                2 ENTRY | protects=APPLICANT | direct/-/- | places=HOME
                  type [0,5] go to
                  protects [10,19] applicant
                  place [22,26] home
                ! NO_INDIRECT_CONTACT WARNING @1
                ! NO_THIRD_PARTY_CLAUSE WARNING @2
                  exception@1 SOLICITORS{except through solicitors}
                """);
    }

    @Test
    void aCarveOutThatForbidsNothingAfterItIsStillAnException() {
        assertThat(whole("Except that the respondent may attend court.")).isEqualTo("""
                1 EXCEPTION | -/-/-
                  exception [0,44] Except that the respondent may attend court.
                  exception@1 COURT{except that the respondent may attend court}
                """);
        assertThat(whole("Except as agreed in writing.")).isEqualTo("""
                1 EXCEPTION | -/-/-
                  exception [0,28] Except as agreed in writing.
                  exception@1 OTHER{except as agreed in writing}
                """);
    }

    @Test
    void everyPersonNamedAfterTheActIsProtected() {
        // a title on the second name read only "Mr Ben Smith"; "or" ended the names after the first
        assertThat(whole("The respondent must not contact Jane Doe or Mr Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Mr Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [44,46] Mr
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not contact Jane Doe and Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not contact Jane Doe, Ben Smith or Amy Smith.")).isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith, Amy Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not contact Mrs Jane Doe, Mr Ben Smith or Dr Amy Smith by any means."))
                .isEqualTo("""
                1 CONTACT | protects=OTHER_NAMED_PERSONS[Mrs Jane Doe, Mr Ben Smith, Dr Amy Smith] | channels=ANY | \
                direct/-/-
                  type [24,31] contact
                  protects [32,35] Mrs
                  protects [46,48] Mr
                  protects [62,64] Dr
                  channels [75,87] by any means
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not use or threaten violence against Jane Doe or Ben Smith."))
                .isEqualTo("""
                1 VIOLENCE | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith] | direct/-/-
                  type [24,48] use or threaten violence
                ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void oneApplicantNamedWithOthersAndSeveralApplicants() {
        // "the applicant" is one person: the next name is another protected person, not her second name
        assertThat(whole("The respondent must not contact the applicant Jane Doe or Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT[Jane Doe]+OTHER_NAMED_PERSONS[Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [36,45] applicant
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not contact the applicants Jane Doe and Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=APPLICANT[Jane Doe, Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [36,46] applicants
                ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(whole("The respondent must not contact the children Amy or Ben Smith.")).isEqualTo("""
                1 CONTACT | protects=NAMED_CHILDREN[Amy, Ben Smith] | channels=ANY | direct/-/-
                  type [24,31] contact
                  protects [36,44] children
                ! NO_INDIRECT_CONTACT WARNING @1
                ! NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1
                """);
    }
}
