package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ReadingFormat;
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

    /** The parser's reading in {@link ReadingFormat}'s form, then the findings on it (code, severity, clause). */
    private String reading(String wording) {
        List<Clause> clauses = parser.parse(wording);
        StringBuilder out = new StringBuilder();
        clauses.forEach(c -> out.append(ReadingFormat.clause(c)));
        checks.check(clauses, OrderContext.none()).forEach(f -> out.append(ReadingFormat.findingCode(f)));
        return out.toString();
    }

    @Test
    void aStemNamingOthersActingCoversTheItemsUnderIt() {
        assertThat(reading("The respondent must not, whether by himself or by instructing or encouraging any other "
                + "person: contact the applicant directly or indirectly.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/others
                    text: contact the applicant directly or indirectly.
                    type [0,7] contact
                    protects [12,21] applicant
                    indirect [34,44] indirectly
                """);
    }

    @Test
    void aStemSayingDirectlyOrIndirectlyMakesTheItemUnderItIndirect() {
        assertThat(reading("The respondent must not directly or indirectly: contact the applicant.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/-
                    text: contact the applicant.
                    type [0,7] contact
                    protects [12,21] applicant
                """);
    }

    @Test
    void theApplicantsWorkIsAPlaceToIdentifyButOnlyAWarning() {
        assertThat(reading("The respondent must not go to the applicant's work.")).isEqualTo("""
                  1 ENTRY | protects=APPLICANT | direct/-/- | places=WORKPLACE
                    text: The respondent must not go to the applicant's work.
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
                    text: The respondent must not go within 50 metres of the home of the applicant.
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
                    text: The respondent must not go within 100 metres of 27 Lime Street, Wrexham, the home of the applicant.
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
                    text: The respondent must not go within 100 metres of Greenfield Primary School, School Lane, Leeds LS6 2AB.
                    type [27,33] within
                    distanceMetres [34,44] 100 metres
                    place [48,101] Greenfield Primary School, School Lane, Leeds LS6 2AB
                  ! NO_THIRD_PARTY_CLAUSE WARNING @1
                  ! NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1
                """);
        assertThat(reading("The respondent must not go within 100 metres of Flat 3, 12 Heron Way, Leeds LS6 3QT."))
                .startsWith("  1 PROXIMITY | direct/-/- | places=HOME{Flat 3, 12 Heron Way, Leeds LS6 3QT} | distance=100\n");
    }

    @Test
    void wordsInCapitalsAreNotAnAddressUnlessOneFollowsAPlaceWord() {
        assertThat(reading("THE RESPONDENT MUST NOT GO TO HOME OR WORKPLACE.")).isEqualTo("""
                  1 ENTRY | direct/-/- | places=HOME+WORKPLACE
                    text: THE RESPONDENT MUST NOT GO TO HOME OR WORKPLACE.
                    type [24,29] GO TO
                    place [38,47] WORKPLACE
                    place [30,34] HOME
                  ! PLACE_NOT_IDENTIFIED ERROR @1
                  ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        assertThat(reading("THE RESPONDENT MUST NOT GO TO THE HOME AT 14 ELM GROVE, LEEDS LS6 2AB.")).isEqualTo("""
                  1 ENTRY | direct/-/- | places=HOME{14 ELM GROVE, LEEDS LS6 2AB}
                    text: THE RESPONDENT MUST NOT GO TO THE HOME AT 14 ELM GROVE, LEEDS LS6 2AB.
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
                    text: The respondent must not contact the applicant or the children Amy (born 2015) & Ben Smith.
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
                    text: The respondent must not contact Amy Smith and Ben Smith.
                    type [24,31] contact
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact Mrs Ann Lee and Dr Paul Lee.")).isEqualTo("""
                  1 CONTACT | protects=OTHER_NAMED_PERSONS[Mrs Ann Lee, Dr Paul Lee] | channels=ANY | direct/-/-
                    text: The respondent must not contact Mrs Ann Lee and Dr Paul Lee.
                    type [24,31] contact
                    protects [32,35] Mrs
                    protects [48,50] Dr
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        // the applicant's own name after a title is hers, not another person's
        assertThat(reading("The respondent must not contact the applicant, Ms Laura Finch.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT[Ms Laura Finch] | channels=ANY | direct/-/-
                    text: The respondent must not contact the applicant, Ms Laura Finch.
                    type [24,31] contact
                    protects [36,45] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void aPronounAloneProtectsTheApplicant() {
        assertThat(reading("The respondent must not contact her.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-
                    text: The respondent must not contact her.
                    type [24,31] contact
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void aLargeCityNamedOnItsOwnIsAPlaceOnlyWhenCapitalised() {
        assertThat(reading("The respondent must not enter Cardiff.")).isEqualTo("""
                  1 ENTRY | direct/-/- | places=STREET_OR_AREA{Cardiff}
                    text: The respondent must not enter Cardiff.
                    type [24,29] enter
                    place [30,37] Cardiff
                  ! OVERBROAD_AREA WARNING @1
                  ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        assertThat(reading("The respondent must not enter cardiff or go to the City of Leeds.")).isEqualTo("""
                  1 ENTRY | direct/-/- | places=STREET_OR_AREA{Leeds}
                    text: The respondent must not enter cardiff or go to the City of Leeds.
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
                    text: Case No: NT123
                    notice [0,14] Case No: NT123
                """);
    }

    @Test
    void aBanWrittenAfterItsCarveOutIsTheBanWithTheCarveOut() {
        // it was an EXCEPTION clause forbidding nothing: "Except through solicitors, the respondent must not ..."
        assertThat(reading("Except through solicitors, the respondent must not contact the applicant.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=SOLICITORS{Except through solicitors}
                    text: Except through solicitors, the respondent must not contact the applicant.
                    exception [0,25] Except through solicitors
                    type [51,58] contact
                    protects [63,72] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        // the same reading as the carve-out written after the ban, but for where the words are
        assertThat(reading("The respondent must not contact the applicant except through solicitors.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=SOLICITORS{except through solicitors}
                    text: The respondent must not contact the applicant except through solicitors.
                    exception [46,71] except through solicitors
                    type [24,31] contact
                    protects [36,45] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("Save for contact through solicitors, the respondent must not contact the applicant.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=SOLICITORS{Save for contact through solicitors}
                    text: Save for contact through solicitors, the respondent must not contact the applicant.
                    exception [0,35] Save for contact through solicitors
                    type [61,68] contact
                    protects [73,82] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        // the child named in the carve-out is not a protected party: only the applicant is
        assertThat(reading("Other than for arranging child contact through [name], the respondent shall not contact the "
                + "applicant.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=CHILD_ARRANGEMENTS{Other than for arranging child contact through [name]}
                    text: Other than for arranging child contact through [name], the respondent shall not contact the applicant.
                    exception [0,53] Other than for arranging child contact through [name]
                    type [80,87] contact
                    protects [92,101] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("Unless through a solicitor, the respondent must not contact the applicant directly or "
                + "indirectly.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/- | exceptions=SOLICITORS{Unless through a solicitor}
                    text: Unless through a solicitor, the respondent must not contact the applicant directly or indirectly.
                    exception [0,26] Unless through a solicitor
                    type [52,59] contact
                    protects [64,73] applicant
                    indirect [86,96] indirectly
                """);
    }

    @Test
    void aCarveOutWrittenFirstEndsWhereTheBansSubjectBegins() {
        // commas inside the carve-out and after the subject do not end it; the subject after a comma does
        assertThat(reading("Save for contact through solicitors, Cafcass, or mediation, the respondent, whether by "
                + "himself or by instructing any other person, must not contact the applicant.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/indirect/others | exceptions=CHILD_ARRANGEMENTS{Save for contact through solicitors, Cafcass, or mediation}
                    text: Save for contact through solicitors, Cafcass, or mediation, the respondent, whether by himself or by instructing any other person, must not contact the applicant.
                    coversOthersActing [101,112] instructing
                    exception [0,58] Save for contact through solicitors, Cafcass, or mediation
                    type [140,147] contact
                    protects [152,161] applicant
                """);
        // no comma: the subject begins the ban, though "he" is in the carve-out
        assertThat(reading("Except when he attends court the respondent must not go to 14 Elm Grove, Northtown, "
                + "NT4 7XY.")).isEqualTo("""
                  1 ENTRY | direct/-/- | places=OTHER{14 Elm Grove, Northtown, NT4 7XY} | exceptions=COURT{Except when he attends court}
                    text: Except when he attends court the respondent must not go to 14 Elm Grove, Northtown, NT4 7XY.
                    exception [0,28] Except when he attends court
                    type [53,58] go to
                    place [59,91] 14 Elm Grove, Northtown, NT4 7XY
                  ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
        // "through a third party" allowed in the carve-out; the ban's own "indirectly" is what makes it indirect
        assertThat(reading("Except through a third party, the respondent must not contact the applicant directly.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=OTHER{Except through a third party}
                    text: Except through a third party, the respondent must not contact the applicant directly.
                    exception [0,28] Except through a third party
                    type [54,61] contact
                    protects [66,75] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void aCarveOutBeforeAndAfterTheBanAreBothKept() {
        assertThat(reading("Unless the court orders otherwise, the respondent must not contact the applicant except "
                + "through solicitors.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=COURT{Unless the court orders otherwise}+SOLICITORS{except through solicitors}
                    text: Unless the court orders otherwise, the respondent must not contact the applicant except through solicitors.
                    exception [0,33] Unless the court orders otherwise
                    exception [81,106] except through solicitors
                    type [59,66] contact
                    protects [71,80] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
    }

    @Test
    void anItemUnderABanThatBeginsWithItsCarveOutIsStillBanned() {
        assertThat(reading("The respondent must not: (a) except through solicitors, contact the applicant; (b) go to the "
                + "applicant's home.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/- | exceptions=SOLICITORS{except through solicitors}
                    text: (a) except through solicitors, contact the applicant
                    exception [4,29] except through solicitors
                    type [31,38] contact
                    protects [43,52] applicant
                  2 ENTRY | protects=APPLICANT | direct/-/- | places=HOME
                    text: go to the applicant's home.
                    type [0,5] go to
                    protects [10,19] applicant
                    place [22,26] home
                  ! NO_INDIRECT_CONTACT WARNING @1
                  ! NO_THIRD_PARTY_CLAUSE WARNING @2
                """);
    }

    @Test
    void aCarveOutThatForbidsNothingAfterItIsStillAnException() {
        assertThat(reading("Except that the respondent may attend court.")).isEqualTo("""
                  1 EXCEPTION | -/-/- | exceptions=COURT{except that the respondent may attend court}
                    text: Except that the respondent may attend court.
                    exception [0,44] Except that the respondent may attend court.
                """);
        assertThat(reading("Except as agreed in writing.")).isEqualTo("""
                  1 EXCEPTION | -/-/- | exceptions=OTHER{except as agreed in writing}
                    text: Except as agreed in writing.
                    exception [0,28] Except as agreed in writing.
                """);
    }

    @Test
    void everyPersonNamedAfterTheActIsProtected() {
        // a title on the second name read only "Mr Ben Smith"; "or" ended the names after the first
        assertThat(reading("The respondent must not contact Jane Doe or Mr Ben Smith.")).isEqualTo("""
                  1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Mr Ben Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact Jane Doe or Mr Ben Smith.
                    type [24,31] contact
                    protects [44,46] Mr
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact Jane Doe and Ben Smith.")).isEqualTo("""
                  1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact Jane Doe and Ben Smith.
                    type [24,31] contact
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact Jane Doe, Ben Smith or Amy Smith.")).isEqualTo("""
                  1 CONTACT | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith, Amy Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact Jane Doe, Ben Smith or Amy Smith.
                    type [24,31] contact
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact Mrs Jane Doe, Mr Ben Smith or Dr Amy Smith by any means.")).isEqualTo("""
                  1 CONTACT | protects=OTHER_NAMED_PERSONS[Mrs Jane Doe, Mr Ben Smith, Dr Amy Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact Mrs Jane Doe, Mr Ben Smith or Dr Amy Smith by any means.
                    type [24,31] contact
                    protects [32,35] Mrs
                    protects [46,48] Mr
                    protects [62,64] Dr
                    channels [75,87] by any means
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not use or threaten violence against Jane Doe or Ben Smith.")).isEqualTo("""
                  1 VIOLENCE | protects=OTHER_NAMED_PERSONS[Jane Doe, Ben Smith] | direct/-/-
                    text: The respondent must not use or threaten violence against Jane Doe or Ben Smith.
                    type [24,48] use or threaten violence
                  ! NO_THIRD_PARTY_CLAUSE WARNING @1
                """);
    }

    @Test
    void oneApplicantNamedWithOthersAndSeveralApplicants() {
        // "the applicant" is one person: the next name is another protected person, not her second name
        assertThat(reading("The respondent must not contact the applicant Jane Doe or Ben Smith.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT[Jane Doe]+OTHER_NAMED_PERSONS[Ben Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact the applicant Jane Doe or Ben Smith.
                    type [24,31] contact
                    protects [36,45] applicant
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact the applicants Jane Doe and Ben Smith.")).isEqualTo("""
                  1 CONTACT | protects=APPLICANT[Jane Doe, Ben Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact the applicants Jane Doe and Ben Smith.
                    type [24,31] contact
                    protects [36,46] applicants
                  ! NO_INDIRECT_CONTACT WARNING @1
                """);
        assertThat(reading("The respondent must not contact the children Amy or Ben Smith.")).isEqualTo("""
                  1 CONTACT | protects=NAMED_CHILDREN[Amy, Ben Smith] | channels=ANY | direct/-/-
                    text: The respondent must not contact the children Amy or Ben Smith.
                    type [24,31] contact
                    protects [36,44] children
                  ! NO_INDIRECT_CONTACT WARNING @1
                  ! NO_CHILD_ARRANGEMENTS_EXCEPTION WARNING @1
                """);
    }
}
