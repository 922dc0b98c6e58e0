package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            within 100 metres of 12 Heron Way, Leeds LS6 3QT.                  | 12 Heron Way, Leeds LS6 3QT
            must not go to 4 Kestrel Close, Otley LS21 3AB or                  | 4 Kestrel Close, Otley LS21 3AB
            the property at 9 Priory Mews, York YO1 7HH                        | 9 Priory Mews, York YO1 7HH
            at 31 Tanner Row, York                                             | 31 Tanner Row, York
            at 2 Canal Walk, Skipton BD23 1AA                                  | 2 Canal Walk, Skipton BD23 1AA
            at 7 Castle Hill, Lancaster                                        | 7 Castle Hill, Lancaster
            at 15 Park View, Bradford BD9 4QQ                                  | 15 Park View, Bradford BD9 4QQ
            at 3 Chestnut Rise, Harrogate HG1 2AB                              | 3 Chestnut Rise, Harrogate HG1 2AB
            at 88 Marine Parade, Whitby YO21 3PR                               | 88 Marine Parade, Whitby YO21 3PR
            at 6 Beech Green, Wetherby                                         | 6 Beech Green, Wetherby
            at 10 Oakwood Park, Leeds                                          | 10 Oakwood Park, Leeds
            at 5 Calder Vale, Halifax HX1 1AA                                  | 5 Calder Vale, Halifax HX1 1AA
            at 2 Hollins Fold, Bury BL9 0AA                                    | 2 Hollins Fold, Bury BL9 0AA
            at 1 Ash Croft, Penrith                                            | 1 Ash Croft, Penrith
            at 23 Deer Chase, Sheffield S10 1AA                                | 23 Deer Chase, Sheffield S10 1AA
            at 19 Willow Meadows, Hull HU5 2AA                                 | 19 Willow Meadows, Hull HU5 2AA
            at 4 Eden Heights, Carlisle CA1 1AA                                | 4 Eden Heights, Carlisle CA1 1AA
            at 12 Kings Court, Leeds LS1 1AA                                   | 12 Kings Court, Leeds LS1 1AA
            at 70-72 High Street, Leeds                                        | 70-72 High Street, Leeds
            at 12A Mill Lane, Leeds                                            | 12A Mill Lane, Leeds
            at Flat 3, 12 Heron Way, Leeds LS6 3QT                             | Flat 3, 12 Heron Way, Leeds LS6 3QT
            at Apartment 12B, 40 Wellington Street, Leeds                      | Apartment 12B, 40 Wellington Street, Leeds
            at Rose Cottage, Mill Lane, Thornton BD13 3AA                      | Rose Cottage, Mill Lane, Thornton BD13 3AA
            the property known as Kingsway House, 14 Kingsway, Leeds           | Kingsway House, 14 Kingsway, Leeds
            at 12 Heron Way Leeds LS6 3QT                                      | 12 Heron Way Leeds LS6 3QT
            at 12 Heron Way, Leeds ls63qt                                      | 12 Heron Way, Leeds LS6 3QT
            at 14 Heol y Nant, Cardiff CF14 1AA                                | 14 Heol y Nant, Cardiff CF14 1AA
            at 3 Ffordd Llanarth, Wrexham LL11 2AA                             | 3 Ffordd Llanarth, Wrexham LL11 2AA
            at 8 Stryd Fawr, Bala LL23 7AA                                     | 8 Stryd Fawr, Bala LL23 7AA
            at 2 Lôn Isaf, Menai Bridge LL59 5AA                               | 2 Lôn Isaf, Menai Bridge LL59 5AA
            at 12 Bryn Celyn, Mold CH7 1AA                                     | 12 Bryn Celyn, Mold CH7 1AA
            at 27 St John's Road, Stratford upon Avon CV37 6AA                 | 27 St John's Road, Stratford upon Avon CV37 6AA
            at 5 The Green, Otley                                              | 5 The Green, Otley
            at 44 Station Road East, Leeds                                     | 44 Station Road East, Leeds
            AT 12 HERON WAY, LEEDS LS6 3QT AND                                 | 12 HERON WAY, LEEDS LS6 3QT
            at 6 Acacia Ave, Leeds                                             | 6 Acacia Ave, Leeds
            at 12 Heron Way, Leeds, West Yorkshire, LS6 3QT, and               | 12 Heron Way, Leeds, West Yorkshire, LS6 3QT
            at Greenfield Primary School, School Lane, Leeds LS6 1AA           | Greenfield Primary School, School Lane, Leeds LS6 1AA
            at Wing, 14 Acacia Ave, Leeds                                      | Wing, 14 Acacia Ave, Leeds
            at 14, ACACIA AVE., Leeds.                                         | 14, ACACIA AVE., Leeds
            at 14, Acacia Ave., Leeds, or                                      | 14, Acacia Ave., Leeds
            at 14 Acacia Rd. LS6 2AB                                           | 14 Acacia Rd. LS6 2AB
            at 14 Acacia Ave. The applicant lives there                        | 14 Acacia Ave
            at 14 Acacia Ave. Leeds                                            | 14 Acacia Ave
            at 3 Broadway, Leeds                                               | 3 Broadway, Leeds
            at 4 Parade, Whitby                                                | 4 Parade, Whitby
            at 5 Esplanade, Scarborough                                        | 5 Esplanade, Scarborough
            """)
    void findsTheWholeAddress(String text, String expected) {
        List<WrittenAddress> found = WrittenAddress.findIn("The respondent must not go " + text);
        assertThat(found).extracting(WrittenAddress::text).containsExactly(expected);
    }

    @Test
    void theSpanPointsAtWhatWasWritten() {
        String text = "must not go within 100 metres of 12 Heron Way, Leeds ls6 3qt, or contact her";
        WrittenAddress found = WrittenAddress.findIn(text).get(0);
        assertThat(text.substring(found.start(), found.end())).isEqualTo("12 Heron Way, Leeds ls6 3qt");
        assertThat(found.postcode()).isEqualTo(Postcode.of("LS6 3QT"));
        assertThat(found.hasPostcode()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The respondent must not go within 100 metres of the applicant's home.
            The respondent must not enter Mill Lane.
            The respondent must not contact her on 12 March 2027 or after.
            The respondent must not enter Leeds.
            The respondent must not come within 200 metres of her.
            The respondent must not attend Leeds Family Court except for hearings.
            The respondent must not contact the applicant between 8am and 6pm.
            THE RESPONDENT MUST NOT GO WITHIN 100 METRES OF THE APPLICANT'S HOME.
            The respondent must pay 50 Pounds to the applicant.
            The respondent must not go to 3 Road, Leeds.
            The respondent must not go to 3 Green, Leeds.
            """)
    void findsNoAddressWhereThereIsNone(String text) {
        assertThat(WrittenAddress.findIn(text)).isEmpty();
    }

    @Test
    void twoAddressesInOneSentenceAreTwo() {
        List<WrittenAddress> found = WrittenAddress.findIn("must not go to 12 Mill Lane, Leeds or 3 Church Road, "
                + "Otley LS21 1AA");
        assertThat(found).extracting(WrittenAddress::text)
                .containsExactly("12 Mill Lane, Leeds", "3 Church Road, Otley LS21 1AA");
    }

    @Test
    void theFirstAddressAndWhetherItGivesAPostcode() {
        assertThat(WrittenAddress.firstIn("must not go to 12 Mill Lane, Leeds or 3 Church Road, Otley LS21 1AA"))
                .hasValueSatisfying(a -> {
                    assertThat(a.text()).isEqualTo("12 Mill Lane, Leeds");
                    assertThat(a.hasPostcode()).isFalse();
                    assertThat(a.postcode()).isNull();
                });
        assertThat(WrittenAddress.firstIn("must not enter Leeds")).isEmpty();
    }

    @Test
    void nothingInNothing() {
        assertThat(WrittenAddress.findIn(null)).isEmpty();
        assertThat(WrittenAddress.findIn("  ")).isEmpty();
        assertThat(WrittenAddress.firstIn("no address here")).isEmpty();
    }
}
