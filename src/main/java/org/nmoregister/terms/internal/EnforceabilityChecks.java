package org.nmoregister.terms.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.Party;
import org.nmoregister.terms.Clause.PlaceKind;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.Finding;
import org.nmoregister.terms.Finding.Severity;
import org.nmoregister.terms.FindingCode;
import org.nmoregister.terms.OrderContext;

/**
 * The checks that say whether the police could enforce the terms as written, and what to change. Severities are
 * explained in docs/terms.md: ERROR where an officer could not tell whether conduct is a breach (or the order cannot
 * be breached yet), WARNING where the order is weaker or harder to apply than it should be, INFO for a note.
 */
public final class EnforceabilityChecks {

    /** An exclusion radius beyond this (one mile) covers a neighbourhood, not a place: rarely proportionate. */
    public static final int OVERBROAD_RADIUS_METRES = 1609;
    /** Practice guidance: an order made without notice normally lasts no more than 14 days before a return hearing. */
    public static final Duration WITHOUT_NOTICE_MAX = Duration.ofDays(14);

    static final String THIRD_PARTY_WORDING = "and must not instruct, encourage or in any way suggest that any other "
            + "person should do so";
    static final String THIRD_PARTY_TERM = "The respondent must not instruct, encourage or in any way suggest that "
            + "any other person should do any of the things this order forbids him to do.";
    static final String CHILD_ARRANGEMENTS_TERM = "This order does not prevent the respondent from having contact "
            + "with the children in accordance with any order of the court or written agreement, with handovers at "
            + "[contact centre or named third party], or from communicating with the applicant through solicitors "
            + "about those arrangements.";

    /** Parts of the day an officer cannot turn into hours: is a call at 7pm "overnight"? */
    private static final Pattern UNDEFINED_HOURS = Pattern.compile(
            "\\b(overnight|at night|(during|in) (the )?(nights?|days?|daytime|night-?time|evenings?|mornings?|"
            + "afternoons?|school hours))\\b", Pattern.CASE_INSENSITIVE);

    private static Optional<Finding> undefinedHours(Clause c) {
        for (String limit : c.timeLimits()) {
            Matcher m = UNDEFINED_HOURS.matcher(limit);
            if (m.find()) {
                boolean school = m.group().toLowerCase(java.util.Locale.ROOT).contains("school");
                return Optional.of(new Finding(FindingCode.UNDEFINED_HOURS, Severity.WARNING, c.index(),
                        "\"" + m.group() + "\" does not say which hours, so an officer cannot tell whether conduct"
                        + " near its edges breaks this term. State the hours, for example: " + (school
                        ? "\"between 8.30am and 3.30pm on school days\" (and say whether it applies in the school"
                        + " holidays)." : "\"between 10pm and 7am\".")));
            }
        }
        return Optional.empty();
    }

