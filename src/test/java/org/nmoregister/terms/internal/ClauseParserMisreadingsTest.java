package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ReadingFormat;

/**
 * Misreadings found in review and fixed (reading rules version 3): a street named after a place word ("Church Road",
 * "School Lane") is one street, not a church or a school and a stray "Road"; a named premises written before its
 * address ("Boots, 3 Market Square") stays part of the place; a person named as the ban's subject ("Mr John Smith
 * must not ...", also after a carve-out written first) is the respondent, not a protected person.
 */
class ClauseParserMisreadingsTest {

    private final ClauseParser parser = new ClauseParser();

    /** Each clause's attributes (the first line of its reading in {@link ReadingFormat}'s form). */
    private String attributes(String wording) {
        return parser.parse(wording).stream().map(c -> ReadingFormat.clause(c).lines().findFirst().orElseThrow())
                .collect(Collectors.joining("\n"));
    }

    private List<Clause.Place> places(String wording) {
        return parser.parse(wording).get(0).places();
    }

    @Test
    void twoStreetsJoinedByOrAreTwoStreetsEvenWhenOneIsNamedAfterAPlaceWord() {
        assertThat(attributes("The respondent must not go to Mill Lane or Church Road, Leeds.")).isEqualTo(
                "  1 ENTRY | direct/-/- | places=STREET_OR_AREA{Mill Lane}+STREET_OR_AREA{Church Road, Leeds}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mill Lane or Church Road                  | Mill Lane            | Church Road
            Church Street and School Lane             | Church Street        | School Lane
            Station Road or Hospital Avenue           | Station Road         | Hospital Avenue
            Library Close or Chapel Drive             | Library Close        | Chapel Drive
            Surgery Way and Mosque Crescent           | Surgery Way          | Mosque Crescent
            Nursery Grove or Church Terrace           | Nursery Grove        | Church Terrace
            College Street and Market Square          | College Street       | Market Square
            Bridge Street or Church Walk              | Bridge Street        | Church Walk
            """)
    void aStreetNamedAfterAPlaceWordIsAStreet(String streets, String first, String second) {
        assertThat(places("The respondent must not enter " + streets + ".")).extracting(Clause.Place::kind,
                Clause.Place::address).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Clause.PlaceKind.STREET_OR_AREA, first),
                org.assertj.core.groups.Tuple.tuple(Clause.PlaceKind.STREET_OR_AREA, second));
    }

    @Test
    void aListOfThreeStreetsWithCommasIsThreeStreets() {
        assertThat(attributes("The respondent must not enter Church Road, School Lane or Mill Street.")).isEqualTo(
                "  1 ENTRY | direct/-/- | places=STREET_OR_AREA{Church Road}+STREET_OR_AREA{School Lane}"
                        + "+STREET_OR_AREA{Mill Street}");
    }

    @Test
    void aPlaceWordThatIsNotPartOfAStreetIsStillAPlace() {
        // a church and a school, each a place of its own; "the church on Mill Lane" is the church
        assertThat(attributes("The respondent must not go to the church or the school.")).isEqualTo(
                "  1 ENTRY | direct/-/- | places=OTHER+SCHOOL");
        assertThat(attributes("The respondent must not go to St Mary's Church or Mill Lane.")).isEqualTo(
                "  1 ENTRY | direct/-/- | places=OTHER{St Mary's Church}+STREET_OR_AREA{Mill Lane}");
        // a lower-case "road" after a capitalised place word is no street's name
        assertThat(attributes("The respondent must not go to St Mary's Church road.")).contains("OTHER{St Mary's Church}");
    }

    @Test
    void aNamedPremisesBeforeItsAddressStaysPartOfThePlace() {
        assertThat(attributes("The respondent must not go to Boots, 3 Market Square, Kendal.")).isEqualTo(
                "  1 ENTRY | direct/-/- | places=OTHER{Boots, 3 Market Square, Kendal}");
        var clause = parser.parse("The respondent must not go to Boots, 3 Market Square, Kendal.").get(0);
        assertThat(clause.spans()).filteredOn(s -> s.attribute().equals("place")).singleElement()
                .satisfies(s -> assertThat(clause.text().substring(s.start(), s.end()))
                        .isEqualTo("Boots, 3 Market Square, Kendal"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The respondent must not go within 100 metres of Tesco Express, 12 High Street, Leeds LS6 3QT. | OTHER | Tesco Express, 12 High Street, Leeds LS6 3QT
            The respondent must not enter The Red Lion, 4 Church Road, Wigan.                                | OTHER | The Red Lion, 4 Church Road, Wigan
            The respondent must not go to Marks & Spencer, 7 Bridge Street, York.                           | OTHER | Marks & Spencer, 7 Bridge Street, York
            The respondent must not go to St Anne's Church, 2 Mill Lane, Bury.                              | OTHER | St Anne's Church, 2 Mill Lane, Bury
            """)
    void aNamedPremisesOfAnyKindBeforeItsAddressIsKept(String wording, String kind, String address) {
        assertThat(places(wording)).extracting(p -> p.kind().name(), Clause.Place::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, address));
    }

