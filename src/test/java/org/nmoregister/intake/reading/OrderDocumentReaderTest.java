package org.nmoregister.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderDocumentReaderTest {

    private static final String FL404A = """
            In the Family Court sitting at Leeds
            Case No. LS26F00123
            NON-MOLESTATION ORDER
            Between
            MS JANE O'BRIEN      Applicant
            and
            MR DARREN HUGHES     Respondent
            The Respondent's date of birth: 4th May 1988
            On Tuesday 3 March 2026 at 2.15pm District Judge Harper considered the application.
            The order was made without notice to the respondent.
            The court orders that the Respondent Darren HUGHES must not:
            1. use or threaten violence against the applicant;
            2. go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 3QT, or
               go within 100 metres of it.
            Return hearing: the court will reconsider the application on 17/03/2026 at 10:30.
            This order shall last until 3 September 2026 at 4pm unless varied or discharged.
            PENAL NOTICE
            """;

    @Test
    void readsEachFieldWithItsSpanInTheText() {
        OrderReading reading = OrderDocumentReader.read(FL404A);
        assertThat(reading.value("court")).isEqualTo("The Family Court at Leeds");
        assertThat(reading.value("caseNumber")).isEqualTo("LS26F00123");
        assertThat(reading.value("orderType")).isEqualTo("NMO");
        assertThat(reading.value("change")).isEqualTo("NEW_ORDER");
        assertThat(reading.value("madeAt")).isEqualTo("2026-03-03T14:15");
        assertThat(reading.value("withoutNotice")).isEqualTo("true");
        assertThat(reading.value("returnHearingAt")).isEqualTo("2026-03-17T10:30");
        assertThat(reading.value("endsAt")).isEqualTo("2026-09-03T16:00");
        assertThat(reading.value("penalNotice")).isEqualTo("true");
        assertThat(reading.value("applicantName")).isEqualTo("Jane O'Brien");
        assertThat(reading.value("respondentName")).isEqualTo("Darren Hughes");
        assertThat(reading.value("respondentDateOfBirth")).isEqualTo("1988-05-04");
        assertThat(reading.termTexts()).containsExactly(
                "The respondent must not use or threaten violence against the applicant",
                "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 3QT, or go within 100 metres of it.");
        for (ReadField field : reading.fields().values()) {
            assertThat(field.end()).isLessThanOrEqualTo(FL404A.length());
            assertThat(field.confidence()).isBetween(0.0, 1.0);
        }
        ReadField name = reading.field("respondentName").orElseThrow();
        assertThat(FL404A.substring(name.start(), name.end()).toLowerCase(Locale.ROOT)).isEqualTo("darren hughes");
        ReadField term = reading.terms().get(1);
        assertThat(FL404A.substring(term.start(), term.end())).startsWith("2. go to").endsWith("within 100 metres of it.");
    }

    @Test
    void aCourtsWarningThatOneMayApplyToVaryIsNotAVariation() {
        OrderReading reading = OrderDocumentReader.read("""
                Leeds Family Court
                Non-molestation order
                The respondent may apply to the court to vary or discharge this order.
                """);
        assertThat(reading.value("change")).isEqualTo("NEW_ORDER");
    }

    @Test
    void aDocumentWithNothingOfAnOrderFillsNothingButTheDefaults() {
        OrderReading reading = OrderDocumentReader.read("Dear colleague, please find attached. Regards");
        assertThat(reading.value("court")).isNull();
        assertThat(reading.value("caseNumber")).isNull();
        assertThat(reading.value("respondentName")).isNull();
        assertThat(reading.terms()).isEmpty();
    }

    private static String notice(String text) {
        return OrderDocumentReader.read(text).value("withoutNotice");
    }

    @Test
    void theRespondentAttendingOrGivenNoticeIsAnOrderMadeOnNotice() {
        assertThat(notice("Upon the respondent attending in person, the court orders that:")).isEqualTo("false");
        assertThat(notice("UPON hearing counsel for the applicant and the respondent in person")).isEqualTo("false");
        assertThat(notice("The respondent, having been given notice of this hearing, did not attend.")).isEqualTo("false");
        assertThat(notice("The respondent not attending although he was served with notice of the hearing.")).isEqualTo("false");
        assertThat(notice("The defendant appeared and was represented by Ms Khan of counsel.")).isEqualTo("false");
        assertThat(notice("Both parties attended the hearing.")).isEqualTo("false");
        assertThat(notice("The hearing was inter partes.")).isEqualTo("false");
        assertThat(notice("In the presence of the subject, the court made the order.")).isEqualTo("false");
        assertThat(notice("The court heard representations from the defendant before making the order.")).isEqualTo("false");
        assertThat(notice("The defendant made representations through his solicitor.")).isEqualTo("false");
        assertThat(notice("Gwnaed y gorchymyn ar rybudd.")).isEqualTo("false");
        // a return hearing: the first order was made without notice, this one with the respondent there
        assertThat(notice("""
                The non-molestation order made without notice on 3 March 2026 is discharged.
                The respondent attending, the court orders that:""")).isEqualTo("false");
    }

    @Test
    void withoutNoticeIsReadFromTheWaysCourtsSayIt() {
        assertThat(notice("The order was made without notice to the respondent.")).isEqualTo("true");
        assertThat(notice("This order was made ex parte.")).isEqualTo("true");
        assertThat(notice("The respondent was not given notice of the application.")).isEqualTo("true");
        assertThat(notice("Gwnaed y gorchymyn heb rybudd.")).isEqualTo("true");
        assertThat(notice("The court heard the applicant; the respondent had not been given notice.")).isEqualTo("true");
        // "without notice" said of the order, with the applicant there: an applicant attends either way
        assertThat(notice("The applicant attended. The order was made without notice.")).isEqualTo("true");
        // an earlier order made without notice, and nothing said of this hearing: that is all there is to go on
        assertThat(OrderDocumentReader.read("The order made without notice on 3 March 2026 is extended.")
                .field("withoutNotice").orElseThrow().confidence()).isEqualTo(OrderDocumentReader.INFERRED);
    }

    @Test
    void conditionsAndNegationsSayNothingOfNotice() {
        assertThat(notice("If this order was made without notice, the respondent may apply to set it aside.")).isNull();
        assertThat(notice("Where the order is made without notice the court will fix a return date.")).isNull();
        assertThat(notice("The respondent did not attend.")).isNull();
        assertThat(notice("The respondent not attending, the court heard the applicant.")).isNull();
        assertThat(notice("The applicant attended the hearing and gave evidence.")).isNull();
        assertThat(notice("Upon hearing counsel for the applicant, the respondent not attending.")).isNull();
        assertThat(notice("The court heard from the applicant's counsel, the respondent being absent.")).isNull();
    }

    private static String basis(String text) {
        return OrderDocumentReader.read(text).value("basis");
    }

    @Test
    void aRestrainingOrdersPowerIsReadFromTheSectionCited() {
        assertThat(basis("RESTRAINING ORDER ON ACQUITTAL\nSection 5A Protection from Harassment Act 1997"))
                .isEqualTo("on acquittal, Protection from Harassment Act 1997 s.5A");
        assertThat(basis("Restraining order made under s.5A of the Protection from Harassment Act 1997"))
                .isEqualTo("on acquittal, Protection from Harassment Act 1997 s.5A");
        assertThat(basis("Restraining order (PHA 1997, s 5A)")).isEqualTo("on acquittal, Protection from Harassment Act 1997 s.5A");
        assertThat(basis("Restraining order, section 5 Protection from Harassment Act 1997"))
                .isEqualTo("on conviction, Protection from Harassment Act 1997 s.5");
        assertThat(basis("RESTRAINING ORDER\nSentencing Act 2020, section 360"))
                .isEqualTo("on conviction, Sentencing Act 2020 s.360");
        assertThat(basis("Restraining order under section 360 of the Sentencing Code"))
                .isEqualTo("on conviction, Sentencing Act 2020 s.360");
        // the offence of breaching it, in the warning, is not the power it was made under
        assertThat(basis("Restraining order. The defendant was acquitted.\nBreach is an offence under section 5(5) of the "
                + "Protection from Harassment Act 1997.")).isEqualTo("on acquittal");
        assertThat(basis("Restraining order. The defendant pleaded guilty to harassment.")).isEqualTo("on conviction");
        assertThat(basis("Restraining order. The defendant's conviction was quashed on appeal.")).isEqualTo("on acquittal");
        // convicted of one charge, acquitted of another: the document does not say which, so it is not guessed
        assertThat(basis("Restraining order. The defendant was convicted of assault and was acquitted of criminal damage."))
                .isNull();
        assertThat(basis("Non-molestation order. Family Law Act 1996 section 42. The respondent was convicted in 2019."))
                .isNull();
    }

    @Test
    void anOrderNamedOnlyByTheActItIsMadeUnderIsReadAsThatOrder() {
        OrderReading reading = OrderDocumentReader.read("""
                Order under section 5A of the Protection from Harassment Act 1997
                The defendant was acquitted of harassment on 2 February 2026.
                """);
        assertThat(reading.value("orderType")).isEqualTo("RESTRAINING_ORDER");
        assertThat(reading.value("basis")).isEqualTo("on acquittal, Protection from Harassment Act 1997 s.5A");
        assertThat(OrderDocumentReader.read("Order under section 42 of the Family Law Act 1996").value("orderType"))
                .isEqualTo("NMO");
        assertThat(OrderDocumentReader.read("Order made under the Stalking Protection Act 2019").value("orderType"))
                .isEqualTo("STALKING_PROTECTION_ORDER");
    }

    @Test
    void romanNumberedTermsAreSplitWhateverTheWayTheyAreWritten() {
        String lines = """
                The defendant, MARK ANTHONY DAVIES (born 14/02/1984) of 12 Mill Lane, Bradford BD7 1AA, is
                prohibited from:
                (i) contacting Sarah Davies directly or indirectly;
                (ii) going to 3 Heron Way, Bradford BD7 2AB;
                (iii) entering Church Street, Bradford;
                (iv) posting about her on social media.
                This order lasts until 1 March 2028.
                """;
        assertThat(OrderDocumentReader.read(lines).termTexts()).containsExactly(
                "The defendant is prohibited from contacting Sarah Davies directly or indirectly",
                "The defendant is prohibited from going to 3 Heron Way, Bradford BD7 2AB",
                "The defendant is prohibited from entering Church Street, Bradford",
                "The defendant is prohibited from posting about her on social media.");
        String upper = """
                IT IS ORDERED THAT the defendant must not:
                I. contact the complainant;
                II. go to her home;
                III. go to her work.
                """;
        assertThat(OrderDocumentReader.read(upper).termTexts()).containsExactly(
                "The defendant must not contact the complainant", "The defendant must not go to her home",
                "The defendant must not go to her work.");
        String inline = """
                The court makes a restraining order prohibiting the defendant from: (i) contacting Amy Hughes by any
                means; (ii) going within 100 metres of 4 Park View, Leeds LS6 3QT; and (iii) attending her place of work.
                The order has effect until further order.
                """;
        OrderReading reading = OrderDocumentReader.read(inline);
        assertThat(reading.termTexts()).containsExactly(
                "The defendant is prohibited from contacting Amy Hughes by any means",
                "The defendant is prohibited from going within 100 metres of 4 Park View, Leeds LS6 3QT",
                "The defendant is prohibited from attending her place of work.");
        assertThat(inline.substring(reading.terms().get(1).start(), reading.terms().get(1).end())).startsWith("(ii) going");
        String twelve = new StringBuilder("The respondent must not:\n").append(java.util.stream.IntStream.rangeClosed(1, 14)
                .mapToObj(i -> "(" + roman(i) + ") go to place number " + i + ";\n").collect(java.util.stream.Collectors.joining()))
                .toString();
        assertThat(OrderDocumentReader.read(twelve).termTexts()).hasSize(14)
                .last().isEqualTo("The respondent must not go to place number 14");
    }

    @Test
    void aListWithinOneTermIsThatTermAndALetteredListUnderANumberIsSplit() {
        assertThat(OrderDocumentReader.read("""
                The respondent must not:
                1. go to (a) the applicant's home or (b) her work;
                2. contact the applicant.
                """).termTexts()).containsExactly("The respondent must not go to (a) the applicant's home or (b) her work",
                "The respondent must not contact the applicant.");
        assertThat(OrderDocumentReader.read("""
                The court orders that:
                1. The respondent must not: (a) use violence against the applicant; (b) telephone her.
                2. The respondent must leave 3 Mill Lane, Leeds by 4pm.
                """).termTexts()).containsExactly("The respondent must not use violence against the applicant",
                "The respondent must not telephone her.", "The respondent must leave 3 Mill Lane, Leeds by 4pm.");
    }

    private static String roman(int n) {
        String[] r = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv"};
        return r[n - 1];
    }

    @Test
    void aCourtHeadingInCapitalsIsReadAsTheCourtWritesItsName() {
        assertThat(OrderDocumentReader.read("PRESTON MAGISTRATES' COURT\nRESTRAINING ORDER").value("court"))
                .isEqualTo("Preston Magistrates' Court");
        assertThat(OrderDocumentReader.read("NEWCASTLE UPON TYNE COMBINED COURT\nCase No T20260001").value("court"))
                .isEqualTo("Newcastle upon Tyne Combined Court");
        assertThat(OrderDocumentReader.read("STOKE-ON-TRENT FAMILY COURT").value("court")).isEqualTo("Stoke-on-Trent Family Court");
        // words of a sentence in capitals before the court are not its place
        assertThat(OrderDocumentReader.read("ORDER MADE AT CARDIFF MAGISTRATES' COURT").value("court"))
                .isEqualTo("Cardiff Magistrates' Court");
    }

    @Test
    void aCriminalCourtsHearingDateIsTheOrdersWhenNoOrderDateIsGiven() {
        assertThat(OrderDocumentReader.read("Restraining order\nHearing date: 01/09/2026 at 09:45\nThe defendant must not:")
                .value("madeAt")).isEqualTo("2026-09-01T09:45");
        assertThat(OrderDocumentReader.read("Restraining order\nDate of conviction: 3 August 2026").value("madeAt"))
                .isEqualTo("2026-08-03");
        // made at sentence, days after the conviction: the order's own date wins
        assertThat(OrderDocumentReader.read("Date of conviction: 3 August 2026\nDate of order: 24 August 2026 at 2pm")
                .value("madeAt")).isEqualTo("2026-08-24T14:00");
        assertThat(OrderDocumentReader.read("Return hearing date: 3 August 2026").value("madeAt")).isNull();
        assertThat(OrderDocumentReader.read("Date and time of order\t24/08/2026 14:30").value("madeAt"))
                .isEqualTo("2026-08-24T14:30");
        assertThat(OrderDocumentReader.read("Date/time order made: 24 August 2026, 2.30pm").value("madeAt"))
                .isEqualTo("2026-08-24T14:30");
    }

    @Test
    void aListWithinAParagraphWrappedSoThatAMarkerStartsALineIsStillOneList() {
        OrderReading reading = OrderDocumentReader.read("""
                Upon the defendant's acquittal the court orders that the defendant is prohibited from: (a) contacting
                Priya Patel by any means; (b) entering Heron Way, Swansea; (c) going to the Co-op on Mill Lane;
                (d) loitering near her place of work; and (e) asking anyone else to do any of these things.
                This order has effect until further order.
                """);
        assertThat(reading.termTexts()).containsExactly(
                "The defendant is prohibited from contacting Priya Patel by any means",
                "The defendant is prohibited from entering Heron Way, Swansea",
                "The defendant is prohibited from going to the Co-op on Mill Lane",
                "The defendant is prohibited from loitering near her place of work",
                "The defendant is prohibited from asking anyone else to do any of these things.");
    }

    @Test
    void aNameWrittenSurnameFirstIsReadForenamesFirst() {
        assertThat(OrderDocumentReader.read("Name of defendant: HUSSAIN, Imran Ali\nDate of birth: 02/03/1979")
                .value("respondentName")).isEqualTo("Imran Ali Hussain");
        assertThat(OrderDocumentReader.read("Defendant: O'NEILL, Sean").value("respondentName")).isEqualTo("Sean O'Neill");
        // a name in capitals followed by its address is not turned round
        assertThat(OrderDocumentReader.read("Respondent: JOHN SMITH, 12 Mill Lane, Leeds LS6 3QT").value("respondentName"))
                .isEqualTo("John Smith");
        assertThat(OrderDocumentReader.read("Respondent: Mr John SMITH").value("respondentName")).isEqualTo("John Smith");
    }

    @Test
    void anAddressWrittenStraightAfterTheNameIsTheirs() {
        OrderReading reading = OrderDocumentReader.read("""
                Defendant: John SMITH, Flat 6, 22 Meadow Drive, Newcastle upon Tyne NE4 7YH (born 01/02/1980)
                Protected person: Aisha Khan, address withheld
                """);
        assertThat(reading.value("respondentName")).isEqualTo("John Smith");
        assertThat(reading.value("respondentAddress")).isEqualTo("Flat 6, 22 Meadow Drive, Newcastle upon Tyne NE4 7YH");
        assertThat(reading.value("respondentAddressConfidential")).isEqualTo("false");
        assertThat(reading.value("applicantAddress")).isNull();
        assertThat(reading.value("applicantAddressConfidential")).isEqualTo("true");
        // a place in what follows the name, with no postcode, is not taken for an address
        assertThat(OrderDocumentReader.read("Respondent: John Smith, Leeds\n").value("respondentAddress")).isNull();
    }
}
