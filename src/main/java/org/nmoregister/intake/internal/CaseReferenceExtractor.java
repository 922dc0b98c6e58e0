package org.nmoregister.intake.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a family-court case number and a court name in free text (an order PDF, an e-mail), to save the point of
 * contact typing them. It never guesses: a value is offered only when the text states exactly one; otherwise the
 * field is left empty for a person to fill in. Plain Java.
 */
public final class CaseReferenceExtractor {

    /**
     * HMCTS family case numbers: court code, two-digit year, case type letter, five digits (LS26F00123, ZW25P00012),
     * and the older county-court style: digit, two letters, five digits (1YO12345).
     */
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2}\\d{2}[A-Z]\\d{5}|\\d[A-Z]{2}\\d{5})(?![A-Za-z0-9])");

    /** "Leeds Family Court", "Manchester County Court", and "The Family Court sitting at Leeds". */
    private static final Pattern COURT_NAMED_FIRST = Pattern.compile(
            "\\b((?:[A-Z][a-z]+(?:[ -](?:upon|on|under)[ -])?[ ]?){1,4}(?:Family|County|Magistrates'?|Crown|Combined) Court)\\b");
    private static final Pattern COURT_SITTING_AT = Pattern.compile(
            "\\b(?:[Tt]he )?(Family Court|County Court) (?:sitting )?at ((?:[A-Z][a-z]+)(?:[ -](?:upon|on|under|[A-Z][a-z]+))*)");

    private CaseReferenceExtractor() {
    }

    public static Optional<String> caseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CASE_NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    public static Optional<String> court(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher sitting = COURT_SITTING_AT.matcher(text);
        while (sitting.find()) {
            found.add("The " + sitting.group(1) + " at " + sitting.group(2).strip());
        }
        if (found.isEmpty()) {
            Matcher named = COURT_NAMED_FIRST.matcher(text);
            while (named.find()) {
                String name = named.group(1).strip();
                if (!name.startsWith("The ") && !name.startsWith("In ")) {
                    found.add(name);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
