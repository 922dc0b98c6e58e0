package org.nmoregister.safeguarding.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderType;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.ReadClauses;

/**
 * Writes what the safeguarding unit says to a protected adult about their order, in plain English, from the clauses
 * the order's version was read into (never from the wording afresh): what the respondent must not do, what they may
 * still do, how long it lasts, that a breach is a crime (or contempt, for an undertaking or an occupation order) and
 * what to do if it happens. The same text is the letter sent by the victim's safe route.
 *
 * <p>The script speaks to the person: the clauses' "the applicant" is "you" when they are the applicant, and a place
 * at their own address is "your home", never the address, so a letter read over their shoulder (or a screen seen by
 * someone else) does not give away where they live. Any other wording the script quotes (an exception, an
 * unclassified term) has every confidential value of the order withheld.
 */
public final class ContactScript {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    /** Wording that obliges or forbids: an OTHER clause without any is a heading, a label or a notice. */
    private static final Pattern OBLIGES = Pattern.compile(
            "(?i)\\b(must|shall|is forbidden|are forbidden|not to|is required|undertakes|will)\\b");
    private static final Pattern TITLE = Pattern.compile("(?i)^(mr|mrs|ms|miss|mx|dr)\\.?$");

    private ContactScript() {
    }

    /** A script: a title and its sections, each a heading with paragraphs and a bulleted list. */
    public record Script(String title, List<Section> sections) {
        public Script {
            sections = List.copyOf(sections);
        }

        /** The script as plain text (the API's and the letter's), headings on their own lines, bullets with "- ". */
        public String asText() {
            StringBuilder out = new StringBuilder(title).append("\n");
            for (Section s : sections) {
                out.append("\n").append(s.heading()).append("\n");
                s.paragraphs().forEach(p -> out.append(p).append("\n"));
                s.bullets().forEach(b -> out.append("- ").append(b).append("\n"));
                s.after().forEach(p -> out.append(p).append("\n"));
            }
            return out.toString();
        }

        /** The section with this heading, or null. */
        public Section section(String heading) {
            return sections.stream().filter(s -> s.heading().equals(heading)).findFirst().orElse(null);
        }
    }