    public List<Finding> check(List<Clause> clauses, OrderContext context) {
        List<Finding> findings = new ArrayList<>();
        boolean anySpecific = clauses.stream().anyMatch(c -> c.isProhibition() && !isVague(c));
        for (Clause c : clauses) {
            if (isVague(c)) {
                findings.add(new Finding(FindingCode.VAGUE_PROHIBITION, anySpecific ? Severity.WARNING : Severity.ERROR,
                        c.index(), "\"" + excerpt(c, "vague") + "\" does not say what conduct is forbidden, so an officer "
                        + "cannot tell whether something is a breach. Replace it with the specific conduct, for example: "
                        + "\"The respondent must not use or threaten violence against the applicant, and must not "
                        + "intimidate, harass or pester the applicant, " + THIRD_PARTY_WORDING + ".\""));
            }
            if (c.type() == ClauseType.CONTACT && !c.indirect() && !indirectCoveredElsewhere(c, clauses)) {
                findings.add(new Finding(FindingCode.NO_INDIRECT_CONTACT, Severity.WARNING, c.index(),
                        "This contact ban covers only direct contact: messages passed through friends, family or "
                        + "social media would not be a breach. Add \"directly or indirectly\" and the FL404A ending, "
                        + "for example: \"The respondent must not telephone, text, email or otherwise contact or "
                        + "attempt to contact the applicant, directly or indirectly, " + THIRD_PARTY_WORDING + ".\""));
            }
            if (c.type() == ClauseType.PROXIMITY && c.distanceMetres() == null && needsDistance(c)) {
                findings.add(new Finding(FindingCode.PROXIMITY_WITHOUT_DISTANCE, Severity.ERROR, c.index(),
                        "\"" + excerpt(c, "type") + "\" gives no distance, so an officer cannot tell how near is too "
                        + "near. State a distance and the place, for example: \"The respondent must not go within 100 "
                        + "metres of the applicant's home at [address].\""));
            }
            if (c.type() == ClauseType.PROXIMITY || c.type() == ClauseType.ENTRY || c.type() == ClauseType.INTIMIDATION
                    && !c.places().isEmpty()) {
                placeFinding(c).ifPresent(findings::add);
            }
            overbroad(c).ifPresent(findings::add);
            undefinedHours(c).ifPresent(findings::add);
            if (c.type() == ClauseType.OTHER && !isVague(c) && !recognised(c)) {
                findings.add(new Finding(FindingCode.UNCLASSIFIED_TERM, Severity.WARNING, c.index(),
                        "This term could not be read as a recognised prohibition or exception, so check it by eye. If it "
                        + "forbids something, word it as \"The respondent must not ...\" followed by the specific "
                        + "conduct, the person protected and any place with its address."));
            }
        }
        thirdParty(clauses).ifPresent(findings::add);
        childArrangements(clauses, context).ifPresent(findings::add);
        if (context != null && !context.isEmpty()) {
            contextFindings(context, findings);
        }
        return findings;
    }

    static boolean isVague(Clause c) {
        return c.spans().stream().anyMatch(s -> s.attribute().equals("vague"));
    }

    private static boolean recognised(Clause c) {
        String lower = c.text().toLowerCase(Locale.ROOT);
        return Lexicon.NOTICE.matcher(lower).find()
                || c.spans().stream().anyMatch(s -> s.attribute().equals("general") || s.attribute().equals("notice")
                || s.attribute().equals("requirement"));
    }

    /** "Approach" or "drive past" is itself a clear act; "go near", "keep away", "in the vicinity" need a distance. */
    private static boolean needsDistance(Clause c) {
        String lower = c.text().toLowerCase(Locale.ROOT);
        return lower.matches("(?s).*\\b(near|nearer|close|closer|keep away|keeps away|stay away|stays away|vicinity|"
                + "loiter\\w*|remain away|radius|distance of|exclusion zone)\\b.*");
    }

