package org.nmoregister.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nmoregister.platform.ReasonRequiredException;

/**
 * The rule for the reason a user gives for consulting a record they do not own, or for a control-room lookup: it
 * must be something a supervisor can audit afterwards, as control rooms work. Either
 * <ul>
 *   <li>a reference: an incident, log, crime or case reference of a short prefix of letters and a number, with or
 *   without a separator ({@code INC-20261122-0107}, {@code LOG 1234}, {@code CAD1234}, {@code CRN/44/2026}),
 *   optionally followed by words; or</li>
 *   <li>one of the {@link Purpose purposes}, a colon, and a few words on why ({@code Safeguarding: welfare visit to
 *   the applicant this afternoon}).</li>
 * </ul>
 * "x", "checking" or "work" are refused: a supervisor reading the access log could not tell what they were for. The
 * text is also kept short and free of control characters (a NUL byte cannot be stored by PostgreSQL).
 * The API and the pages apply this one rule and show {@link #RULE} when it is not met.
 */
public final class AccessReason {

    public static final int MAX_LENGTH = 200;
    static final int MIN_PURPOSE_TEXT = 10;

    /** Why a record may be consulted without an incident or log reference. */
    public enum Purpose {
        SAFEGUARDING("Safeguarding"),
        INVESTIGATION("Investigation"),
        SERVICE("Service"),
        COURT("Court"),
        MARAC("MARAC"),
        RISK_MEETING("Risk meeting"),
        WELFARE_CHECK("Welfare check"),
        QUALITY_ASSURANCE("Quality assurance"),
        SUPERVISION("Supervision");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The rule in plain English, as the pages and the API's error say it. */
    public static final String RULE = "Give an incident, log or case reference (letters then a number, for example "
            + "INC-20261122-0107 or LOG 1234), or a purpose and why: one of "
            + Arrays.stream(Purpose.values()).map(Purpose::label).collect(Collectors.joining(", "))
            + ", then a colon and at least " + MIN_PURPOSE_TEXT + " characters, for example \"Safeguarding: welfare "
            + "visit to the applicant\". At most " + MAX_LENGTH + " characters.";

    /** For the API's parameter documentation (an annotation needs a constant). */
    public static final String PARAMETER = "Why you are reading it: an incident, log or case reference (letters then "
            + "a number, e.g. INC-20261122-0107 or LOG 1234), or a purpose from the list (Safeguarding, Investigation, "
            + "Service, Court, MARAC, Risk meeting, Welfare check, Quality assurance, Supervision), a colon and why. "
            + "Needed unless you are the force's point of contact or recorded the order; written to the access log.";

    private static final Pattern REFERENCE =
            Pattern.compile("(?i)[a-z]{2,10}[ ./:-]?\\d[a-z0-9]*(?:[./:-][a-z0-9]+)*(?:\\s.*)?");
    private static final Pattern PURPOSE = Pattern.compile("(?i)(?<purpose>[a-z][a-z ]*[a-z])\\s*:\\s*(?<why>.+)");

    private AccessReason() {
    }

    /**
     * What is wrong with the reason, or empty when it is one a supervisor can audit.
     */
    public static Optional<String> problem(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("is required. " + RULE);
        }
        Optional<String> text = textProblem(reason);
        if (text.isPresent()) {
            return text;
        }
        String trimmed = reason.strip();
        if (REFERENCE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        var purpose = PURPOSE.matcher(trimmed);
        if (purpose.matches()) {
            String named = purpose.group("purpose").strip().replaceAll("\\s+", " ");
            boolean known = Arrays.stream(Purpose.values()).anyMatch(p -> p.label().equalsIgnoreCase(named));
            if (!known) {
                return Optional.of("names a purpose that is not on the list. " + RULE);
            }
            String why = purpose.group("why").strip();
            if (why.length() < MIN_PURPOSE_TEXT || why.chars().noneMatch(Character::isLetter)) {
                return Optional.of("needs a few words on why after the purpose. " + RULE);
            }
            return Optional.empty();
        }
        return Optional.of("is not a reference or a purpose a supervisor could check. " + RULE);
    }

    /**
     * Checks a reason that must be given, and returns it trimmed.
     *
     * @param forWhat what it is the reason for, as in "Give the reason for this lookup"
     * @throws ReasonRequiredException naming what is wrong, in words the pages show as they are
     */
    public static String require(String reason, String forWhat) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException("Give the reason for " + forWhat + "; it is written to the access log. "
                    + RULE);
        }
        Optional<String> problem = problem(reason);
        if (problem.isPresent()) {
            throw new ReasonRequiredException("The reason " + problem.get());
        }
        return reason.strip();
    }

    /**
     * Checks a reason that may be left out (the user owns the record): blank is null, anything else must still be
     * storable (short, no control characters), though not necessarily a reference.
     */
    public static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        Optional<String> problem = textProblem(reason);
        if (problem.isPresent()) {
            throw new ReasonRequiredException("The reason " + problem.get());
        }
        return reason.strip();
    }

    private static Optional<String> textProblem(String reason) {
        if (reason.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters.");
        }
        if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != ' ')) {
            return Optional.of("contains a control character (such as a NUL byte or a line break).");
        }
        return Optional.empty();
    }

    /** The purposes' labels, for a page's list. */
    public static java.util.List<String> purposes() {
        return Arrays.stream(Purpose.values()).map(Purpose::label).toList();
    }
}
