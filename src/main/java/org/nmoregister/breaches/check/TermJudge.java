package org.nmoregister.breaches.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.breaches.check.PersonMatcher.Role;
import org.nmoregister.breaches.check.PersonMatcher.Target;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;

/**
 * Judges one incident against each clause of the order version in force: whether the clause concerns this kind of
 * conduct, the means of contact, the person targeted, the place and distance, conduct through others, the hours the
 * clause applies and the exceptions it (or the order) makes.
 */
final class TermJudge {

    static final int NOT_COVERED = 0;
    static final int POSSIBLE = 1;
    static final int LIKELY = 2;

    /** How a clause bears on the conduct. */
    private enum Relevance {
        /** The clause is about this conduct. */
        PRIMARY,
        /** About being at a place: applies to in-person conduct only where the location is known. */
        PRESENCE,
        /** It may apply, for the officer to judge; never more than POSSIBLE. */
        WEAK,
        NONE
    }

    /**
     * One clause's judgement, with what the overall outcome needs to know about it.
     *
     * @param personRejected the clause was about this conduct but does not protect the person targeted
     * @param excepted       the clause would apply but an exception permits the conduct
     * @param placeBased     the clause protects a place whoever is there
     */
    record Judgement(TermResult result, boolean relevant, boolean personRejected, boolean excepted,
                     boolean placeBased) {
        int level() {
            return switch (result.result()) {
                case LIKELY_BREACH -> LIKELY;
                case POSSIBLE_BREACH -> POSSIBLE;
                case NOT_COVERED -> NOT_COVERED;
            };
        }
    }

    private static final Set<Conduct> EXCEPTABLE = Set.of(Conduct.CONTACT, Conduct.APPROACH, Conduct.ENTRY);
    private static final Pattern PERSISTENT = Pattern.compile(
            "\\b(again|repeated(ly)?|keeps?|kept|constantly|pester\\w*|won'?t stop|dozens|every (day|night)|"
                    + "\\d+ (times|calls|messages|texts)|bombard\\w*|follow\\w*)\\b");
    private static final Map<Clause.ExceptionKind, Pattern> PURPOSE_HINTS = Map.of(
            Clause.ExceptionKind.CHILD_ARRANGEMENTS, Pattern.compile(
                    "\\b(hand ?overs?|contact centre|child contact|pick(ed|ing)? up the (child|children|kids)|"
                            + "collect(ed|ing)? the (child|children|kids)|drop(ped|ping)? off the (child|children|kids)|"
                            + "contact arrangements?|child arrangements?)\\b"),
            Clause.ExceptionKind.SOLICITORS, Pattern.compile("\\b(solicitors?|lawyers?|legal representatives?)\\b"),
            Clause.ExceptionKind.MEDIATION, Pattern.compile("\\bmediat(ion|or|ors)\\b"),
            Clause.ExceptionKind.COURT, Pattern.compile("\\b(court hearing|at (the )?court|attend(ing|ed)? court)\\b"));

    private final Incident incident;
    private final OrderDetails order;
    private final PlaceLocator locator;
    private final Target target;
    private final List<Clause> clauses;
    private final ClauseLabels labels;
    private final String description;

    TermJudge(Incident incident, OrderDetails order, PlaceLocator locator, Target target, List<Clause> clauses,
              ClauseLabels labels) {
        this.incident = incident;
        this.order = order;
        this.locator = locator;
        this.target = target;
        this.clauses = clauses;
        this.labels = labels;
        this.description = incident.description() == null ? "" : incident.description().toLowerCase(Locale.ROOT);
    }

    List<Judgement> judgeAll() {
        List<Judgement> out = new ArrayList<>();
        for (Clause c : clauses) {
            out.add(judge(c));
        }
        return out;
    }