    private static boolean indirectCoveredElsewhere(Clause c, List<Clause> clauses) {
        for (Clause other : clauses) {
            if (other != c && other.type() == ClauseType.CONTACT && other.indirect()
                    && other.protects().stream().anyMatch(p -> c.protects(p.party()))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Finding> placeFinding(Clause c) {
        boolean homeIdentified = false;
        for (int i = 0; i < c.places().size(); i++) {
            Clause.Place place = c.places().get(i);
            if (place.kind() == PlaceKind.HOME && (place.address() != null || homeIdentified)) {
                homeIdentified = true; // "the applicant's home or its garden, driveway …" are parts of one place
                continue;
            }
            if (place.address() != null || place.kind() == PlaceKind.STREET_OR_AREA || place.kind() == PlaceKind.OTHER) {
                continue;
            }
            String before = textBeforePlace(c, i).toLowerCase(Locale.ROOT);
            // "the applicant's home" and "the home of the applicant" are the same place, on the order itself
            boolean applicantsHome = place.kind() == PlaceKind.HOME
                    && (before.matches("(?s).*\\b(applicant'?s?|applicants'|claimant'?s)\\s+(own\\s+|current\\s+|"
                    + "usual\\s+|present\\s+)?$")
                    || textAfterPlace(c, i).toLowerCase(Locale.ROOT).matches("(?s)^\\s+of\\s+the\\s+(applicant|claimant)"
                    + "\\b(?!').*"));
            boolean partOfAPlaceNamedBefore = before.matches("(?s).*\\bits\\s+$") && i > 0;
            if (applicantsHome || partOfAPlaceNamedBefore) {
                homeIdentified |= place.kind() == PlaceKind.HOME;
                continue; // the applicant's address is on the order itself
            }
            boolean ofAParty = before.matches("(?s).*\\b(applicant'?s?|children'?s|child'?s|child\\(ren\\)'s|"
                    + "claimant'?s)\\s+(own\\s+|current\\s+|usual\\s+)?$");
            String kind = place.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return java.util.Optional.of(new Finding(FindingCode.PLACE_NOT_IDENTIFIED,
                    ofAParty ? Severity.WARNING : Severity.ERROR, c.index(),
                    "The " + kind + " is not identified: an officer called to it would not know whether it is the "
                    + "place the order means. Give its name and full address, for example: \"" + example(place.kind())
                    + "\" (if the address must stay confidential, say so and give it in a schedule served on the "
                    + "respondent)."));
        }
        return java.util.Optional.empty();
    }

    private static String textBeforePlace(Clause c, int placeIndex) {
        List<Clause.Span> placeSpans = c.spans().stream().filter(s -> s.attribute().equals("place"))
                .sorted(java.util.Comparator.comparingInt(Clause.Span::start)).toList();
        if (placeIndex >= placeSpans.size()) {
            return "";
        }
        int start = placeSpans.get(placeIndex).start();
        return c.text().substring(Math.max(0, start - 40), start);
    }

    private static String textAfterPlace(Clause c, int placeIndex) {
        List<Clause.Span> placeSpans = c.spans().stream().filter(s -> s.attribute().equals("place"))
                .sorted(java.util.Comparator.comparingInt(Clause.Span::start)).toList();
        if (placeIndex >= placeSpans.size()) {
            return "";
        }
        int end = placeSpans.get(placeIndex).end();
        return c.text().substring(end, Math.min(c.text().length(), end + 30));
    }

    private static String example(PlaceKind kind) {
        return switch (kind) {
            case HOME -> "the property at [house number and street, town, postcode]";
            case WORKPLACE -> "the applicant's place of work at [employer's name, street, town, postcode]";
            case SCHOOL -> "the school known as [school name, street, town]";
            case NURSERY -> "the nursery known as [nursery name, street, town]";
            case CHILDMINDER -> "the childminder's premises at [street, town, postcode]";
            default -> "[name and address]";
        };
    }

    private static java.util.Optional<Finding> overbroad(Clause c) {
        if (!c.isProhibition()) {
            return java.util.Optional.empty();
        }
        if (c.distanceMetres() != null && c.distanceMetres() > OVERBROAD_RADIUS_METRES) {
            return java.util.Optional.of(new Finding(FindingCode.OVERBROAD_AREA, Severity.WARNING, c.index(),
                    "A radius of " + c.distanceMetres() + " metres covers far more than the places the applicant needs "
                    + "protecting: the court is likely to refuse or cut it, and an officer cannot easily tell where it "
                    + "ends. Use a proportionate distance from named places, for example: \"The respondent must not go "
                    + "within 100 metres of the applicant's home at [address].\""));
        }
        for (int i = 0; i < c.places().size(); i++) {
            Clause.Place place = c.places().get(i);
            if (place.kind() != PlaceKind.STREET_OR_AREA) {
                continue;
            }
            String span = placeSpanText(c, i).toLowerCase(Locale.ROOT);
            boolean named = place.address() != null && Lexicon.LARGE_AREAS.contains(
                    place.address().toLowerCase(Locale.ROOT));
            if ((Lexicon.WIDE_AREA.matcher(span).find() && !span.matches("(?s).*\\b(bounded by|marked|shown|plan|map)"
                    + "\\b.*") || named)) {
                return java.util.Optional.of(new Finding(FindingCode.OVERBROAD_AREA, Severity.WARNING, c.index(),
                        "Excluding the respondent from a whole town, city, borough or county is rarely granted and "
                        + "hard to police. Name the streets or places that matter with a distance, for example: \"The "
                        + "respondent must not go within 100 metres of the applicant's home at [address] or her place "
                        + "of work at [address].\""));
            }
        }
        return java.util.Optional.empty();
    }

    private static String placeSpanText(Clause c, int placeIndex) {
        List<Clause.Span> placeSpans = c.spans().stream().filter(s -> s.attribute().equals("place"))
                .sorted(java.util.Comparator.comparingInt(Clause.Span::start)).toList();
        if (placeIndex >= placeSpans.size()) {
            return "";
        }
        Clause.Span s = placeSpans.get(placeIndex);
        return c.text().substring(Math.max(0, s.start() - 12), s.end());
    }

    /** Once per order: the first prohibition that does not reach people acting for the respondent. */
    private static java.util.Optional<Finding> thirdParty(List<Clause> clauses) {
        boolean general = clauses.stream().anyMatch(ClauseParser::isGeneralThirdPartyTerm);
        if (general) {
            return java.util.Optional.empty();
        }
        for (Clause c : clauses) {
            // a contact ban gets NO_INDIRECT_CONTACT instead, or already reaches people acting for him
            boolean covered = c.coversOthersActing() || c.type() == ClauseType.CONTACT;
            if (c.isProhibition() && !covered) {
                return java.util.Optional.of(new Finding(FindingCode.NO_THIRD_PARTY_CLAUSE, Severity.WARNING,
                        c.index(), "Term " + c.index() + (clauses.size() > 1 ? " (and any like it)" : "")
                        + " does not forbid the respondent from getting someone else to do it for him. End each "
                        + "prohibition with the FL404A words \"" + THIRD_PARTY_WORDING + "\", or add a general "
                        + "term: \"" + THIRD_PARTY_TERM + "\"", THIRD_PARTY_TERM));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Finding> childArrangements(List<Clause> clauses, OrderContext context) {
        boolean children;
        if (context != null && context.childrenInCommon() != null) {
            children = context.childrenInCommon();
        } else {
            children = clauses.stream().anyMatch(c -> c.protects(Party.NAMED_CHILDREN)
                    || c.places().stream().anyMatch(p -> p.kind() == PlaceKind.SCHOOL || p.kind() == PlaceKind.NURSERY
                    || p.kind() == PlaceKind.CHILDMINDER)
                    || c.exceptions().stream().anyMatch(e -> Lexicon.CHILDREN.matcher(e.text().toLowerCase(Locale.ROOT))
                    .find()));
        }
        if (!children) {
            return java.util.Optional.empty();
        }
        boolean excepted = clauses.stream().flatMap(c -> c.exceptions().stream())
                .anyMatch(e -> e.kind() == ExceptionKind.CHILD_ARRANGEMENTS);
        if (excepted) {
            return java.util.Optional.empty();
        }
        for (Clause c : clauses) {
            if (c.type() == ClauseType.CONTACT || c.type() == ClauseType.PROXIMITY) {
                return java.util.Optional.of(new Finding(FindingCode.NO_CHILD_ARRANGEMENTS_EXCEPTION,
                        Severity.WARNING, c.index(), "There are children, but nothing says how contact with them "
                        + "or handovers may happen, so the respondent could breach the order by keeping to a child "
                        + "arrangements order, or handovers could become unsafe. Add an exception, for example: "
                        + "\"" + CHILD_ARRANGEMENTS_TERM + "\"", CHILD_ARRANGEMENTS_TERM));
            }
        }
        return java.util.Optional.empty();
    }

    private static void contextFindings(OrderContext ctx, List<Finding> findings) {
        if (ctx.isUndertaking()) {
            findings.add(new Finding(FindingCode.UNDERTAKING_NOT_ORDER, Severity.INFO, null,
                    "This is an undertaking (a promise to the court), not an order: breaking it is contempt of court, "
                    + "not the criminal offence under s.42A Family Law Act 1996, so officers cannot arrest for the "
                    + "offence. Undertakings should not be accepted where violence is alleged; if it was, ask the "
                    + "court whether a non-molestation order is needed."));
        }
        boolean untilFurther = Boolean.TRUE.equals(ctx.untilFurtherOrder());
        if (ctx.endsAt() == null && !untilFurther) {
            findings.add(new Finding(FindingCode.NO_END_DATE, Severity.ERROR, null,
                    "The order has no end date and does not say it lasts until further order, so an officer cannot "
                    + "tell whether it is still in force. State it: \"This order applies until [date] at [time]\" "
                    + "or \"This order lasts until further order of the court.\""));
        }
        if (Boolean.TRUE.equals(ctx.withoutNotice())) {
            if (ctx.returnHearingAt() == null) {
                findings.add(new Finding(FindingCode.WITHOUT_NOTICE_NO_RETURN_DATE, Severity.ERROR, null,
                        "The order was made without notice but gives no return hearing. Practice guidance requires "
                        + "the date, time and place of the return hearing on the order: \"The court will reconsider "
                        + "this order at a hearing at [court] on [date] at [time].\""));
            }
            if (ctx.madeAt() != null && ctx.endsAt() != null
                    && Duration.between(ctx.madeAt(), ctx.endsAt()).compareTo(WITHOUT_NOTICE_MAX.plusHours(12)) > 0) {
                long days = Duration.between(ctx.madeAt(), ctx.endsAt()).toDays();
                findings.add(new Finding(FindingCode.WITHOUT_NOTICE_TOO_LONG, Severity.WARNING, null,
                        "The order was made without notice and lasts " + days + " days. Practice guidance says a "
                        + "without-notice order should normally last no more than 14 days, with a return hearing. "
                        + "Check the end date with the court."));
            }
        }
        if (ctx.madeAt() != null && ctx.servedAt() == null) {
            findings.add(new Finding(FindingCode.NOT_SERVED, Severity.WARNING, null,
                    "There is no record that the order was served on the respondent or that he was made aware of it. "
                    + "Until then, conduct is not a breach. Arrange personal service, or record when and how the "
                    + "respondent was told of the order, and file the statement of service."));
        }
        if (Boolean.FALSE.equals(ctx.penalNotice())) {
            findings.add(new Finding(FindingCode.NO_PENAL_NOTICE, Severity.WARNING, null,
                    "The order has no penal notice. Add the FL404A notice: \"Important notice to the respondent: if "
                    + "without reasonable excuse you do anything which you are forbidden from doing by this order, you "
                    + "will be committing a criminal offence and liable on conviction to a term of imprisonment not "
                    + "exceeding five years or to a fine or to both; alternatively you may be found in contempt of "
                    + "court.\""));
        }
        if (ctx.respondentDateOfBirth() == null) {
            findings.add(new Finding(FindingCode.NO_RESPONDENT_DOB, Severity.WARNING, null,
                    "The respondent's date of birth is missing. Without it the respondent may not be identified on "
                    + "the Police National Database and false alerts follow. Ask the court to add it to the order."));
        }
    }

    private static String excerpt(Clause c, String attribute) {
        return c.spans().stream().filter(s -> s.attribute().equals(attribute)).findFirst()
                .map(s -> c.text().substring(s.start(), s.end())).orElse(c.text());
    }
}
