package org.nmoregister.intake.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Order documents of our own, in the layouts courts use, each with the fields a reader should find in it. Every
 * document is made from a seeded random order (names, courts, dates, terms) so the corpus is the same on every run
 * and no two documents share their details. Layouts marked held-out are never used to tune the reader.
 */
public final class OrderCorpus {

    enum Layout {
        FL404A_PROSE(false), FL404A_TABLE(false), CROWN_RESTRAINING_CONVICTION(false), DAPO_MAGISTRATES(false),
        FAMILY_VARIATION(false), UNDERTAKING(false),
        SPO_MAGISTRATES(true), MAGISTRATES_RESTRAINING_ACQUITTAL(true), WELSH_EXTENSION(true),
        OCCUPATION_C8(true), DISCHARGE(true), DAPO_VARIATION_TABLE(true), MAGISTRATES_RESTRAINING_ROMAN(true),
        CROWN_ACQUITTAL_INLINE(true);

        final boolean heldOut;

        Layout(boolean heldOut) {
            this.heldOut = heldOut;
        }
    }

    /** One document: its layout, its lines as printed, and what should be read from it. */
    record Doc(Layout layout, int seed, List<String> lines, Map<String, String> expected, List<String> terms) {
        byte[] pdf() {
            return OrderCorpus.pdf(lines);
        }
    }

    private static final String[] FIRST = {"Jane", "Aisha", "Chloe", "Olivia", "Megan", "Priya", "Sian", "Gemma",
            "Zofia", "Bethan", "Ruth", "Nkechi", "Hannah", "Leanne"};
    private static final String[] MALE = {"John", "Darren", "Mohammed", "Lewis", "Craig", "Tomasz", "Gareth", "Wayne",
            "Kieran", "Dylan", "Marcus", "Connor", "Adebayo", "Stuart"};
    private static final String[] SURNAME = {"Smith", "Hughes", "O'Brien", "Kowalski", "Patel", "Okafor", "Williams",
            "Davies", "Fletcher", "Ahmed", "Thornton", "MacLeod", "Brown-Reid", "Evans", "Nowak", "Hussain"};
    private static final String[] TOWN = {"Leeds", "Bradford", "Cardiff", "Swansea", "Manchester", "Sheffield",
            "Newcastle upon Tyne", "Stoke-on-Trent", "Wrexham", "Bristol", "Nottingham", "Preston"};
    private static final String[] STREET = {"Heron Way", "Acacia Avenue", "Mill Lane", "Station Road", "Church Street",
            "Oakfield Close", "Victoria Terrace", "Park View", "Bryn Celyn Road", "Meadow Drive"};
    private static final String[] POSTCODE = {"LS6 3QT", "BD7 1AA", "CF10 4PB", "SA1 5HE", "M14 6LT", "S10 2TN",
            "NE4 7YH", "ST4 2QD", "LL11 1AY", "BS3 4RF", "NG7 1BX", "PR1 8UY"};
    private static final String[] FAMILY_PREFIX = {"LS", "BD", "CF", "SA", "MA", "SH", "NE", "ST", "WR", "BS", "NG", "PR"};
    private static final String[] ACTS = {
            "use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so",
            "intimidate, harass or pester the applicant",
            "telephone, text, email or otherwise contact or attempt to contact the applicant, except through solicitors",
            "go to, enter or attempt to enter the applicant's home",
            "go within 100 metres of the applicant's place of work",
            "post or publish any photograph or information about the applicant on any social media",
            "damage, attempt to damage or threaten to damage any property owned by or in the possession of the applicant",
            "go within 200 metres of the school attended by the relevant children",
            "communicate with the applicant by any means, whether directly or indirectly, including through third parties",
            "follow the applicant or loiter near her home"};

    private OrderCorpus() {
    }

