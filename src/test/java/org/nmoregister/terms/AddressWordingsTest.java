package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.terms.Clause.PlaceKind;

/**
 * Places written as UK addresses in court wording: each is read whole (house number or name, street, town and
 * postcode), keeps the kind the wording gives, and is never called over-broad; a town alone still is.
 */
class AddressWordingsTest {

    private final TermsChecker checker = new TermsChecker();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The respondent must not go within 100 metres of 12 Heron Way, Leeds LS6 3QT.                                              | OTHER       | 12 Heron Way, Leeds LS6 3QT
            The respondent must not go to, enter or attempt to enter the property at 4 Kestrel Close, Otley LS21 3AB.                  | HOME        | 4 Kestrel Close, Otley LS21 3AB
            The respondent must not come within 50 metres of the applicant's home at Rose Cottage, Mill Lane, Thornton BD13 3AA.       | HOME        | Rose Cottage, Mill Lane, Thornton BD13 3AA
            The respondent must not enter the property at Flat 3, 12 Heron Way, Leeds LS6 3QT or any part of it.                      | HOME        | Flat 3, 12 Heron Way, Leeds LS6 3QT
            The respondent must not go within 200 metres of the applicant's place of work at 70-72 High Street, Skipton BD23 1JD.     | WORKPLACE   | 70-72 High Street, Skipton BD23 1JD
            The respondent shall not attend at the school known as Greenfield Primary School, School Lane, Leeds LS6 1AA.             | SCHOOL      | Greenfield Primary School, School Lane, Leeds LS6 1AA
            The respondent must not go within 100 metres of 9 Priory Mews York YO1 7HH.                                                | OTHER       | 9 Priory Mews York YO1 7HH
            The respondent must not go to 14 Heol y Nant, Cardiff CF14 1AA where the applicant lives.                                 | HOME        | 14 Heol y Nant, Cardiff CF14 1AA
            The respondent must not enter the property at 3 Ffordd Llanarth, Wrexham LL11 2AA.                                         | HOME        | 3 Ffordd Llanarth, Wrexham LL11 2AA
            The respondent must not enter the street known as Stryd Fawr, Bala or the property at 8 Stryd Fawr, Bala LL23 7AA.        | HOME        | 8 Stryd Fawr, Bala LL23 7AA
            The respondent must not go within 100 metres of 2 Lôn Isaf, Menai Bridge LL59 5AA.                                         | OTHER       | 2 Lôn Isaf, Menai Bridge LL59 5AA
            The respondent must not go within 100 metres of the applicant's home at 12A Deer Chase, Sheffield s101aa.                 | HOME        | 12A Deer Chase, Sheffield S10 1AA
            THE RESPONDENT MUST NOT GO WITHIN 100 METRES OF 19 WILLOW MEADOWS, HULL HU5 2AA.                                          | OTHER       | 19 WILLOW MEADOWS, HULL HU5 2AA
            The respondent must not go within 100 metres of the nursery at 4 Eden Heights, Carlisle CA1 1AA.                          | NURSERY     | 4 Eden Heights, Carlisle CA1 1AA
            The respondent must not go to the applicant's mother's house at 23 Calder Vale, Halifax HX1 1AA.                          | HOME        | 23 Calder Vale, Halifax HX1 1AA
            The respondent must not enter 2 Hollins Fold, Bury BL9 0AA, the home of the applicant.                                    | HOME        | 2 Hollins Fold, Bury BL9 0AA
            The respondent must not go within 100 metres of Kingsway House, 14 Kingsway, Leeds LS1 2AB.                              | HOME        | Kingsway House, 14 Kingsway, Leeds LS1 2AB
            The respondent shall not go within 100 metres of 3 Church View, Northby NX6 1CV, and must not instruct, encourage or in any way suggest that any other person should do so. | OTHER | 3 Church View, Northby NX6 1CV
            The respondent must not go within 75 metres of 27 St John's Road, Stratford upon Avon CV37 6AA.                           | OTHER       | 27 St John's Road, Stratford upon Avon CV37 6AA
            The respondent must not go within 100 metres of Wing, 14 Acacia Ave, Leeds LS6 2AB.                                       | OTHER       | Wing, 14 Acacia Ave, Leeds LS6 2AB
            The respondent must not go within 100 metres of Wing, 14 Acacia Ave.                                                      | OTHER       | Wing, 14 Acacia Ave
            The respondent must not go to Wing, 14 Acacia Ave, where the applicant lives.                                             | HOME        | Wing, 14 Acacia Ave
            The respondent must not go within 100 metres of 14, ACACIA AVE., Leeds.                                                   | OTHER       | 14, ACACIA AVE., Leeds
            The respondent must not go within 100 metres of 14, ACACIA AVE., Leeds LS6 2AB.                                           | OTHER       | 14, ACACIA AVE., Leeds LS6 2AB
            The respondent must not enter the property at 14, Acacia Ave., Leeds, or any part of it.                                  | HOME        | 14, Acacia Ave., Leeds
            THE RESPONDENT MUST NOT GO TO 14, ACACIA AVE., LEEDS LS6 2AB.                                                             | OTHER       | 14, ACACIA AVE., LEEDS LS6 2AB
            The respondent must not go within 100 metres of 14 Acacia Rd. LS6 2AB.                                                    | OTHER       | 14 Acacia Rd. LS6 2AB
            """)
    void anAddressIsReadWholeWithItsKindAndIsNotOverbroad(String wording, PlaceKind kind, String address) {
        TermsReading reading = checker.check(wording, OrderContext.none());
        Clause clause = reading.clauses().get(0);
        assertThat(clause.places()).anySatisfy(place -> {
            assertThat(place.kind()).isEqualTo(kind);
            assertThat(place.address()).isEqualTo(address);
        });
        assertThat(reading.findings()).extracting(Finding::code)
                .doesNotContain(FindingCode.OVERBROAD_AREA, FindingCode.PLACE_NOT_IDENTIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The respondent must not go within 100 metres of 14, ACACIA AVE., Leeds.               | 14, ACACIA AVE., Leeds
            The respondent must not go to Wing, 14 Acacia Ave, where the applicant lives.         | Wing, 14 Acacia Ave
            The respondent must not go to 14 Heol y Nant, Cardiff CF14 1AA where the applicant lives. | 14 Heol y Nant, Cardiff CF14 1AA
            """)
    void anAbbreviatedOrDescribedAddressIsOnePlaceNotATownOrTheSameAddressTwice(String wording, String address) {
        Clause clause = checker.check(wording, OrderContext.none()).clauses().get(0);
        assertThat(clause.places()).extracting(Clause.Place::address).containsExactly(address);
    }

    @Test
    void theFullStopOfAnAbbreviationEndingTheSentenceEndsTheAddress() {
        Clause clause = checker.check("The respondent must not go within 100 metres of 14 Acacia Ave. The respondent "
                + "must not go to Leeds.", OrderContext.none()).clauses().get(0);
        assertThat(clause.places()).extracting(Clause.Place::address).first().isEqualTo("14 Acacia Ave");
    }

    @Test
    void theWordsInsideAnAddressAreNotPlacesOfTheirOwn() {
        Clause clause = checker.check("The respondent must not go within 100 metres of 3 Church Road, Leeds LS6 2AB.",
                OrderContext.none()).clauses().get(0);
        // "Church" is not a place of worship here and "Leeds" is not the whole city
        assertThat(clause.places()).extracting(Clause.Place::address).containsExactly("3 Church Road, Leeds LS6 2AB");
    }

    @Test
    void aTownAloneIsStillOverbroad() {
        List<FindingCode> codes = checker.check("The respondent must not enter Leeds.", OrderContext.none())
                .findings().stream().map(Finding::code).toList();
        assertThat(codes).contains(FindingCode.OVERBROAD_AREA);
    }

    @Test
    void anAddressInACarvedOutExceptionIsNotAPlaceToKeepAwayFrom() {
        Clause clause = checker.check("The respondent must not go within 100 metres of the applicant's home at 4 "
                + "Kestrel Close, Otley LS21 3AB, save to collect the children from 12 Mill Lane, Otley LS21 1AA as "
                + "agreed in writing.", OrderContext.none()).clauses().get(0);
        assertThat(clause.places()).extracting(Clause.Place::address).containsExactly("4 Kestrel Close, Otley LS21 3AB");
    }
}
