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
}