    static List<Doc> all(int perLayout) {
        List<Doc> docs = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (int i = 0; i < perLayout; i++) {
                docs.add(make(layout, layout.ordinal() * 1000 + i));
            }
        }
        return docs;
    }

    /** The order's details, chosen at random, and the helpers each layout writes them with. */
    private static final class Order {
        final Random r;
        final String applicantFirst;
        final String applicantSurname;
        final String respondentFirst;
        final String respondentSurname;
        final LocalDate applicantDob;
        final LocalDate respondentDob;
        final String town;
        final int townIndex;
        final LocalDateTime made;
        final LocalDate ends;
        final LocalDateTime returnHearing;
        final String applicantAddress;
        final String respondentAddress;
        final String caseNumber;
        final List<String> acts;
        final boolean capitals;
        final boolean titles;
        final boolean numericDates;
        final boolean twelveHour;

        Order(int seed) {
            r = new Random(seed);
            applicantFirst = pick(FIRST);
            applicantSurname = pick(SURNAME);
            respondentFirst = pick(MALE);
            String s = pick(SURNAME);
            respondentSurname = r.nextBoolean() ? applicantSurname : s;
            applicantDob = LocalDate.of(1965 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
            respondentDob = LocalDate.of(1960 + r.nextInt(42), 1 + r.nextInt(12), 1 + r.nextInt(28));
            townIndex = r.nextInt(TOWN.length);
            town = TOWN[townIndex];
            made = LocalDateTime.of(LocalDate.of(2026, 1 + r.nextInt(11), 1 + r.nextInt(28)),
                    LocalTime.of(9 + r.nextInt(8), r.nextInt(4) * 15));
            ends = made.toLocalDate().plusMonths(6 + r.nextInt(19));
            returnHearing = LocalDateTime.of(made.toLocalDate().plusDays(7 + r.nextInt(14)),
                    LocalTime.of(10 + r.nextInt(5), r.nextBoolean() ? 0 : 30));
            applicantAddress = (1 + r.nextInt(180)) + " " + pick(STREET) + ", " + town + " " + POSTCODE[townIndex];
            respondentAddress = "Flat " + (1 + r.nextInt(9)) + ", " + (1 + r.nextInt(90)) + " " + pick(STREET) + ", "
                    + town + " " + POSTCODE[(townIndex + 1) % POSTCODE.length].substring(0, 0) + POSTCODE[townIndex];
            caseNumber = FAMILY_PREFIX[townIndex] + "26" + (r.nextBoolean() ? "F" : "P") + String.format("%05d", r.nextInt(99999));
            List<String> shuffled = new ArrayList<>(List.of(ACTS));
            java.util.Collections.shuffle(shuffled, r);
            acts = shuffled.subList(0, 2 + r.nextInt(4));
            capitals = r.nextBoolean();
            titles = r.nextBoolean();
            numericDates = r.nextBoolean();
            twelveHour = r.nextBoolean();
        }

        String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        String applicant() {
            return name(applicantFirst, applicantSurname, "Ms");
        }

        String respondent() {
            return name(respondentFirst, respondentSurname, "Mr");
        }

        String name(String first, String surname, String title) {
            String sur = capitals ? surname.toUpperCase(Locale.ROOT) : surname;
            return (titles ? title + " " : "") + first + " " + sur;
        }

        String date(LocalDate d) {
            return numericDates ? d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        }

        String longDate(LocalDate d) {
            return d.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
        }

        String time(LocalTime t) {
            return twelveHour ? t.format(DateTimeFormatter.ofPattern("h.mm", Locale.UK))
                    + (t.getHour() < 12 ? "am" : "pm") : t.format(DateTimeFormatter.ofPattern("HH:mm"));
        }

        Map<String, String> expected() {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("caseNumber", caseNumber);
            e.put("madeAt", made.toString());
            e.put("applicantName", applicantFirst + " " + applicantSurname);
            e.put("respondentName", respondentFirst + " " + respondentSurname);
            e.put("change", "NEW_ORDER");
            return e;
        }
    }

    static Doc make(Layout layout, int seed) {
        Order o = new Order(seed);
        List<String> l = new ArrayList<>();
        Map<String, String> e = o.expected();
        List<String> terms = new ArrayList<>();
        switch (layout) {
            case FL404A_PROSE -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "NMO");
                l.add("In the Family Court sitting at " + o.town);
                l.add("Case No. " + o.caseNumber);
                l.add("");
                l.add("Family Law Act 1996 (Part IV)");
                l.add("NON-MOLESTATION ORDER");
                l.add("");
                l.add("Between");
                l.add(o.applicant().toUpperCase(Locale.ROOT) + "\tApplicant");
                l.add("and");
                l.add(o.respondent().toUpperCase(Locale.ROOT) + "\tRespondent");
                l.add("");
                l.add("The Applicant's date of birth: " + o.date(o.applicantDob));
                l.add("The Respondent's date of birth: " + o.date(o.respondentDob));
                births(e, o);
                l.add("");
                boolean withoutNotice = o.r.nextBoolean();
                l.add("On " + o.longDate(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime())
                        + " District Judge Harper considered an application for a non-molestation order.");
                l.add(withoutNotice ? "The order was made without notice to the respondent."
                        : "The respondent attended the hearing and was represented.");
                e.put("withoutNotice", Boolean.toString(withoutNotice));
                l.add("");
                l.add("The court orders that the Respondent " + o.respondent() + " must not:");
                int n = 1;
                for (String act : o.acts) {
                    l.add(n++ + ". " + act + ".");
                    terms.add("The respondent must not " + act + ".");
                }
                l.add("");
                if (withoutNotice) {
                    l.add("Return hearing");
                    l.add("The court will reconsider the application and whether the order should continue at a further");
                    l.add("hearing at " + o.town + " Family Court on " + o.date(o.returnHearing.toLocalDate()) + " at "
                            + o.time(o.returnHearing.toLocalTime()) + ".");
                    e.put("returnHearingAt", o.returnHearing.toString());
                    l.add("");
                }
                l.add("This order shall last until " + o.date(o.ends) + " at 4pm unless varied or discharged.");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", LocalDateTime.of(o.ends, LocalTime.of(16, 0)).toString());
                penal(l, e);
            }
            case FL404A_TABLE -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "NMO");
                l.add("Non-molestation Order\tSection 42 Family Law Act 1996");
                l.add("");
                l.add("Name of court\tThe Family Court at " + o.town);
                l.add("Case number\t" + o.caseNumber);
                l.add("Applicant's name\t" + o.applicant());
                l.add("Applicant's date of birth\t" + o.date(o.applicantDob));
                boolean c8 = o.r.nextBoolean();
                l.add("Applicant's address\t" + (c8 ? "Confidential (form C8)" : o.applicantAddress));
                if (c8) {
                    e.put("applicantAddressConfidential", "true");
                } else {
                    e.put("applicantAddress", o.applicantAddress);
                    e.put("applicantAddressConfidential", "false");
                }
                l.add("Respondent's name\t" + o.respondent());
                l.add("Respondent's date of birth\t" + o.date(o.respondentDob));
                births(e, o);
                l.add("Respondent's address\t" + o.respondentAddress);
                e.put("respondentAddress", o.respondentAddress);
                e.put("respondentAddressConfidential", "false");
                l.add("Date of order\t" + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime()));
                l.add("Made on notice\tYes - the respondent was present");
                e.put("withoutNotice", "false");
                l.add("");
                l.add("The court orders that:");
                char letter = 'a';
                for (String act : o.acts) {
                    l.add("(" + letter++ + ") The respondent must not " + act + ";");
                    terms.add("The respondent must not " + act);
                }
                l.add("");
                l.add("Duration: this order is effective until further order of the court.");
                e.put("duration", "UNTIL_FURTHER_ORDER");
                penal(l, e);
            }
            case CROWN_RESTRAINING_CONVICTION -> {
                String t = o.numericDates ? "T2026" + String.format("%04d", o.r.nextInt(9999)) : null;
                String caseNo = t == null ? "T2026" + String.format("%04d", o.r.nextInt(9999)) : t;
                e.put("caseNumber", caseNo);
                e.put("court", "The Crown Court at " + o.town);
                e.put("orderType", "RESTRAINING_ORDER");
                e.put("basis", "on conviction, Sentencing Act 2020 s.360");
                l.add("IN THE CROWN COURT AT " + o.town.toUpperCase(Locale.ROOT));
                l.add("Indictment No: " + caseNo);
                l.add("");
                l.add("R v " + o.respondent().toUpperCase(Locale.ROOT));
                l.add("Date of birth: " + o.date(o.respondentDob));
                l.add("");
                l.add("RESTRAINING ORDER ON CONVICTION");
                l.add("Section 360 Sentencing Act 2020");
                l.add("");
                l.add("The defendant was convicted and was present in court. On " + o.date(o.made.toLocalDate())
                        + " at " + o.time(o.made.toLocalTime()) + " the court made this restraining order.");
                e.put("withoutNotice", "false");
                l.add("Person protected by this order: " + o.applicant() + " (born " + o.date(o.applicantDob) + ")");
                l.add("");
                l.add("The defendant is prohibited from:");
                int n = 1;
                for (String act : o.acts) {
                    String a = act.replace("the applicant", "the protected person").replace("relevant children", "protected person's children");
                    l.add(n++ + ") " + a + ";");
                    terms.add("The defendant is prohibited from " + a);
                }
                l.add("");
                boolean furtherOrder = o.r.nextBoolean();
                if (furtherOrder) {
                    l.add("This order has effect until further order.");
                    e.put("duration", "UNTIL_FURTHER_ORDER");
                } else {
                    l.add("This order has effect until and including " + o.date(o.ends) + ".");
                    e.put("duration", "UNTIL_DATE");
                    e.put("endsAt", o.ends.toString());
                }
                l.add("");
                l.add("WARNING: A defendant who without reasonable excuse does anything prohibited by this order is guilty");
                l.add("of an offence and liable to imprisonment for up to five years.");
                e.put("penalNotice", "true");
                e.put("applicantDateOfBirth", o.applicantDob.toString());
                e.put("respondentDateOfBirth", o.respondentDob.toString());
            }
            case DAPO_MAGISTRATES -> {
                e.put("court", o.town + " Magistrates' Court");
                e.put("orderType", "DAPO");
                l.add(o.town + " Magistrates' Court");
                l.add("Domestic Abuse Protection Order");
                l.add("Domestic Abuse Act 2021, section 32");
                l.add("Case number: " + o.caseNumber);
                l.add("");
                l.add("Person protected: " + o.applicant() + ", date of birth " + o.date(o.applicantDob));
                l.add("Address: confidential");
                e.put("applicantAddressConfidential", "true");
                l.add("");
                l.add("Subject of the order: " + o.respondent() + ", DOB " + o.date(o.respondentDob));
                births(e, o);
                l.add("Address: " + o.respondentAddress);
                e.put("respondentAddress", o.respondentAddress);
                e.put("respondentAddressConfidential", "false");
                l.add("");
                boolean without = o.r.nextBoolean();
                l.add("The court heard the application on " + o.date(o.made.toLocalDate()) + " at "
                        + o.time(o.made.toLocalTime()) + (without ? " without notice to the subject." : " on notice; the subject attended."));
                e.put("withoutNotice", Boolean.toString(without));
                l.add("");
                l.add("Requirements:");
                int n = 1;
                for (String act : o.acts) {
                    l.add(n++ + ". The subject must not " + act + ".");
                    terms.add("The subject must not " + act + ".");
                }
                l.add("");
                l.add("This order is in force until " + o.date(o.ends) + ".");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                l.add("Breach of this order without reasonable excuse is an offence punishable by imprisonment.");
                e.put("penalNotice", "true");
            }
            case FAMILY_VARIATION -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "NMO");
                e.put("change", "VARIATION");
                l.add("THE FAMILY COURT AT " + o.town.toUpperCase(Locale.ROOT));
                l.add("Case number: " + o.caseNumber);
                l.add("ORDER ON APPLICATION TO VARY (FL403)");
                l.add("");
                l.add("Applicant: " + o.applicant());
                l.add("Respondent: " + o.respondent());
                l.add("");
                l.add("Date of order: " + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime()));
                l.add("Both parties attended.");
                e.put("withoutNotice", "false");
                l.add("");
                l.add("The non-molestation order made on " + o.date(o.made.toLocalDate().minusMonths(2))
                        + " is varied as follows:");
                l.add("The Respondent must not:");
                int n = 1;
                for (String act : o.acts) {
                    l.add("(" + n++ + ") " + act + ".");
                    terms.add("The respondent must not " + act + ".");
                }
                l.add("");
                l.add("The order as varied lasts until " + o.date(o.ends) + ".");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                penal(l, e);
            }
            case UNDERTAKING -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "UNDERTAKING");
                l.add("General Form of Undertaking");
                l.add("In the Family Court at " + o.town + "\tCase No " + o.caseNumber);
                l.add("");
                l.add("Applicant\t" + o.applicant());
                l.add("Respondent\t" + o.respondent());
                l.add("");
                l.add("On " + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime())
                        + " the Respondent attended before District Judge Rowe and gave an undertaking to the court promising:");
                e.put("withoutNotice", "false");
                int n = 1;
                for (String act : o.acts) {
                    l.add(n++ + ". not to " + act + ";");
                    terms.add("not to " + act);
                }
                l.add("");
                l.add("The undertaking is to remain in force until " + o.date(o.ends) + ".");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                l.add("Important notice: If you break any promise you have given to the court you may be sent to prison");
                l.add("for contempt of court.");
                e.put("penalNotice", "true");
            }
            case SPO_MAGISTRATES -> {
                String urn = String.format("%02d", 10 + o.r.nextInt(80)) + "YH" + String.format("%07d", o.r.nextInt(9999999));
                e.put("caseNumber", urn);
                e.put("court", o.town + " Magistrates' Court");
                e.put("orderType", "STALKING_PROTECTION_ORDER");
                l.add("STALKING PROTECTION ORDER");
                l.add("Stalking Protection Act 2019, section 2");
                l.add("");
                l.add("Court: " + o.town + " Magistrates' Court");
                l.add("URN: " + urn);
                l.add("Date: " + o.date(o.made.toLocalDate()));
                l.add("Time: " + o.time(o.made.toLocalTime()));
                l.add("");
                l.add("Defendant: " + o.respondent().toUpperCase(Locale.ROOT));
                l.add("Date of birth: " + o.date(o.respondentDob));
                e.put("respondentDateOfBirth", o.respondentDob.toString());
                l.add("");
                l.add("Upon hearing the application of the Chief Constable and the defendant in person,");
                e.put("withoutNotice", "false");
                l.add("the court orders that the defendant must not:");
                char letter = 'a';
                for (String act : o.acts) {
                    String a = act.replace("the applicant", "the victim").replace("relevant children", "victim's children");
                    l.add(letter++ + ") " + a + ";");
                    terms.add("The defendant must not " + a);
                }
                l.add("");
                l.add("Victim: " + o.applicant() + ", date of birth " + o.date(o.applicantDob));
                e.put("applicantDateOfBirth", o.applicantDob.toString());
                l.add("");
                l.add("This order lasts until " + o.date(o.ends) + ". Failure to comply without reasonable excuse is a criminal");
                l.add("offence: imprisonment for up to five years.");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                e.put("penalNotice", "true");
            }
            case MAGISTRATES_RESTRAINING_ACQUITTAL -> {
                String urn = String.format("%02d", 10 + o.r.nextInt(80)) + "CF" + String.format("%07d", o.r.nextInt(9999999));
                e.put("caseNumber", urn);
                e.put("court", o.town + " Magistrates' Court");
                e.put("orderType", "RESTRAINING_ORDER");
                l.add("In the " + o.town + " Magistrates' Court");
                l.add("RESTRAINING ORDER ON ACQUITTAL (Protection from Harassment Act 1997, s.5A)");
                e.put("basis", "on acquittal, Protection from Harassment Act 1997 s.5A");
                l.add("URN " + urn);
                l.add("");
                l.add("Defendant\t" + o.respondent() + "\tDOB " + o.date(o.respondentDob));
                l.add("Protected person\t" + o.applicant() + "\tDOB " + o.date(o.applicantDob));
                e.put("respondentDateOfBirth", o.respondentDob.toString());
                e.put("applicantDateOfBirth", o.applicantDob.toString());
                l.add("");
                l.add("The defendant having been acquitted on " + o.date(o.made.toLocalDate())
                        + ", and the court having heard the defendant, the court made this order at " + o.time(o.made.toLocalTime()) + ".");
                e.put("madeAt", o.made.toLocalDate().toString());
                e.put("withoutNotice", "false");
                l.add("");
                l.add("It is ordered that the defendant shall not:");
                int n = 1;
                for (String act : o.acts) {
                    String a = act.replace("the applicant", "the protected person").replace("relevant children", "protected person's children");
                    l.add(n++ + ". " + a + ";");
                    terms.add("The defendant shall not " + a);
                }
                l.add("");
                l.add("Duration: until further order.");
                e.put("duration", "UNTIL_FURTHER_ORDER");
                e.put("penalNotice", "false");
            }
            case WELSH_EXTENSION -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "NMO");
                e.put("change", "EXTENSION");
                l.add("Y Llys Teulu yn eistedd yn " + o.town + " / The Family Court sitting at " + o.town);
                l.add("Rhif yr achos / Case number: " + o.caseNumber);
                l.add("Gorchymyn rhag molestu / Non-molestation order - extension");
                l.add("");
                l.add("Ceisydd / Applicant: " + o.applicant());
                l.add("Atebydd / Respondent: " + o.respondent());
                l.add("");
                l.add("Dyddiad / Dated: " + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime()));
                l.add("Upon hearing counsel for the applicant and the respondent in person,");
                e.put("withoutNotice", "false");
                l.add("IT IS ORDERED THAT the non-molestation order made on " + o.date(o.made.toLocalDate().minusMonths(5))
                        + " is extended until " + o.date(o.ends) + ", and the Respondent must not:");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                int n = 1;
                for (String act : o.acts) {
                    l.add(n++ + ". " + act + ".");
                    terms.add("The respondent must not " + act + ".");
                }
                l.add("");
                l.add("Hysbysiad cosb / Penal notice: if you disobey this order you may be sent to prison.");
                e.put("penalNotice", "true");
            }
            case OCCUPATION_C8 -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "OCCUPATION_ORDER");
                l.add("FL404");
                l.add("Occupation Order - Section 33 Family Law Act 1996");
                l.add("The Family Court sitting at " + o.town);
                l.add("Case No: " + o.caseNumber);
                l.add("");
                l.add("The Applicant: " + o.applicant() + " (date of birth " + o.date(o.applicantDob) + ")");
                l.add("of an address which is confidential and has been given to the court on form C8");
                e.put("applicantAddressConfidential", "true");
                e.put("applicantDateOfBirth", o.applicantDob.toString());
                l.add("The Respondent: " + o.respondent() + " (date of birth " + o.date(o.respondentDob) + ")");
                e.put("respondentDateOfBirth", o.respondentDob.toString());
                l.add("");
                String c1 = o.pick(FIRST) + " " + o.respondentSurname;
                LocalDate d1 = LocalDate.of(2014 + o.r.nextInt(10), 1 + o.r.nextInt(12), 1 + o.r.nextInt(28));
                l.add("Relevant child: " + c1 + " (born " + o.date(d1) + ")");
                e.put("children", c1 + " (" + d1 + ")");
                l.add("");
                l.add("Made on " + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime())
                        + ". This order was made without notice to the respondent.");
                e.put("withoutNotice", "true");
                l.add("");
                l.add("The court orders that the Respondent must not:");
                int n = 1;
                for (String act : List.of("occupy the dwelling house at " + o.applicantAddress.replaceAll(", .*", "")
                        + " or any part of it", "return to, enter or attempt to enter the dwelling house")) {
                    l.add(n++ + ". " + act + ".");
                    terms.add("The respondent must not " + act + ".");
                }
                l.add("");
                l.add("A further hearing will take place on " + o.date(o.returnHearing.toLocalDate()) + " at "
                        + o.time(o.returnHearing.toLocalTime()) + ".");
                e.put("returnHearingAt", o.returnHearing.toString());
                l.add("This order will last until the return hearing.");
                e.put("duration", "UNTIL_NEXT_HEARING");
                penal(l, e);
            }
            case DISCHARGE -> {
                e.put("court", o.town + " Family Court");
                e.put("orderType", "NMO");
                e.put("change", "DISCHARGE");
                l.add(o.town + " Family Court");
                l.add("Claim No. " + o.caseNumber);
                l.add("");
                l.add("Order discharging a non-molestation order");
                l.add("");
                l.add("Applicant: " + o.applicant());
                l.add("Respondent: " + o.respondent());
                l.add("");
                l.add("Before District Judge Iqbal sitting at " + o.town + " on " + o.date(o.made.toLocalDate())
                        + " at " + o.time(o.made.toLocalTime()) + ".");
                l.add("Upon the application of the applicant, and the respondent attending,");
                e.put("withoutNotice", "false");
                l.add("The non-molestation order made on " + o.date(o.made.toLocalDate().minusMonths(3))
                        + " is discharged with immediate effect.");
                e.put("penalNotice", "false");
            }
            case DAPO_VARIATION_TABLE -> {
                e.put("court", "The Family Court at " + o.town);
                e.put("orderType", "DAPO");
                e.put("change", "VARIATION");
                l.add("DOMESTIC ABUSE PROTECTION ORDER - VARIATION");
                l.add("Court\tThe Family Court at " + o.town);
                l.add("Case No.\t" + o.caseNumber);
                l.add("Order date\t" + o.made.toLocalDate().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)));
                e.put("madeAt", o.made.toLocalDate().toString());
                l.add("Person protected\t" + o.applicant().toUpperCase(Locale.ROOT));
                l.add("Person subject to the order\t" + o.respondent().toUpperCase(Locale.ROOT));
                l.add("Hearing\tOn notice, both parties present");
                e.put("withoutNotice", "false");
                l.add("The DAPO made on " + o.date(o.made.toLocalDate().minusMonths(4)) + " is varied so that its requirements are:");
                int n = 1;
                for (String act : o.acts) {
                    l.add(n++ + ". The person subject to the order must not " + act + ".");
                    terms.add("The person subject to the order must not " + act + ".");
                }
                l.add("The order remains in force until " + o.date(o.ends) + ".");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                l.add("Failure to comply with this order without reasonable excuse is a criminal offence punishable by imprisonment.");
                e.put("penalNotice", "true");
            }
            case MAGISTRATES_RESTRAINING_ROMAN -> {
                String urn = String.format("%02d", 10 + o.r.nextInt(80)) + "NT" + String.format("%07d", o.r.nextInt(9999999));
                e.put("caseNumber", urn);
                e.put("court", o.town + " Magistrates' Court");
                e.put("orderType", "RESTRAINING_ORDER");
                l.add(o.town.toUpperCase(Locale.ROOT) + " MAGISTRATES' COURT");
                l.add("Restraining order (s.360 Sentencing Act 2020) made on conviction");
                e.put("basis", "on conviction, Sentencing Act 2020 s.360");
                l.add("Case URN: " + urn);
                l.add("Defendant: " + o.respondent() + " (DOB " + o.date(o.respondentDob) + "), of " + o.respondentAddress);
                e.put("respondentDateOfBirth", o.respondentDob.toString());
                e.put("respondentAddress", o.respondentAddress);
                e.put("respondentAddressConfidential", "false");
                l.add("Complainant: " + o.applicant());
                l.add("Sentenced in the presence of the defendant on " + o.date(o.made.toLocalDate()) + " at "
                        + o.time(o.made.toLocalTime()) + ".");
                e.put("withoutNotice", "false");
                l.add("The defendant must not:");
                String[] roman = {"i", "ii", "iii", "iv", "v", "vi"};
                int n = 0;
                for (String act : o.acts) {
                    String a = act.replace("the applicant", "the complainant").replace("relevant children", "complainant's children");
                    l.add("(" + roman[n++] + ") " + a + ";");
                    terms.add("The defendant must not " + a);
                }
                l.add("This order lasts until " + o.date(o.ends) + ".");
                e.put("duration", "UNTIL_DATE");
                e.put("endsAt", o.ends.toString());
                e.put("penalNotice", "false");
            }
            case CROWN_ACQUITTAL_INLINE -> {
                // written after the reader's fourth session, before the reader was run on it
                String caseNo = "T2026" + String.format("%04d", o.r.nextInt(9999));
                e.put("caseNumber", caseNo);
                boolean named = o.r.nextBoolean();
                e.put("court", named ? o.town + " Crown Court" : "The Crown Court at " + o.town);
                e.put("orderType", "RESTRAINING_ORDER");
                e.put("basis", "on acquittal, Protection from Harassment Act 1997 s.5A");
                l.add(named ? o.town + " Crown Court" : "In the Crown Court at " + o.town);
                l.add("Case number\t" + caseNo);
                l.add("");
                l.add("RESTRAINING ORDER ON ACQUITTAL");
                l.add("Protection from Harassment Act 1997, section 5A");
                l.add("");
                boolean surnameFirst = o.r.nextInt(3) == 0;
                l.add("Defendant\t" + (surnameFirst ? o.respondentSurname.toUpperCase(Locale.ROOT) + ", " + o.respondentFirst
                        : o.respondent()));
                l.add("Date of birth\t" + o.date(o.respondentDob));
                e.put("respondentDateOfBirth", o.respondentDob.toString());
                l.add("Address\t" + o.respondentAddress);
                e.put("respondentAddress", o.respondentAddress);
                e.put("respondentAddressConfidential", "false");
                l.add("Person to be protected\t" + o.applicant());
                l.add("");
                LocalDate acquitted = o.made.toLocalDate().minusDays(o.r.nextInt(3));
                l.add("On " + o.date(acquitted) + " the defendant was acquitted of harassment contrary to section 2 of the");
                l.add("Protection from Harassment Act 1997. The court considers it necessary to make this order to protect");
                l.add("the person named from harassment by the defendant.");
                boolean present = o.r.nextBoolean();
                l.add(present ? "The defendant attended and was represented."
                        : "The defendant did not attend, having been given notice of the hearing.");
                e.put("withoutNotice", "false");
                l.add("");
                boolean inline = o.r.nextBoolean();
                List<String> acts = new ArrayList<>();
                for (String act : o.acts) {
                    acts.add(act.replace("the applicant", "the protected person").replace("relevant children", "protected person's children"));
                }
                if (inline) {
                    StringBuilder para = new StringBuilder("IT IS ORDERED THAT the defendant must not:");
                    for (int i = 0; i < acts.size(); i++) {
                        boolean last = i == acts.size() - 1;
                        para.append(' ').append(last && i > 0 ? "and " : "").append('(').append(ROMAN_MARKS[i]).append(") ")
                                .append(acts.get(i)).append(last ? "." : ";");
                        terms.add("The defendant must not " + acts.get(i) + (last ? "." : ""));
                    }
                    l.add(para.toString());
                } else {
                    l.add("IT IS ORDERED THAT the defendant must not:");
                    for (int i = 0; i < acts.size(); i++) {
                        boolean last = i == acts.size() - 1;
                        l.add("(" + ROMAN_MARKS[i] + ") " + acts.get(i) + (last ? "." : ";"));
                        terms.add("The defendant must not " + acts.get(i) + (last ? "." : ""));
                    }
                }
                l.add("");
                boolean furtherOrder = o.r.nextBoolean();
                if (furtherOrder) {
                    l.add("This order has effect until further order.");
                    e.put("duration", "UNTIL_FURTHER_ORDER");
                } else {
                    l.add("This order has effect until " + o.date(o.ends) + ".");
                    e.put("duration", "UNTIL_DATE");
                    e.put("endsAt", o.ends.toString());
                }
                l.add("");
                l.add("Date of order\t" + o.date(o.made.toLocalDate()) + " at " + o.time(o.made.toLocalTime()));
                l.add("HHJ Okonjo");
                l.add("");
                l.add("WARNING: It is a criminal offence, punishable by imprisonment, to do anything this order prohibits");
                l.add("without reasonable excuse.");
                e.put("penalNotice", "true");
            }
            default -> throw new IllegalStateException();
        }
        e.putIfAbsent("penalNotice", "false");
        return new Doc(layout, seed, l, e, terms);
    }

    private static final String[] ROMAN_MARKS = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"};

    private static void births(Map<String, String> e, Order o) {
        e.put("applicantDateOfBirth", o.applicantDob.toString());
        e.put("respondentDateOfBirth", o.respondentDob.toString());
    }

    private static void penal(List<String> l, Map<String, String> e) {
        l.add("");
        l.add("PENAL NOTICE");
        l.add("If without reasonable excuse you do anything which you are forbidden from doing by this order, you");
        l.add("will be committing a criminal offence and liable on conviction to imprisonment, or you may be found");
        l.add("guilty of contempt of court and sent to prison.");
        e.put("penalNotice", "true");
    }

    /** The lines printed on A4 pages, a tab moving to a second column as a form's table does. */
    public static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : wrapped(lines)) {
                if (page == null || y < 60) {
                    if (cs != null) {
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = 790;
                }
                String[] cols = line.split("\t");
                float x = 50;
                for (int i = 0; i < cols.length; i++) {
                    if (!cols[i].isEmpty()) {
                        cs.beginText();
                        boolean heading = cols[i].equals(cols[i].toUpperCase(Locale.ROOT)) && cols[i].length() < 60;
                        cs.setFont(heading ? bold : font, 10);
                        cs.newLineAtOffset(x, y);
                        cs.showText(cols[i].replace('’', '\''));
                        cs.endText();
                    }
                    x = i == 0 ? 260 : x + 150;
                }
                y -= 14;
            }
            if (cs != null) {
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> wrapped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\t") || line.length() <= 100) {
                out.add(line);
                continue;
            }
            String indent = line.matches("^(\\(?\\w{1,3}[.)]) .*") ? "    " : "";
            String rest = line;
            boolean first = true;
            while (rest.length() > 100) {
                int cut = rest.lastIndexOf(' ', 100);
                out.add((first ? "" : indent) + rest.substring(0, cut));
                rest = rest.substring(cut + 1);
                first = false;
            }
            out.add((first ? "" : indent) + rest);
        }
        return out;
    }
}
