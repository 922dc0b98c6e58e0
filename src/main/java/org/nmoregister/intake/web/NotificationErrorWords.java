package org.nmoregister.intake.web;

import java.util.Locale;
import java.util.Map;

/**
 * What a notification's problem says to the point of contact on the pages. The validator speaks to court feeds and
 * API clients, in their field names ("endsAt: is required unless untilFurtherOrder or untilNextHearing is true",
 * "orderType: is required: one of [NMO, ...]"); on a page the same problem is said in words, naming the thing as the
 * form labels it, with no field path and no code. Plain Java.
 */
public final class NotificationErrorWords {

    /** What each form field is called in a sentence. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("court", "the court"), Map.entry("caseNumber", "the case number"),
            Map.entry("orderType", "the type of order"), Map.entry("madeAt", "the date the order was made"),
            Map.entry("withoutNotice", "whether the order was made without notice"),
            Map.entry("returnHearingAt", "the return hearing"), Map.entry("returnHearingCourt", "the return hearing's court"),
            Map.entry("endsAt", "when the order ends"), Map.entry("duration", "how long the order lasts"),
            Map.entry("applicantName", "the applicant's name"), Map.entry("respondentName", "the respondent's name"),
            Map.entry("applicantDateOfBirth", "the applicant's date of birth"),
            Map.entry("respondentDateOfBirth", "the respondent's date of birth"),
            Map.entry("applicantAddressLine1", "the applicant's address"),
            Map.entry("respondentAddressLine1", "the respondent's address"),
            Map.entry("relationship", "the relationship to the applicant"), Map.entry("terms", "the terms"),
            Map.entry("servedAt", "when the respondent was served"), Map.entry("serviceMethod", "how the respondent was served"),
            Map.entry("servedBy", "who served the respondent"), Map.entry("dischargedAt", "when the order was discharged"),
            Map.entry("children", "the relevant children"), Map.entry("respondentOfficerSafetyWarnings", "the officer safety warnings"),
            Map.entry("reason", "why it is rejected"), Map.entry("duplicateOf", "the notification it repeats"),
            Map.entry("manualOrigin", "who told the force"), Map.entry("file", "the file"),
            Map.entry("changeKind", "what to record it as"));

    /** A child's row on the form: "child-0-name", "child-2-dob-day". */
    private static final java.util.regex.Pattern CHILD_FIELD =
            java.util.regex.Pattern.compile("child-(\\d+)-(name|dob)(?:-(?:day|month|year))?");

    private NotificationErrorWords() {
    }

    /**
     * The sentence for a problem with the form field {@code field} (the input's name, not the data path) whose reason
     * is {@code reason} as the validator or the register gave it.
     */
    static String say(String field, String reason) {
        String r = reason == null ? "" : reason.strip();
        String name = NAMES.getOrDefault(field, words(field));
        java.util.regex.Matcher child = CHILD_FIELD.matcher(field == null ? "" : field);
        if (child.matches()) {
            int number = Integer.parseInt(child.group(1)) + 1;
            name = child.group(2).equals("name") ? "the name of child " + number : "the date of birth of child " + number;
        }
        if (r.startsWith("is required unless untilFurtherOrder")) {
            return "Say how long the order lasts: until a date, until further order or until the next hearing";
        }
        if (r.startsWith("give only one of endsAt")) {
            return "Choose only one of: until a date, until further order, until the next hearing";
        }
        if (r.startsWith("is required: true if the order was made without notice")) {
            return "Say whether the order was made without notice to the respondent";
        }
        if (r.startsWith("is required for an order made without notice")) {
            return "Enter the return hearing: an order made without notice must say when it is";
        }
        if (r.startsWith("is required when a return hearing is given")) {
            return "Enter the court the return hearing is at";
        }
        if (r.startsWith("is required when a service method or servedBy is given")) {
            return "Enter when the respondent was served, or leave how and by whom empty";
        }
        if (r.startsWith("is required when the order was served")) {
            return "Choose how the respondent was served or made aware";
        }
        if (r.startsWith("is required to confirm service")) {
            return "Enter when the respondent was served";
        }
        if (r.startsWith("is required: when the court discharged")) {
            return "Enter when the court discharged the order";
        }
        if (r.startsWith("an address needs at least")) {
            return "Enter the first line or the postcode of " + name;
        }
        if (r.matches("(?s)'.*' is not one of .*")) {
            return "Choose " + name + " from the list";
        }
        if (r.matches("(?i)is required(:.*)?|must not be (blank|null|empty)|required|missing")) {
            return field.equals("orderType") || field.equals("relationship") || field.equals("serviceMethod")
                    ? "Choose " + name : "Enter " + name;
        }
        // A reason that is a sentence already ("Year must include 4 numbers", "Select who told the force") stands
        // alone; a fragment ("is longer than 200 characters") is said of the field. Lists of codes are dropped.
        String plain = r.replaceAll("\\s*[:(]?\\s*(must be )?one of\\s*\\[[^]]*]\\)?", "")
                .replaceAll("\\[?([A-Z][A-Z0-9_]+, )+[A-Z][A-Z0-9_]+]?", "").strip();
        if (plain.isEmpty()) {
            return "Check " + name;
        }
        if (Character.isUpperCase(plain.charAt(0))) {
            return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
        }
        if (plain.matches("(is|are|must|should|cannot|can|has|was|does|may|needs|exceeds) .*")) {
            String subject = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return subject + " " + plain;
        }
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** A data path ("respondent.name", "terms[2]") as the form names it, for a table of what differs: "Respondent's name". */
    public static String fieldName(String path) {
        String name = NAMES.getOrDefault(NotificationForm.fieldFor(path == null ? "" : path),
                words(NotificationForm.fieldFor(path == null ? "" : path)));
        String bare = name.startsWith("the ") ? name.substring(4) : name;
        return bare.isEmpty() ? "" : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    /** A field's name as words: "returnHearingCourt" is "return hearing court". */
    private static String words(String field) {
        String base = field == null ? "" : field.replaceAll("-(day|month|year|hour|minute)$", "");
        if (!base.equals(field) && NAMES.containsKey(base)) {
            return NAMES.get(base);
        }
        String spaced = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? "this" : "the " + spaced;
    }
}
