package org.nmoregister.intake.bulk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The column set of the import format (docs/import.md), and how a spreadsheet's headers are matched to it. */
public final class ImportColumns {

    /** Every known column, in the template's order, with what it holds (shown in the docs and the template). */
    public static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("court", "Court that made the order, e.g. Leeds Family Court (required)");
        ALL.put("case_number", "Court case number (required)");
        ALL.put("order_type", "NMO, DAPN, DAPO, RESTRAINING_ORDER, OCCUPATION_ORDER, STALKING_PROTECTION_ORDER or UNDERTAKING (required)");
        ALL.put("made_at", "When the order was made: 2026-11-02T10:30, 02/11/2026 10:30 or 02/11/2026 (UK time; required)");
        ALL.put("without_notice", "yes/no: made without notice to the respondent");
        ALL.put("return_hearing_at", "Return hearing date and time (required when without notice)");
        ALL.put("return_hearing_court", "Return hearing court (defaults to the court)");
        ALL.put("ends_at", "When the order ends (a date alone means the end of that day), or 'next hearing'");
        ALL.put("until_further_order", "yes/no: no fixed end date (then leave ends_at empty)");
        ALL.put("penal_notice", "yes/no: the order carries a penal notice");
        ALL.put("applicant_name", "Applicant's full name (required)");
        ALL.put("applicant_dob", "Applicant's date of birth");
        ALL.put("applicant_address_line1", "Applicant's address: first line");
        ALL.put("applicant_address_line2", "Applicant's address: second line");
        ALL.put("applicant_town", "Applicant's address: town");
        ALL.put("applicant_postcode", "Applicant's address: postcode");
        ALL.put("applicant_address_confidential", "yes/no: the address is confidential (C8)");
        ALL.put("respondent_name", "Respondent's full name (required)");
        ALL.put("respondent_dob", "Respondent's date of birth");
        ALL.put("respondent_aliases", "Other names, separated by semicolons");
        ALL.put("respondent_address_line1", "Respondent's address: first line");
        ALL.put("respondent_address_line2", "Respondent's address: second line");
        ALL.put("respondent_town", "Respondent's address: town");
        ALL.put("respondent_postcode", "Respondent's address: postcode");
        ALL.put("respondent_description", "Description (height, build, marks)");
        ALL.put("respondent_vehicles", "Vehicles, separated by semicolons");
        ALL.put("officer_safety_warnings", "Semicolon-separated: VIOLENCE, THREATS, POLICE_INVOLVEMENT, SOCIAL_SERVICES_INVOLVEMENT, DOGS, MENTAL_HEALTH, DRUGS, ALCOHOL, FIREARMS, OTHER_WEAPONS");
        ALL.put("officer_safety_notes", "Officer-safety notes (D89)");
        ALL.put("children", "Relevant children as name|date of birth, separated by semicolons");
        ALL.put("relationship", "s.62 relationship, e.g. FORMER_SPOUSE, COHABITANT, RELATIVE (blank: NOT_KNOWN)");
        ALL.put("terms", "The terms verbatim: paragraphs separated by a blank line or ' | ', or numbered 1. 2. ... (required)");
        ALL.put("served_at", "When the respondent was served or made aware (blank: not yet served)");
        ALL.put("service_method", "PERSONAL, BAILIFF, PROCESS_SERVER, SOLICITOR, SUBSTITUTED, MADE_AWARE_OTHER_MEANS or "
                + "NOT_STATED_BY_COURT (the court said it was served but not how)");
        ALL.put("served_by", "Who served it");
        ALL.put("discharged_at", "When the court discharged the order, if it has");
        ALL.put("notes", "Anything else the force recorded");
    }

    public static final List<String> REQUIRED = List.of("court", "case_number", "order_type", "made_at",
            "applicant_name", "respondent_name", "terms");

    private ImportColumns() {
    }

    /**
     * A spreadsheet header as a column name: case, spacing, hyphens and a stray byte-order mark do not matter
     * ("Case Number", "case-number " and "CASE_NUMBER" are all case_number).
     */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String name = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        name = name.replaceAll("[^a-z0-9]+", "_");
        return name.replaceAll("^_+|_+$", "");
    }
}