    @Test
    void anAddressWithNoNameBeforeItIsTheAddressAlone() {
        assertThat(attributes("The respondent must not go within 100 metres of 12 Heron Way, Leeds LS6 3QT.")).contains(
                "places=OTHER{12 Heron Way, Leeds LS6 3QT}");
        // the party word before the address is not a premises' name
        assertThat(places("The respondent must not go to the applicant, 3 Market Square, Kendal."))
                .extracting(Clause.Place::address).doesNotContain("applicant, 3 Market Square, Kendal");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Except through solicitors, Mr John Smith must not contact Ms Jane Doe.                     | SOLICITORS         | Ms Jane Doe
            Save for contact through solicitors, Mrs Ann Smith shall not contact Mr Peter Jones.       | SOLICITORS         | Mr Peter Jones
            Other than through mediation, Mr John Smith must not communicate with Miss Amy Doe.        | MEDIATION          | Miss Amy Doe
            Apart from at court hearings, Dr Paul Green must not contact Mrs Ruth Green.               | COURT              | Mrs Ruth Green
            Unless through a solicitor, Mr John Smith is forbidden from contacting Ms Jane Doe.         | SOLICITORS         | Ms Jane Doe
            With the exception of arrangements for the children, Mr John Smith must not contact Ms Jane Doe. | CHILD_ARRANGEMENTS | Ms Jane Doe
            """)
    void theRespondentNamedAfterALeadingCarveOutIsNotProtected(String wording, String exception, String protectedName) {
        Clause clause = parser.parse(wording).get(0);
        assertThat(clause.protects()).extracting(p -> p.party().name() + p.names())
                .containsExactly("OTHER_NAMED_PERSONS[" + protectedName + "]");
        assertThat(clause.exceptions()).extracting(e -> e.kind().name()).containsExactly(exception);
        assertThat(clause.type().name()).isEqualTo("CONTACT");
    }

    @Test
    void theRespondentNamedAsTheSubjectIsNotProtectedWithoutACarveOutEither() {
        assertThat(attributes("Mr John Smith must not contact the applicant.")).isEqualTo(
                "  1 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-");
        assertThat(attributes("Mr John Smith, the respondent, must not use violence against Ms Jane Doe.")).isEqualTo(
                "  1 VIOLENCE | protects=OTHER_NAMED_PERSONS[Ms Jane Doe] | direct/-/-");
        // a stem naming the respondent gives its items no protected person of its own
        assertThat(attributes("Mr John Smith must not:\n(a) use or threaten violence against Ms Jane Doe;\n"
                + "(b) contact the applicant.")).isEqualTo(
                "  1 VIOLENCE | protects=OTHER_NAMED_PERSONS[Ms Jane Doe] | direct/-/-\n"
                        + "  2 CONTACT | protects=APPLICANT | channels=ANY | direct/-/-");
    }

    @Test
    void aPersonNamedInTheCarveOutOrAfterTheBanIsStillRead() {
        // the person the ban protects, named with a title after it, stays protected
        assertThat(attributes("Except through solicitors, the respondent must not contact Mr Peter Jones or his "
                + "mother.")).startsWith("  1 CONTACT | protects=OTHER_NAMED_PERSONS[Mr Peter Jones");
    }
}