    /** A heading, the paragraphs under it, a bulleted list, and paragraphs after the list. */
    public record Section(String heading, List<String> paragraphs, List<String> bullets, List<String> after) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
            after = List.copyOf(after);
        }
    }

    static final String MUST_NOT = "What %s must not do";
    static final String MAY = "What %s may still do";
    static final String HOW_LONG = "How long the order lasts";
    static final String BREACH = "If %s breaks the order";
    static final String CHANGED = "What has changed";
    static final String ENDED = "What this means for you";

    /**
     * The script for the version's clauses, as read to the person in {@code facts}.
     *
     * @param previous the clauses of the version the person was last told about (for "what has changed"), or null
     * @param previousFacts that version's facts (its end), or null
     */
    public static Script write(ContactOccasion occasion, ScriptFacts facts, ReadClauses clauses,
                               ReadClauses previous, ScriptFacts previousFacts) {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clauses, "clauses");
        Writer w = new Writer(facts);
        String order = w.orderName();
        String r = w.respondent();
        List<Section> sections = new ArrayList<>();
        String title;
        switch (occasion) {
            case DISCHARGED -> {
                title = "Your " + order + " has ended";
                sections.add(new Section(ENDED, List.of(
                        "The court ended your " + order + " on " + w.date(first(facts.dischargedAt(),
                                facts.effectiveFrom())) + ". From then, " + r
                                + " is no longer bound by it, and doing what it forbade is no longer a breach of it.",
                        "If you are in danger, call 999.",
                        "If you are worried about your safety, tell us. We can talk about your safety plan and other "
                                + "ways to protect you, such as applying to the court for a new order."),
                        List.of(), List.of()));
                return new Script(title, sections);
            }
            case VARIED -> {
                title = "Your " + order + " has changed";
                sections.add(new Section(CHANGED, List.of("The court changed your " + order + " on "
                        + w.date(facts.effectiveFrom()) + ". This is what it says now."),
                        changes(w, clauses, previous, facts, previousFacts), List.of()));
            }
            case EXTENDED -> {
                title = "Your " + order + " has been extended";
                sections.add(new Section(CHANGED, List.of("The court extended your " + order + ". It "
                        + now(w.lastsPhrase()) + "."), List.of(), List.of()));
            }
            default -> {
                title = "Your " + order + " is lodged with the police";
                sections.add(new Section("About your order", introduction(w), List.of(), List.of()));
            }
        }
        sections.add(prohibitions(w, clauses));
        Section may = permissions(w, clauses);
        if (may != null) {
            sections.add(may);
        }
        sections.add(new Section(HOW_LONG, howLong(w), List.of(), List.of()));
        sections.add(new Section(String.format(BREACH, r), breach(w), List.of(), List.of()));
        return new Script(title, sections);
    }

    /** "lasts until ..." as "now lasts until ...". */
    private static String now(String lasts) {
        return lasts.startsWith("lasts") ? "now " + lasts : lasts;
    }

    private static Instant first(Instant a, Instant b) {
        return a != null ? a : b;
    }

    private static List<String> introduction(Writer w) {
        ScriptFacts f = w.facts;
        List<String> out = new ArrayList<>();
        if (f.type() == OrderType.UNDERTAKING) {
            out.add(w.respondent() + " has made a promise to the court (an undertaking)"
                    + (f.madeAt() == null ? "" : " on " + w.date(f.madeAt())) + " to protect you. The police now "
                    + "hold a record of it. I want to explain what it means and what to do if "
                    + w.respondent() + " breaks it.");
        } else {
            out.add("The court made a " + w.orderName() + " to protect you"
                    + (f.madeAt() == null ? "" : " on " + w.date(f.madeAt())) + ", and the police now hold it. I "
                    + "want to explain what it means and what to do if " + w.respondent() + " breaks it.");
        }
        out.add("The order is about what " + w.respondent() + " must not do. It does not stop you doing anything.");
        return out;
    }

    private static Section prohibitions(Writer w, ReadClauses clauses) {
        List<String> bullets = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Clause c : clauses.clauses()) {
            if (c.isProhibition()) {
                addOnce(bullets, w.prohibition(c));
            } else if (c.type() == ClauseType.OTHER && OBLIGES.matcher(c.text()).find()) {
                addOnce(after, "The order also says: \u201c" + w.quote(c.text()) + "\u201d");
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (bullets.isEmpty()) {
            paragraphs.add("The order as the police hold it lists nothing specific that " + w.respondent()
                    + " must not do. We will check its terms with the court and tell you.");
        } else {
            paragraphs.add(w.respondent() + " must not:");
        }
        return new Section(String.format(MUST_NOT, w.respondent()), paragraphs, bullets, after);
    }

    private static Section permissions(Writer w, ReadClauses clauses) {
        List<String> bullets = new ArrayList<>();
        for (Clause c : clauses.clauses()) {
            for (Clause.Exception e : c.exceptions()) {
                addOnce(bullets, w.permission(c, e));
            }
        }
        if (bullets.isEmpty()) {
            return null;
        }
        return new Section(String.format(MAY, w.respondent()), List.of("The order allows " + w.respondent()
                + " to:"), bullets, List.of("Anything else the order forbids is still a breach."));
    }

    private static List<String> howLong(Writer w) {
        ScriptFacts f = w.facts;
        List<String> out = new ArrayList<>();
        out.add("The order " + w.lastsPhrase() + ".");
        if (f.withoutNotice()) {
            out.add("The court made it without telling " + w.respondent() + " first.");
        }
        if (f.returnHearingAt() != null && f.duration() != DurationKind.UNTIL_NEXT_HEARING) {
            out.add("There will be another court hearing on " + w.dateTime(f.returnHearingAt())
                    + (blank(f.returnHearingCourt()) ? "" : " at " + f.returnHearingCourt().strip())
                    + ". The court may change or extend the order then, and we will tell you if it does.");
        }
        if (f.servedAt() != null) {
            out.add(w.respondent() + " was given the order (served) on " + w.date(f.servedAt()) + ".");
        } else {
            out.add("It applies to " + w.respondent() + " once they have been given it or told about it. As far as"
                    + " the police know, that has not happened yet: we will tell you when it has.");
        }
        return out;
    }

    private static List<String> breach(Writer w) {
        ScriptFacts f = w.facts;
        String r = w.respondent();
        List<String> out = new ArrayList<>();
        out.add("If " + r + " does any of these things, or gets someone else to, call 999 if you are in danger or it "
                + "is happening now. Otherwise call 101, say you have a " + w.orderName()
                + " and what happened.");
        out.add(switch (f.type()) {
            case NMO -> "Breaking a non-molestation order is a criminal offence (Family Law Act 1996, section 42A). "
                    + "The police can arrest " + r + " without a warrant. You do not have to go back to court.";
            case DAPO -> "Breaking a domestic abuse protection order is a criminal offence (Domestic Abuse Act 2021, "
                    + "section 39). The police can arrest " + r + " without a warrant.";
            case RESTRAINING_ORDER -> "Breaking a restraining order is a criminal offence (Protection from "
                    + "Harassment Act 1997, section 5). The police can arrest " + r + " without a warrant.";
            case STALKING_PROTECTION_ORDER -> "Breaking a stalking protection order is a criminal offence (Stalking "
                    + "Protection Act 2019, section 8). The police can arrest " + r + " without a warrant.";
            case DAPN -> "Breaking a domestic abuse protection notice is not itself a crime, but the police can "
                    + "arrest " + r + " and take them to court, which may then make a longer order.";
            case OCCUPATION_ORDER -> "Breaking an occupation order is contempt of court. Where the order has a "
                    + "power of arrest, the police can arrest " + r + "; otherwise you or your solicitor can ask the "
                    + "court to act.";
            case UNDERTAKING -> "Breaking an undertaking is not a crime, but it is contempt of court: tell the "
                    + "police and your solicitor, who can ask the court to act, and the court can punish it.";
        });
        out.add("Keep a note of what happened and when, and keep any messages, voicemails, screenshots or the names of"
                + " anyone who saw it. You are not breaking the order if " + r + " contacts you, and you are not "
                + "breaking it by replying, but it is safest not to.");
        return out;
    }

    /** What is new and what is no longer there, by comparing the plain-English lines of both versions. */
    private static List<String> changes(Writer w, ReadClauses now, ReadClauses before, ScriptFacts facts,
                                        ScriptFacts beforeFacts) {
        List<String> out = new ArrayList<>();
        if (before != null) {
            Writer old = new Writer(beforeFacts == null ? facts : beforeFacts);
            Set<String> nowLines = lines(w, now);
            Set<String> oldLines = lines(old, before);
            nowLines.stream().filter(l -> !oldLines.contains(l)).forEach(l -> out.add("New: " + l));
            oldLines.stream().filter(l -> !nowLines.contains(l)).forEach(l -> out.add("No longer in the order: "
                    + l));
        }
        if (beforeFacts != null && !Objects.equals(w.lastsPhrase(), new Writer(beforeFacts).lastsPhrase())) {
            out.add("How long it lasts: it " + now(w.lastsPhrase()) + ".");
        }
        if (out.isEmpty()) {
            out.add("The terms below are as before; the court changed other details of the order.");
        }
        return out;
    }

    private static Set<String> lines(Writer w, ReadClauses clauses) {
        Set<String> out = new LinkedHashSet<>();
        for (Clause c : clauses.clauses()) {
            if (c.isProhibition()) {
                out.add(w.respondent() + " must not " + w.prohibition(c));
            }
            c.exceptions().forEach(e -> out.add(w.respondent() + " may " + w.permission(c, e)));
        }
        return out;
    }

    private static void addOnce(List<String> list, String line) {
        if (!list.contains(line)) {
            list.add(line);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The phrasing, bound to one order and one listener. */
    static final class Writer {
        final ScriptFacts facts;
        private final ConfidentialValues home;

        Writer(ScriptFacts facts) {
            this.facts = facts;
            // The listener's own addresses, treated as confidential whatever the order says: a place there is "your
            // home", so that their address is never written out, even when the court did not mark it C8.
            List<Address> own = facts.listenerAddresses().stream()
                    .map(a -> new Address(a.line1(), a.line2(), a.town(), a.postcode(), true)).toList();
            this.home = ConfidentialValues.of(own, List.of());
        }

        String respondent() {
            return blank(facts.respondentName()) ? "the respondent" : facts.respondentName().strip();
        }

        String orderName() {
            return facts.type().label().toLowerCase(Locale.UK);
        }

        String date(Instant at) {
            return at == null ? "a date not yet recorded" : DATE.format(at.atZone(UK));
        }

        String dateTime(Instant at) {
            ZonedDateTime t = at.atZone(UK);
            String time = t.getHour() == 0 && t.getMinute() == 0 ? "" : " at " + time(t);
            return DATE.format(t) + time;
        }

        private static String time(ZonedDateTime t) {
            if (t.getHour() == 12 && t.getMinute() == 0) {
                return "midday";
            }
            String text = TIME.format(t).toLowerCase(Locale.UK);
            return text.replace(":00", "");
        }

        String lastsPhrase() {
            ScriptFacts f = facts;
            if (f.duration() == DurationKind.UNTIL_FURTHER_ORDER) {
                return "has no end date: it lasts until a court changes or ends it";
            }
            if (f.duration() == DurationKind.UNTIL_NEXT_HEARING) {
                return f.returnHearingAt() == null ? "lasts until the next court hearing"
                        : "lasts until the next court hearing, on " + dateTime(f.returnHearingAt())
                        + (blank(f.returnHearingCourt()) ? "" : " at " + f.returnHearingCourt().strip());
            }
            return f.endsAt() == null ? "lasts until a date the police have not yet been told: we will tell you"
                    : "lasts until " + dateTime(f.endsAt());
        }

        /** Wording quoted from the order, with every confidential value withheld and the listener's home named so. */
        String quote(String text) {
            String t = home.isEmpty() ? text : replaceHome(text);
            return facts.confidential().redact(t).strip();
        }

        private String replaceHome(String text) {
            String redacted = home.redact(text);
            return redacted.replace(ConfidentialValues.REDACTED, "[your home]")
                    .replaceAll("(\\[your home\\][,\\s]*)+\\[your home\\]", "[your home]");
        }

        /** Whom a clause protects, as the listener hears it. */
        String whom(Clause c) {
            List<String> parts = new ArrayList<>();
            boolean you = false;
            for (Clause.Protected p : c.protects()) {
                switch (p.party()) {
                    case APPLICANT -> {
                        if (facts.listenerIsApplicant()) {
                            you = true;
                        } else {
                            parts.add(blank(facts.applicantName()) ? "the applicant" : facts.applicantName().strip());
                        }
                    }
                    case NAMED_CHILDREN -> parts.add(children(p.names()));
                    case OTHER_NAMED_PERSONS -> {
                        List<String> others = new ArrayList<>();
                        for (String name : p.names()) {
                            if (isListener(name)) {
                                you = true;
                            } else {
                                others.add(name);
                            }
                        }
                        if (!others.isEmpty()) {
                            parts.add(join(others, "and"));
                        } else if (p.names().isEmpty()) {
                            parts.add("the other people named in the order");
                        }
                    }
                }
            }
            if (c.protects().isEmpty()) {
                // "contact her", or a clause that names no one: the court's pronoun means the applicant.
                if (facts.listenerIsApplicant()) {
                    you = true;
                } else {
                    parts.add(blank(facts.applicantName()) ? "the applicant" : facts.applicantName().strip());
                }
            }
            if (you) {
                parts.add(0, "you");
            }
            return join(parts, "or");
        }

        private String children(List<String> names) {
            List<String> given = names.isEmpty() ? facts.childrenNames() : names;
            return given.isEmpty() ? "the children named in the order" : "the children (" + join(given, "and") + ")";
        }

        /** A protected name in a clause ("Mrs Hart", "Susan") is the listener when its words are all in their name. */
        boolean isListener(String name) {
            if (blank(name) || blank(facts.listenerName())) {
                return false;
            }
            Set<String> listener = words(facts.listenerName());
            Set<String> named = words(name);
            named.removeIf(word -> TITLE.matcher(word).matches());
            return !named.isEmpty() && listener.containsAll(named);
        }

        private static Set<String> words(String name) {
            Set<String> out = new LinkedHashSet<>();
            for (String word : name.toLowerCase(Locale.UK).split("[^\\p{L}'.-]+")) {
                if (!word.isBlank()) {
                    out.add(word.replace(".", ""));
                }
            }
            return out;
        }

        /** A place, as the listener hears it: their own address is "your home", a confidential one is not written. */
        String place(Clause.Place p, Clause c) {
            String address = p.address();
            boolean theirs = address != null && home.appearsIn(address);
            boolean protectsListener = whom(c).startsWith("you");
            if (theirs || (p.kind() == Clause.PlaceKind.HOME && address == null && protectsListener)) {
                return "your home";
            }
            String kind = kindWord(p.kind(), protectsListener);
            if (address == null || address.isBlank() || address.startsWith("[")) {
                return kind;
            }
            if (facts.confidential().appearsIn(address)) {
                return p.kind() == Clause.PlaceKind.OTHER ? "an address named in the order (kept confidential)"
                        : kind + " named in the order (its address is kept confidential)";
            }
            return switch (p.kind()) {
                case OTHER, STREET_OR_AREA -> address.strip();
                case HOME -> kind + " at " + address.strip();
                default -> kind + ", " + address.strip();
            };
        }

        private String kindWord(Clause.PlaceKind kind, boolean yours) {
            String owner = yours ? "your " : "the ";
            return switch (kind) {
                case HOME -> facts.listenerIsApplicant() || yours ? owner + "home"
                        : (blank(facts.applicantName()) ? "the applicant" : facts.applicantName().strip()) + "'s home";
                case WORKPLACE -> owner + "workplace";
                case SCHOOL -> "the school";
                case NURSERY -> "the nursery";
                case CHILDMINDER -> "the childminder's";
                case STREET_OR_AREA -> "the area named in the order";
                case OTHER -> "the place named in the order";
            };
        }

        private String places(Clause c) {
            return join(c.places().stream().map(p -> place(p, c)).distinct().toList(), "or");
        }

        /** What the clause forbids, as the end of "{respondent} must not ...". */
        String prohibition(Clause c) {
            String whom = whom(c);
            String text = switch (c.type()) {
                case VIOLENCE -> "use or threaten violence against " + whom;
                case INTIMIDATION -> "intimidate, harass, pester or follow " + whom
                        + (c.places().isEmpty() ? "" : " at " + places(c));
                case CONTACT -> contact(c, whom);
                case PROXIMITY -> proximity(c, whom);
                case ENTRY -> "go to, enter or try to enter " + (c.places().isEmpty() ? "the places named in the order"
                        : places(c));
                case PROPERTY_DAMAGE -> "damage, try to damage or threaten to damage " + property(c, whom);
                case PUBLICATION -> "post, publish or share anything about " + whom + ", including photos or "
                        + "private information, online or anywhere else";
                default -> throw new IllegalArgumentException("not a prohibition: " + c.type());
            };
            if (!c.timeLimits().isEmpty()) {
                text += " (" + c.timeLimits().stream().map(String::strip).collect(Collectors.joining(", ")) + ")";
            }
            boolean othersCovered = c.coversOthersActing() || (c.indirect() && c.type() != ClauseType.CONTACT);
            if (othersCovered && c.type() != ClauseType.CONTACT) {
                text += ", or get anyone else to do so";
            }
            return text;
        }

        private String contact(Clause c, String whom) {
            Set<Clause.Channel> channels = c.channels();
            List<String> means = new ArrayList<>();
            for (Clause.Channel ch : channels) {
                switch (ch) {
                    case PHONE -> means.add("phone");
                    case TEXT -> means.add("text message");
                    case EMAIL -> means.add("email");
                    case SOCIAL_MEDIA -> means.add("social media (messages, tags, comments or posts aimed at "
                            + (whom.startsWith("you") ? "you" : "them") + ")");
                    case POST -> means.add("letters, cards or gifts");
                    default -> {
                    }
                }
            }
            boolean inPerson = channels.contains(Clause.Channel.IN_PERSON);
            boolean any = channels.contains(Clause.Channel.ANY) || (means.isEmpty() && !inPerson);
            String text = "contact " + whom;
            if (any) {
                text += " in any way" + (means.isEmpty() ? "" : ", including by " + join(means, "or"));
            } else if (means.isEmpty()) {
                text += " in person";
            } else {
                text += " by " + join(means, "or") + (inPerson ? " or in person" : "");
            }
            if (c.indirect() || c.coversOthersActing()) {
                text += ", or ask anyone else (friends, family or anyone) to contact " + whom + " for them";
            }
            return text;
        }

        private String proximity(Clause c, String whom) {
            String distance = c.distanceMetres() == null ? null : distance(c.distanceMetres());
            String target = c.places().isEmpty() ? whom : places(c);
            return distance == null ? "go near " + target : "go within " + distance + " of " + target;
        }

        private String property(Clause c, String whom) {
            if (!c.places().isEmpty()) {
                return places(c) + " or anything in it";
            }
            return whom.equals("you") ? "anything you own or have" : "anything owned by " + whom;
        }

        /** A permitted act, as the end of "The order allows {respondent} to: ...". */
        String permission(Clause c, Clause.Exception e) {
            return switch (e.kind()) {
                case SOLICITORS -> "contact you through solicitors (a solicitor writing to you or to your "
                        + "solicitor)";
                case MEDIATION -> "take part in mediation, if you agree to it";
                case COURT -> "be at court hearings about the case, and contact you as the court allows";
                case CHILD_ARRANGEMENTS -> "make arrangements for the children only as the order says: \u201c"
                        + quote(asWritten(c, e)) + "\u201d";
                case OTHER -> "do what the order allows: \u201c" + quote(asWritten(c, e)) + "\u201d";
            };
        }
    }

    /** The exception as the court wrote it (the reading keeps it in lower case), found in the clause's text. */
    static String asWritten(Clause c, Clause.Exception e) {
        int at = c.text().toLowerCase(Locale.ROOT).indexOf(e.text().toLowerCase(Locale.ROOT));
        String text = at < 0 ? e.text() : c.text().substring(at, at + e.text().length());
        return text.strip().replaceAll("[.;,]+$", "");
    }

    /** A distance in words: metres under a kilometre, a whole or half mile, else kilometres. */
    static String distance(int metres) {
        if (metres < 1000) {
            return metres + (metres == 1 ? " metre" : " metres");
        }
        double miles = metres / 1609.344;
        double halves = Math.round(miles * 2) / 2.0;
        if (Math.abs(miles - halves) * 1609.344 <= 5) {
            if (halves == 1) {
                return "1 mile";
            }
            return (halves == Math.floor(halves) ? String.valueOf((int) halves) : String.valueOf(halves)) + " miles";
        }
        double km = Math.round(metres / 100.0) / 10.0;
        if (km == 1) {
            return "1 kilometre";
        }
        return (km == Math.floor(km) ? String.valueOf((int) km) : String.valueOf(km)) + " kilometres";
    }

    /** "a", "a or b", "a, b or c". */
    static String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }
}