    /** The kinds of exception the description hints at, for a note when no purpose was given. */
    List<Clause.ExceptionKind> hintedPurposes() {
        return PURPOSE_HINTS.entrySet().stream().filter(e -> e.getValue().matcher(description).find())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private Judgement judge(Clause c) {
        String label = ClauseLabels.cap(labels.label(c));
        if (c.type() == ClauseType.EXCEPTION) {
            return none(c, label + " permits conduct rather than forbidding it (see the exceptions).");
        }
        boolean molest = isMolest(c);
        boolean placeBased = isPlaceBased(c);
        Relevance relevance = relevance(c, molest, placeBased);
        if (relevance == Relevance.NONE) {
            return none(c, label + " is about " + about(c, molest) + "; the conduct reported was "
                    + conductWords() + ".");
        }
        if (relevance == Relevance.PRESENCE && !incident.location().isKnown()) {
            return none(c, label + " concerns " + Places.describe(c.place()) + "; where the " + conductWords()
                    + " happened is not known, so it is not judged against this term: if it was there, it may"
                    + " also breach it.");
        }
        int level = relevance == Relevance.WEAK ? POSSIBLE : LIKELY;
        List<String> reasons = new ArrayList<>();
        Double distance = null;
        reasons.add(label + " " + opening(c, molest, relevance));

        // means of contact
        if (c.type() == ClauseType.CONTACT && incident.channel() != ContactChannel.VIA_THIRD_PARTY) {
            int channel = channelLevel(c, reasons);
            if (channel == NOT_COVERED) {
                return new Judgement(result(c, NOT_COVERED, reasons, null), true, false, false, placeBased);
            }
            level = Math.min(level, channel);
        }
        // who
        if (!placeBased) {
            String who = protectsTarget(c);
            if (who != null) {
                reasons.add(who);
                return new Judgement(result(c, NOT_COVERED, reasons, null), true, true, false, false);
            }
        }
        // where
        if (placeBased) {
            Places.Judgement best = null;
            for (Clause.Place place : c.places()) {
                Places.Judgement j = Places.judge(c, place, incident.location(), order, locator);
                if (best == null || j.level() > best.level()
                        || j.level() == best.level() && j.distanceMetres() != null && best.distanceMetres() != null
                        && j.distanceMetres() < best.distanceMetres()) {
                    best = j;
                }
            }
            reasons.add(best.reason());
            distance = best.distanceMetres();
            if (best.level() == NOT_COVERED) {
                return new Judgement(result(c, NOT_COVERED, reasons, distance), true, false, false, true);
            }
            level = Math.min(level, best.level());
        }
        // by whom
        level = Math.min(level, actorLevel(c, reasons));
        if (level == NOT_COVERED) {
            return new Judgement(result(c, NOT_COVERED, reasons, distance), true, false, false, placeBased);
        }
        // when
        level = Math.min(level, timeLevel(c, reasons));
        if (level == NOT_COVERED) {
            return new Judgement(result(c, NOT_COVERED, reasons, distance), true, false, false, placeBased);
        }
        // permitted?
        Exempt exempt = exception(c);
        if (exempt != null) {
            if (exempt.applies) {
                reasons.add(exempt.reason);
                return new Judgement(result(c, NOT_COVERED, reasons, distance), true, false, true, placeBased);
            }
            reasons.add(exempt.reason);
            level = Math.min(level, exempt.cap);
        }
        return new Judgement(result(c, level, reasons, distance), true, false, false, placeBased);
    }

    // ------------------------------------------------------------------ relevance

    private Relevance relevance(Clause c, boolean molest, boolean placeBased) {
        Conduct k = incident.conduct();
        boolean presence = isPresence();
        boolean threatWording = c.text().toLowerCase(Locale.ROOT).contains("threat");
        if (molest) {
            return switch (k) {
                case VIOLENCE, THREAT, HARASSMENT -> Relevance.PRIMARY;
                default -> Relevance.WEAK;
            };
        }
        return switch (c.type()) {
            case VIOLENCE -> k == Conduct.VIOLENCE || k == Conduct.THREAT && threatWording ? Relevance.PRIMARY
                    : Relevance.NONE;
            case INTIMIDATION -> k == Conduct.THREAT || k == Conduct.HARASSMENT ? Relevance.PRIMARY
                    : (k == Conduct.CONTACT || k == Conduct.APPROACH) && PERSISTENT.matcher(description).find()
                    ? Relevance.WEAK : Relevance.NONE;
            case CONTACT -> switch (k) {
                case CONTACT -> Relevance.PRIMARY;
                case THREAT, HARASSMENT -> incident.channel() != null ? Relevance.PRIMARY : Relevance.NONE;
                // approaching or assaulting someone is contact only if they met face to face
                case APPROACH, VIOLENCE -> incident.channel() == ContactChannel.IN_PERSON && coversInPerson(c)
                        ? Relevance.WEAK : Relevance.NONE;
                default -> Relevance.NONE;
            };
            case PROXIMITY -> {
                if (placeBased) {
                    yield k == Conduct.APPROACH || k == Conduct.ENTRY ? Relevance.PRIMARY
                            : presence ? Relevance.PRESENCE : Relevance.NONE;
                }
                yield k == Conduct.APPROACH || presence && k != Conduct.ENTRY && k != Conduct.DAMAGE
                        ? Relevance.PRIMARY : k == Conduct.ENTRY ? Relevance.WEAK : Relevance.NONE;
            }
            case ENTRY -> k == Conduct.ENTRY || k == Conduct.APPROACH ? Relevance.PRIMARY
                    : presence ? Relevance.PRESENCE : Relevance.NONE;
            case PROPERTY_DAMAGE -> k == Conduct.DAMAGE || k == Conduct.THREAT && threatWording ? Relevance.PRIMARY
                    : Relevance.NONE;
            case PUBLICATION -> k == Conduct.PUBLICATION ? Relevance.PRIMARY
                    : k == Conduct.THREAT && threatWording ? Relevance.WEAK : Relevance.NONE;
            case EXCEPTION, OTHER -> Relevance.NONE;
        };
    }

    /** The respondent was there in person. */
    private boolean isPresence() {
        return switch (incident.conduct()) {
            case VIOLENCE, APPROACH, ENTRY, DAMAGE -> incident.direct() || !incident.viaThirdParty();
            default -> incident.channel() == ContactChannel.IN_PERSON;
        };
    }

    static boolean isMolest(Clause c) {
        return (c.type() == ClauseType.OTHER || c.type() == ClauseType.INTIMIDATION)
                && c.text().toLowerCase(Locale.ROOT).contains("molest");
    }

    static boolean isPlaceBased(Clause c) {
        return !c.places().isEmpty() && (c.type() == ClauseType.ENTRY || c.type() == ClauseType.PROXIMITY
                || c.type() == ClauseType.PROPERTY_DAMAGE);
    }

    private static boolean coversInPerson(Clause c) {
        return c.channels().isEmpty() || c.channels().contains(Clause.Channel.ANY)
                || c.channels().contains(Clause.Channel.IN_PERSON);
    }

    private String opening(Clause c, boolean molest, Relevance relevance) {
        String what = about(c, molest);
        return switch (relevance) {
            case WEAK -> "forbids " + what + ", which may cover " + conductWords() + ": the officer must judge.";
            default -> "forbids " + what + ".";
        };
    }

    private static String about(Clause c, boolean molest) {
        if (molest) {
            return "molesting (a general term: any serious pestering or harassment)";
        }
        return switch (c.type()) {
            case VIOLENCE -> "using or threatening violence";
            case INTIMIDATION -> "intimidation, harassment or pestering";
            case CONTACT -> "contact" + (c.channels().isEmpty() || c.channels().contains(Clause.Channel.ANY)
                    ? " by any means" : " " + channels(c));
            case PROXIMITY -> c.distanceMetres() != null ? "coming within " + c.distanceMetres() + " m"
                    + (c.places().isEmpty() ? " of the protected person" : " of " + placesText(c))
                    : "approaching " + (c.places().isEmpty() ? "the protected person" : placesText(c));
            case ENTRY -> "going to or entering " + (c.places().isEmpty() ? "a place" : placesText(c));
            case PROPERTY_DAMAGE -> "damaging (or threatening to damage) "
                    + (c.places().isEmpty() ? "property" : "property at " + placesText(c));
            case PUBLICATION -> "publishing information or images";
            case EXCEPTION -> "permitted conduct";
            case OTHER -> "something the check does not apply (read the term)";
        };
    }

    private static String placesText(Clause c) {
        return String.join(" or ", c.places().stream().map(Places::describe).toList());
    }

    /** The means a contact term names, each with its own preposition: "by telephone, by letter or in person". */
    private static String channels(Clause c) {
        List<String> means = c.channels().stream().map(ch -> switch (ch) {
            case PHONE -> "by telephone";
            case TEXT -> "by text message";
            case EMAIL -> "by email";
            case SOCIAL_MEDIA -> "by social media";
            case POST -> "by letter";
            case IN_PERSON -> "in person";
            case ANY -> "by any means";
        }).toList();
        return means.size() < 2 ? String.join("", means)
                : String.join(", ", means.subList(0, means.size() - 1)) + " or " + means.get(means.size() - 1);
    }

    private String conductWords() {
        String what = switch (incident.conduct()) {
            case VIOLENCE -> "violence";
            case THREAT -> "a threat";
            case CONTACT -> "contact";
            case APPROACH -> "approaching";
            case ENTRY -> "going to or entering a place";
            case DAMAGE -> "damage to property";
            case PUBLICATION -> "publishing";
            case HARASSMENT -> "harassment";
        };
        return incident.channel() == null || incident.channel() == ContactChannel.IN_PERSON
                && incident.conduct() != Conduct.CONTACT ? what : what + " " + channelWords(incident.channel());
    }

    static String channelWords(ContactChannel ch) {
        return switch (ch) {
            case IN_PERSON -> "in person";
            case PHONE -> "by telephone";
            case TEXT -> "by text message";
            case EMAIL -> "by email";
            case SOCIAL_MEDIA -> "by social media";
            case LETTER -> "by letter";
            case VIA_THIRD_PARTY -> "through another person";
        };
    }

    // ------------------------------------------------------------------ means of contact

    private int channelLevel(Clause c, List<String> reasons) {
        Set<Clause.Channel> allowed = c.channels();
        if (allowed.isEmpty() || allowed.contains(Clause.Channel.ANY)) {
            return LIKELY;
        }
        ContactChannel ch = incident.channel();
        if (ch == null) {
            // only contact itself reaches here without a means: approaching or violence is judged against a
            // contact term only when it was face to face (see relevance)
            reasons.add("How the contact was made is not known; the term covers only contact " + channels(c)
                    + ": confirm the means.");
            return POSSIBLE;
        }
        Clause.Channel wanted = switch (ch) {
            case IN_PERSON -> Clause.Channel.IN_PERSON;
            case PHONE -> Clause.Channel.PHONE;
            case TEXT -> Clause.Channel.TEXT;
            case EMAIL -> Clause.Channel.EMAIL;
            case SOCIAL_MEDIA -> Clause.Channel.SOCIAL_MEDIA;
            case LETTER -> Clause.Channel.POST;
            case VIA_THIRD_PARTY -> null;
        };
        if (wanted != null && allowed.contains(wanted)) {
            return LIKELY;
        }
        if (ch == ContactChannel.TEXT && allowed.contains(Clause.Channel.PHONE)) {
            reasons.add("The term forbids telephoning; a text message is sent by telephone but is not a call: the"
                    + " officer must judge whether the term covers it.");
            return POSSIBLE;
        }
        reasons.add("The term forbids contact only " + channels(c) + "; this contact was "
                + channelWords(ch) + ", which it does not cover.");
        return NOT_COVERED;
    }

    // ------------------------------------------------------------------ who

    /** Null when the clause protects the target; else why not. */
    private String protectsTarget(Clause c) {
        List<Clause.Protected> protects = c.protects();
        if (protects.isEmpty()) {
            if (target.role() == Role.APPLICANT) {
                return null;
            }
            return "It does not name whom it protects, which is read as the applicant; the person targeted was "
                    + target.describe() + ".";
        }
        // a name the clause gives that is the target's, whatever party the parser read it as
        if (target.person() != null) {
            for (Clause.Protected p : protects) {
                for (String n : p.names()) {
                    if (PersonMatcher.sameName(n, target.person())) {
                        return null;
                    }
                }
            }
        }
        for (Clause.Protected p : protects) {
            switch (p.party()) {
                case APPLICANT -> {
                    if (target.role() == Role.APPLICANT) {
                        return null;
                    }
                }
                case NAMED_CHILDREN -> {
                    if (target.role() == Role.ALL_CHILDREN) {
                        return null;
                    }
                    if (target.role() == Role.CHILD && (p.names().isEmpty() || p.names().stream()
                            .allMatch(n -> PersonMatcher.words(n).size() == 0))) {
                        return null;
                    }
                }
                case OTHER_NAMED_PERSONS -> {
                    if (target.role() == Role.OTHER && p.names().isEmpty()) {
                        return null;
                    }
                }
            }
        }
        return "It protects " + protectedText(protects) + "; the person targeted was " + target.describe()
                + ", whom it does not protect.";
    }

    private static String protectedText(List<Clause.Protected> protects) {
        return String.join(" and ", protects.stream().map(p -> {
            String party = switch (p.party()) {
                case APPLICANT -> "the applicant";
                case NAMED_CHILDREN -> "the children";
                case OTHER_NAMED_PERSONS -> "other named people";
            };
            return p.names().isEmpty() ? party : party + " (" + String.join(", ", p.names()) + ")";
        }).toList());
    }

    // ------------------------------------------------------------------ by whom

    private int actorLevel(Clause c, List<String> reasons) {
        boolean third = incident.viaThirdParty() || incident.channel() == ContactChannel.VIA_THIRD_PARTY;
        if (incident.direct() && !third) {
            if (!c.direct()) {
                reasons.add("The term is about others acting for the respondent; the respondent acted personally:"
                        + " the officer must judge whether it covers this.");
                return POSSIBLE;
            }
            return LIKELY;
        }
        if (!third) {
            // neither personally nor through others recorded: take it as the respondent's own act
            return c.direct() ? LIKELY : POSSIBLE;
        }
        if (incident.direct()) {
            reasons.add("The respondent acted personally as well as through another person.");
            return c.direct() ? LIKELY : POSSIBLE;
        }
        if (c.indirect() || c.coversOthersActing()) {
            reasons.add("Through another person: the term covers that ("
                    + (c.coversOthersActing() ? "it forbids instructing or encouraging others" : "indirect conduct")
                    + ").");
            return LIKELY;
        }
        String text = c.text().toLowerCase(Locale.ROOT);
        if (text.contains("personally") || text.matches(".*\\bin person\\b.*") && !text.contains("otherwise")) {
            reasons.add("Through another person, but the term covers only the respondent's own conduct in person.");
            return NOT_COVERED;
        }
        reasons.add("Through another person, and the term does not mention indirect contact or encouraging others:"
                + " it is a breach only if the other person acted as the respondent's means of doing it (e.g. a"
                + " message passed on at their request); the officer must judge.");
        return POSSIBLE;
    }

    // ------------------------------------------------------------------ when

    /** Every time limit of the term must let it apply: "on weekdays" and "between 8am and 6pm" both hold. */
    private int timeLevel(Clause c, List<String> reasons) {
        int level = LIKELY;
        List<String> unread = new ArrayList<>();
        for (String limit : c.timeLimits()) {
            TimeLimits.Verdict v = TimeLimits.judge(limit, c.text(), incident.occurredFrom(), incident.occurredUntil(),
                    order.madeAt());
            if (v == null) {
                unread.add(limit);
                continue;
            }
            if (!v.reason().isEmpty()) {
                reasons.add(v.reason());
            }
            level = Math.min(level, v.level());
        }
        if (!unread.isEmpty() && level > NOT_COVERED) {
            reasons.add("The term is limited by time (" + String.join("; ", unread) + "): check that it applied when"
                    + " this happened.");
            level = Math.min(level, POSSIBLE);
        }
        return level;
    }

    // ------------------------------------------------------------------ permitted

    private record Exempt(boolean applies, int cap, String reason) {
    }

    private Exempt exception(Clause c) {
        if (!(c.type() == ClauseType.CONTACT || c.type() == ClauseType.PROXIMITY || c.type() == ClauseType.ENTRY
                || isMolest(c))) {
            return null;
        }
        List<Found> found = applicable(c);
        if (found.isEmpty()) {
            return null;
        }
        Clause.ExceptionKind purpose = incident.purpose();
        if (purpose != null) {
            for (Found f : found) {
                if (f.exception.kind() == purpose) {
                    if (!EXCEPTABLE.contains(incident.conduct())) {
                        return new Exempt(false, LIKELY, ClauseLabels.cap(f.label) + " permits " + Wording.lower(purpose)
                                + ", but no exception permits " + conductWords() + ".");
                    }
                    return new Exempt(true, NOT_COVERED, "Permitted by " + f.label + " (\"" + f.exception.text()
                            + "\"): the contact is said to be for " + Wording.lower(purpose)
                            + ". Verify that it was, and that it stayed within what is permitted.");
                }
            }
            return null;
        }
        for (Clause.ExceptionKind hinted : hintedPurposes()) {
            for (Found f : found) {
                if (f.exception.kind() == hinted && EXCEPTABLE.contains(incident.conduct())) {
                    return new Exempt(false, POSSIBLE, "The description mentions " + Wording.lower(hinted)
                            + " and " + f.label + " permits it (\"" + f.exception.text() + "\"), though no purpose"
                            + " was recorded: confirm whether the conduct was within that exception.");
                }
            }
        }
        return null;
    }

    private record Found(Clause.Exception exception, String label) {
    }

    private List<Found> applicable(Clause c) {
        List<Found> out = new ArrayList<>();
        c.exceptions().forEach(e -> out.add(new Found(e, labels.label(c))));
        for (Clause other : clauses) {
            if (other.type() == ClauseType.EXCEPTION) {
                other.exceptions().forEach(e -> out.add(new Found(e, labels.label(other))));
            }
        }
        return out;
    }

    /** Whether any exception on the order has this kind. */
    boolean orderHasException(Clause.ExceptionKind kind) {
        return clauses.stream().flatMap(c -> c.exceptions().stream()).anyMatch(e -> e.kind() == kind);
    }

    // ------------------------------------------------------------------ results

    private Judgement none(Clause c, String reason) {
        return new Judgement(new TermResult(c.index(), c.type(), Outcome.NOT_COVERED, reason, null), false, false,
                false, isPlaceBased(c));
    }

    private static TermResult result(Clause c, int level, List<String> reasons, Double distance) {
        Outcome o = level == LIKELY ? Outcome.LIKELY_BREACH : level == POSSIBLE ? Outcome.POSSIBLE_BREACH
                : Outcome.NOT_COVERED;
        return new TermResult(c.index(), c.type(), o, String.join(" ", reasons), distance);
    }
}
