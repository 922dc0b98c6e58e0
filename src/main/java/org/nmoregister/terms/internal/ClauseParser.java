package org.nmoregister.terms.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.places.WrittenAddress;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.Clause.Channel;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.Party;
import org.nmoregister.terms.Clause.Place;
import org.nmoregister.terms.Clause.PlaceKind;
import org.nmoregister.terms.Clause.Protected;
import org.nmoregister.terms.Clause.Span;
import org.nmoregister.terms.ClauseType;

/** Reads court wording into clauses, by the rules in {@link Lexicon}. Deterministic and stateless. */
public final class ClauseParser {

    /**
     * The version of the reading rules. Raise it with any change that alters a reading (a lexicon entry, a rule, the
     * splitter), so that stored readings say which rules made them and the re-read command (docs/terms.md) can find
     * the ones made before.
     */
    public static final int VERSION = 4; // 2: a carve-out written before its ban; several persons named after the act
    // 3: a street named after a place word ("Church Road"); a premises' name before its address; the ban's subject
    // 4: a general third-party term reaches every prohibition; a ban only through others; telephone numbers and
    //    e-mail addresses as channels; parts of the day in the plural ("during the evenings"); a person the order names
    //    as the applicant or a child is that party in every term; a name after a run of acts ("harass or pester Jo")


    private static final Pattern NAME_TOKEN = Pattern.compile("(?:(?:Mr|Mrs|Ms|Miss|Dr|Master)\\.?\\s+)?"
            + "\\p{Lu}[\\p{L}'\\-]*\\p{L}");
    private static final Pattern ADDRESS_LEAD = Pattern.compile("^('s)?\\s*,?\\s*(?:\\(\\s*)?(?:(at|known as|situated at|"
            + "located at|being|namely|called|named|of|on|in|:|-)\\s+)?");
    private static final Pattern ADDRESS_END = Pattern.compile("\\s*(?:[;()]|,?\\s+(?:and|or|nor|save|except|unless|"
            + "other than|whether|including|but|provided|during|between|where|which|whilst|while|for the|at any time|"
            + "until|directly|indirectly|or any|apart from|if|when)\\b|(?<!\\b(?:st|rd|no|ave|mt))\\.(?:\\s|$)|$|,\\s*"
            + "(?:(?:and|or)\\s+)?(?:must|shall|will|not|to|the respondent))");
    private static final Pattern NAME_AFTER_ACT = Pattern.compile("[\\s,]+(?:(?:or|and|attempt|to|against|towards|with|"
            + "about|of|in|any|way|directly|indirectly|contact|communicate|approach|otherwise|intimidate|harass|pester|"
            + "molest|threaten|assault|abuse|hit|kick|punch|push|harm|hurt|follow|stalk|watch|besiege)[\\s,]+){0,6}(?=\\p{Lu})");
    private static final Pattern NUMBER_AFTER_NAME = Pattern.compile("(^|,\\s*)\\d");
    /**
     * A carve-out that opens the sentence or its item ("Save for ...", "(a) other than ..."); "Save that ..." grants
     * a permission.
     */
    private static final Pattern LEADING_CARVE_OUT = Pattern.compile("^\\s*(?:\\(?(?:[a-z]|[ivx]+|\\d{1,2})[.)]\\s*)?"
            + "(save|except\\w*|other than|unless|apart from|with the exception of|but for)\\b(?!\\s+that\\b)");
    /** The comma a ban's subject follows: "..., the respondent must not", "..., he shall not", "..., Mr Smith ...". */
    private static final Pattern SUBJECT_AFTER_COMMA = Pattern.compile(",\\s*(?=(?:the )?(?:respondent|defendant)\\b|"
            + "(?:he|she|they|you)\\b|(?:mr|mrs|ms|miss|dr)\\.?\\s)");
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:the )?(?:respondent|defendant)\\b|\\b(?:he|she|they|"
            + "you)\\b");
    /**
     * A street by its name ("Church Road", "Library Close", "St Mary's Way"): capitalised words and a thoroughfare
     * type, capitalised too. Its words are one street, not a church and a road; read only where the clause is not all
     * capitals.
     */
    private static final Pattern NAMED_STREET = Pattern.compile("(?<![\\p{L}'’])(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3}"
            + "(?:Road|Street|Avenue|Lane|Drive|Crescent|Close|Way|Terrace|Grove|Square|Gardens|Place|Walk|Row|Rise|"
            + "Mews|Parade)\\b");
    /** A premises' name before its address ("Boots, ", "Marks & Spencer, "): its last word just before the comma. */
    private static final Pattern PREMISES_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d'’\\-]*|&");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");

    public List<Clause> parse(String text) {
        return parseEach(List.of(text));
    }

    /**
     * Each term's clauses apart, numbered on through all of them: the same clauses as {@link #parseEach}, with the
     * term each came from.
     */
    public List<List<Clause>> parseEachSeparately(List<String> terms) {
        List<List<Clause>> out = new ArrayList<>();
        int index = 0;
        for (String term : terms) {
            List<Clause> ofTerm = new ArrayList<>();
            for (ClauseSplitter.Piece piece : ClauseSplitter.split(term)) {
                ofTerm.add(read(++index, piece));
            }
            out.add(ofTerm);
        }
        List<Clause> all = out.stream().flatMap(List::stream).toList();
        boolean general = all.stream().anyMatch(ClauseParser::isGeneralThirdPartyTerm);
        Map<Party, List<String>> named = namedParties(all);
        return out.stream().map(term -> asOneOrder(term, general, named)).toList();
    }

    public List<Clause> parseEach(List<String> terms) {
        List<Clause> clauses = new ArrayList<>();
        for (String term : terms) {
            for (ClauseSplitter.Piece piece : ClauseSplitter.split(term)) {
                clauses.add(read(clauses.size() + 1, piece));
            }
        }
        return asOneOrder(clauses, clauses.stream().anyMatch(ClauseParser::isGeneralThirdPartyTerm),
                namedParties(clauses));
    }

    /** What one term says about the others: a general third-party term, and who the applicant and children are. */
    private static List<Clause> asOneOrder(List<Clause> clauses, boolean general, Map<Party, List<String>> named) {
        List<Clause> out = general ? reachingOthers(clauses) : clauses;
        return named.isEmpty() ? out : out.stream().map(c -> withPartiesNamedElsewhere(c, named)).toList();
    }

    /** The names the order gives the applicant and the children, from the terms that name them as such. */
    private static Map<Party, List<String>> namedParties(List<Clause> clauses) {
        Map<Party, List<String>> named = new EnumMap<>(Party.class);
        for (Clause c : clauses) {
            for (Protected p : c.protects()) {
                if (p.party() != Party.OTHER_NAMED_PERSONS && !p.names().isEmpty()) {
                    named.computeIfAbsent(p.party(), k -> new ArrayList<>()).addAll(p.names());
                }
            }
        }
        return named;
    }

    /**
     * "1. ... against the applicant Ms Sarah Webb. 2. Mr Webb must not contact Ms Webb ...": a person another term
     * names as the applicant (or as a child) is that party here too, not a stranger the term protects instead of her;
     * read otherwise, contacting the applicant would not be judged against term 2.
     */
    private static Clause withPartiesNamedElsewhere(Clause c, Map<Party, List<String>> named) {
        Protected others = c.protects().stream().filter(p -> p.party() == Party.OTHER_NAMED_PERSONS).findFirst()
                .orElse(null);
        if (others == null) {
            return c;
        }
        Map<Party, List<String>> moved = new EnumMap<>(Party.class);
        List<String> stillOthers = new ArrayList<>();
        for (String name : others.names()) {
            Party party = named.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(known -> PersonNames.samePerson(name, known)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (party == null) {
                stillOthers.add(name);
            } else {
                moved.computeIfAbsent(party, k -> new ArrayList<>()).add(name);
            }
        }
        if (moved.isEmpty()) {
            return c;
        }
        Map<Party, List<String>> parties = new EnumMap<>(Party.class);
        for (Protected p : c.protects()) {
            if (p.party() != Party.OTHER_NAMED_PERSONS) {
                parties.put(p.party(), new ArrayList<>(p.names()));
            }
        }
        moved.forEach((party, names) -> parties.computeIfAbsent(party, k -> new ArrayList<>()).addAll(names));
        List<Protected> protects = new ArrayList<>();
        parties.forEach((party, names) -> protects.add(new Protected(party, names)));
        if (!stillOthers.isEmpty()) {
            protects.add(new Protected(Party.OTHER_NAMED_PERSONS, stillOthers));
        }
        return new Clause(c.index(), c.text(), c.type(), protects, c.channels(), c.direct(), c.indirect(),
                c.coversOthersActing(), c.places(), c.distanceMetres(), c.timeLimits(), c.exceptions(), c.spans());
    }

    /**
     * A general third-party term: "The respondent must not instruct, encourage or in any way suggest that any other
     * person should do any of the things forbidden by this order", on its own or ending a list ("... do any of those
     * things"). It reaches every prohibition of the order, wherever it stands.
     */
    public static boolean isGeneralThirdPartyTerm(Clause c) {
        return c.coversOthersActing() && (c.type() == ClauseType.OTHER
                || Lexicon.GENERAL_OTHERS.matcher(c.text().toLowerCase(Locale.ROOT)).find());
    }

    /**
     * Every prohibition of an order with a general third-party term, read as reaching people acting for the
     * respondent, so that an officer judging a friend's act against one term alone gets the order's answer. Whether a
     * contact ban reaches indirect contact stays its own wording's: a message passed on by someone the respondent did
     * not ask is not something he instructed, so "must not telephone her" still needs "directly or indirectly".
     */
    private static List<Clause> reachingOthers(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            if (c.isProhibition() && !c.coversOthersActing()) {
                c = new Clause(c.index(), c.text(), c.type(), c.protects(), c.channels(), c.direct(), c.indirect(), true,
                        c.places(), c.distanceMetres(), c.timeLimits(), c.exceptions(), c.spans());
            }
            out.add(c);
        }
        return out;
    }

    /** The reading of one piece; package-visible for tests. */
    Clause read(int index, ClauseSplitter.Piece piece) {
        String text = piece.text();
        Analysis a = new Analysis(text);
        String lower = a.lower;
        String stem = piece.stem().toLowerCase(Locale.ROOT);
        List<Span> spans = new ArrayList<>();

        boolean coversOthers = false;
        Matcher others = Lexicon.OTHERS_ACTING.matcher(lower);
        if (others.find()) {
            coversOthers = true;
            spans.add(a.span("coversOthersActing", others.start(), others.end()));
        } else if (Lexicon.OTHERS_ACTING.matcher(stem).find()) {
            coversOthers = true;
        }

        // the body: what is forbidden, without the third-party tail and without carve-outs
        char[] body = lower.toCharArray();
        char[] bodyWithTail = lower.toCharArray(); // carve-outs blanked, the third-party words kept
        boolean tailFound = false;
        Matcher tail = Lexicon.OTHERS_TAIL.matcher(lower);
        while (tail.find()) {
            blank(body, tail.start(), tail.end());
            tailFound = true;
        }
        Matcher prohibition = Lexicon.PROHIBITION.matcher(lower);
        int prohibitionAt = prohibition.find() ? prohibition.start() : -1;
        Matcher permission = Lexicon.PERMISSION.matcher(lower);
        int permissionAt = permission.find() ? permission.start() : -1;
        boolean stemForbids = !stem.isEmpty() && Lexicon.PROHIBITION.matcher(stem).find();
        boolean isException = permissionAt >= 0 && (prohibitionAt < 0 || permissionAt < prohibitionAt)
                && !(stemForbids && prohibitionAt < 0 && permissionAt > 0);

        // "Except through solicitors, the respondent must not contact the applicant": a carve-out written first is
        // still a carve-out of the ban that follows it, as "... must not contact the applicant except through
        // solicitors" is; only wording that forbids nothing after its carve-out is an EXCEPTION clause
        Matcher leading = LEADING_CARVE_OUT.matcher(lower);
        int leadingEnd = leading.lookingAt() && (isException || prohibitionAt < 0 || prohibitionAt > leading.start(1))
                ? leadingCarveOutEnd(lower, leading.start(1), prohibitionAt, stemForbids) : -1;
        if (leadingEnd > 0) {
            isException = false;
        }

        List<Clause.Exception> exceptions = new ArrayList<>();
        int exceptionAt = -1;
        int leadingStart = -1;
        int leadingStop = -1;
        if (isException) {
            for (String partText : exceptionParts(lower, 0, lower.length())) {
                exceptions.add(new Clause.Exception(exceptionKind(partText), partText));
            }
            spans.add(a.span("exception", 0, lower.length()));
        } else {
            int from = Math.max(prohibitionAt, 0);
            if (leadingEnd > 0) {
                leadingStart = leading.start(1);
                leadingStop = trimmedEnd(body, leadingStart, leadingEnd);
                String original = text.substring(a.orig(leadingStart), a.origEnd(leadingStop)).strip();
                for (String partText : exceptionParts(original, 0, original.length())) {
                    exceptions.add(new Clause.Exception(exceptionKind(partText.toLowerCase(Locale.ROOT)), partText));
                }
                spans.add(a.span("exception", leadingStart, leadingStop));
                blank(body, leadingStart, leadingStop);
                blank(bodyWithTail, leadingStart, leadingStop);
                from = Math.max(from, leadingStop);
            }
            // and one written after the ban: "Unless the court orders otherwise, ... except through solicitors"
            Matcher marker = Lexicon.EXCEPTION_MARKER.matcher(new String(body));
            while (marker.find()) {
                if (marker.start() > from) {
                    exceptionAt = marker.start();
                    break;
                }
            }
            if (exceptionAt >= 0) {
                int end = exceptionEnd(body, exceptionAt);
                String original = text.substring(a.orig(exceptionAt), a.origEnd(end)).strip();
                for (String partText : exceptionParts(original, 0, original.length())) {
                    exceptions.add(new Clause.Exception(exceptionKind(partText.toLowerCase(Locale.ROOT)), partText));
                }
                spans.add(a.span("exception", exceptionAt, end));
                blank(body, exceptionAt, end);
                blank(bodyWithTail, exceptionAt, end);
            }
        }
        String bodyText = new String(body);
        if (Lexicon.CHILDREN.matcher(bodyText).find()) {
            exceptions = new ArrayList<>(exceptions.stream().map(e -> e.kind() == ExceptionKind.OTHER
                    && Lexicon.ARRANGED.matcher(e.text().toLowerCase(Locale.ROOT)).find()
                    ? new Clause.Exception(ExceptionKind.CHILD_ARRANGEMENTS, e.text()) : e).toList());
        }

        // type: the earliest act named after "must not" (longest wins a tie)
        ClauseType type = ClauseType.OTHER;
        int typeStart = -1;
        int typeEnd = -1;
        int scanFrom = prohibitionAt >= 0 ? prohibitionAt : 0;
        List<int[]> vague = new ArrayList<>();
        for (Pattern pattern : Lexicon.VAGUE) {
            Matcher m = pattern.matcher(bodyText);
            while (m.find()) {
                vague.add(new int[] {m.start(), m.end()});
            }
        }
        boolean specific = false;
        if (!isException) {
            for (Lexicon.Rule<ClauseType> rule : Lexicon.ACTS) {
                Matcher m = rule.pattern().matcher(bodyText);
                while (m.find()) {
                    if (m.start() < scanFrom) {
                        continue;
                    }
                    boolean inVague = overlaps(vague, m.start(), m.end());
                    if (!inVague) {
                        specific = true;
                    }
                    int start = m.start();
                    int end = m.end();
                    boolean better = typeStart < 0 || (inVague ? false : typeIsVague(vague, typeStart, typeEnd))
                            || (!inVague || typeIsVague(vague, typeStart, typeEnd))
                            && (start < typeStart || start == typeStart && end > typeEnd);
                    if (better) {
                        type = rule.value();
                        typeStart = start;
                        typeEnd = end;
                    }
                    if (!inVague) {
                        break; // a vague word ("abusive") must not hide specific conduct later in the clause
                    }
                }
            }
        }
        // "must not instruct any other person to contact the applicant on his behalf": the act is forbidden only
        // through others, so it is read from the third-party words themselves, and the respondent's own act is not
        // what this term forbids
        boolean onlyThroughOthers = false;
        if (type == ClauseType.OTHER && tailFound && !isException && vague.isEmpty()
                && (prohibitionAt >= 0 || stemForbids)) {
            String withTail = new String(bodyWithTail);
            for (Lexicon.Rule<ClauseType> rule : Lexicon.ACTS) {
                Matcher m = rule.pattern().matcher(withTail);
                while (m.find()) {
                    if (m.start() < scanFrom) {
                        continue;
                    }
                    if (typeStart < 0 || m.start() < typeStart || m.start() == typeStart && m.end() > typeEnd) {
                        type = rule.value();
                        typeStart = m.start();
                        typeEnd = m.end();
                    }
                    break;
                }
            }
            if (typeStart >= 0) {
                onlyThroughOthers = true;
                specific = true;
                bodyText = withTail;
            }
        }
        // a heading, a label ("Case No: NT123") or a notice forbids nothing, whatever words it uses
        boolean forbids = prohibitionAt >= 0 || stemForbids;
        if (!forbids && !isException && (Lexicon.NOTICE.matcher(lower).find() || Lexicon.LABEL.matcher(text).find())) {
            type = ClauseType.OTHER;
            typeStart = -1;
            vague.clear();
            spans.add(a.span("notice", 0, lower.length()));
        }
        // "must notify the police of his home address within 3 days": a positive requirement, with no place in it
        boolean notificationDuty = !forbids && !isException
                && (Lexicon.NOTIFICATION_REQUIREMENTS.matcher(lower).find()
                || Lexicon.NOTIFICATION_DUTY.matcher(lower).find() && Lexicon.NOTIFIED_FACTS.matcher(lower).find());
        if (notificationDuty) {
            type = ClauseType.OTHER;
            typeStart = -1;
            vague.clear();
            spans.add(a.span("requirement", 0, lower.length()));
        }
        // "send or post material about the applicant" is publication to others, not contact with her
        if (type == ClauseType.CONTACT && Lexicon.ABOUT_SOMEONE.matcher(bodyText).find()) {
            Matcher m = Lexicon.PUBLICATION_ABOUT.matcher(bodyText);
            if (m.find() && m.start() >= scanFrom) {
                type = ClauseType.PUBLICATION;
                typeStart = m.start();
                typeEnd = m.end();
            }
        }
        boolean isVague = !isException && !vague.isEmpty() && !specific;
        if (typeStart >= 0) {
            spans.add(a.span("type", typeStart, typeEnd));
        }

        Distances.Found distance = Distances.find(bodyText);
        Integer metres = null;
        if (distance != null && type != ClauseType.EXCEPTION && !notificationDuty) {
            metres = distance.metres();
            spans.add(a.span("distanceMetres", distance.start(), distance.end()));
            if (type == ClauseType.ENTRY || type == ClauseType.OTHER) {
                type = ClauseType.PROXIMITY;
            }
        }
        if (isException) {
            type = ClauseType.EXCEPTION;
        }

        // whom it protects
        String partyText = isException ? lower : bodyText;
        List<Protected> protects = protectedParties(a, partyText, spans);
        if (protects.isEmpty() && !stem.isEmpty()) {
            protects = protectedParties(new Analysis(piece.stem()), stem, new ArrayList<>());
        }
        // in capitals ("USE VIOLENCE AGAINST THE CHILDREN") a name cannot be told from a word: only when none else
        boolean shouting = !text.chars().anyMatch(Character::isLowerCase);
        if (typeEnd > 0 && (protects.isEmpty() || !shouting) && (type == ClauseType.CONTACT
                || type == ClauseType.INTIMIDATION || type == ClauseType.VIOLENCE || type == ClauseType.PUBLICATION
                || type == ClauseType.PROXIMITY)) {
            // "must not contact Jane Doe": a person named with no party word
            Matcher lead = NAME_AFTER_ACT.matcher(text);
            lead.region(a.origEnd(typeEnd), text.length());
            if (lead.lookingAt()) {
                List<String> named = names(a, a.lowerIndex(lead.end()));
                if (!named.isEmpty()) {
                    // also when a title gave one of them already: "Jane Doe or Mr Ben Smith" is both of them
                    protects = withNamedPersons(protects, named);
                }
            }
        }
        if (protects.isEmpty() && type != ClauseType.EXCEPTION && type != ClauseType.OTHER
                && Pattern.compile("\\b(her|him|them|she|he|they)\\b").matcher(partyText).find()) {
            protects = List.of(new Protected(Party.APPLICANT, List.of()));
        }

        // channels (contact clauses)
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (type == ClauseType.CONTACT) {
            for (Lexicon.Rule<Channel> rule : Lexicon.CHANNELS) {
                Matcher m = rule.pattern().matcher(bodyText);
                if (m.find()) {
                    channels.add(rule.value());
                    spans.add(a.span("channels", m.start(), m.end()));
                }
            }
            if (channels.isEmpty()) {
                channels.add(Channel.ANY);
            }
        }

        Matcher indirectMatch = Lexicon.INDIRECT.matcher(lower);
        boolean indirect = false;
        boolean indirectFound = false;
        while (indirectMatch.find()) {
            // "through a third party" in a carve-out is what is allowed, not what is forbidden; a carve-out
            // written first ends before the ban, so the ban's own "indirectly" after it still counts
            if (indirectMatch.start() >= leadingStart && indirectMatch.start() < leadingStop) {
                continue;
            }
            indirectFound = exceptionAt < 0 || indirectMatch.start() < exceptionAt;
            break;
        }
        if (indirectFound) {
            indirect = true;
            spans.add(a.span("indirect", indirectMatch.start(), indirectMatch.end()));
        } else if (Lexicon.INDIRECT.matcher(stem).find()) {
            indirect = true;
        }
        if (coversOthers && (type == ClauseType.CONTACT || type == ClauseType.PUBLICATION)) {
            indirect = true; // getting another person to contact her is indirect contact
        }
        boolean direct = type != ClauseType.EXCEPTION && type != ClauseType.OTHER && !onlyThroughOthers;
        // "must not contact her through a third party only": not her own contact ("directly" is DIRECT_ONLY's)
        if (indirect && !Lexicon.DIRECT_ONLY.matcher(lower).find()
                && lower.matches("(?s).*\\b(indirectly|through a third party|via a third party)\\b.*")
                && lower.contains("only")) {
            direct = false;
        }

        List<Place> places = notificationDuty ? List.of() : places(a, text, bodyText, spans);
        List<String> timeLimits = new ArrayList<>();
        Matcher time = Lexicon.TIME_LIMIT.matcher(lower);
        while (time.find()) {
            timeLimits.add(text.substring(a.orig(time.start()), a.origEnd(time.end())));
            spans.add(a.span("timeLimit", time.start(), time.end()));
        }
        if (isVague) {
            spans.add(a.span("vague", vague.get(0)[0], vague.get(0)[1]));
        }
        if (type == ClauseType.OTHER && Lexicon.GENERAL_OTHERS.matcher(lower).find() && coversOthers) {
            spans.add(a.span("general", 0, lower.length()));
        }
        return new Clause(index, text, type, protects, channels, direct, indirect, coversOthers, places, metres,
                timeLimits, exceptions, spans);
    }

    private static boolean typeIsVague(List<int[]> vague, int start, int end) {
        return overlaps(vague, start, end);
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end && i < chars.length; i++) {
            chars[i] = ' ';
        }
    }

    /** "Except through solicitors, " to the end of its words, without the comma and spaces after them. */
    private static int trimmedEnd(char[] body, int from, int end) {
        while (end > from && (body[end - 1] == ' ' || body[end - 1] == ',' || body[end - 1] == ';')) {
            end--;
        }
        return end;
    }

    /**
     * Where a carve-out written before its ban ends ("Save for contact through solicitors, Cafcass or mediation,
     * the respondent must not ..."), or -1 when the wording is no such carve-out or forbids nothing after it. The
     * carve-out ends at the first comma the ban's subject follows (a comma inside the carve-out, or after the
     * subject, "the respondent, whether by himself or ..., must not", does not end it); else at the last comma
     * before the ban; else where the subject begins ("Unless through a solicitor the respondent must not ...").
     * Under a stem that forbids ("The respondent must not: (a) except through solicitors, contact the applicant")
     * it ends at the first comma an act follows.
     */
    static int leadingCarveOutEnd(String lower, int start, int prohibitionAt, boolean stemForbids) {
        if (prohibitionAt > start) {
            Matcher subjectAfterComma = SUBJECT_AFTER_COMMA.matcher(lower);
            subjectAfterComma.region(start, prohibitionAt);
            if (subjectAfterComma.find()) {
                return subjectAfterComma.start();
            }
            int comma = lower.lastIndexOf(',', prohibitionAt);
            if (comma > start) {
                return comma;
            }
            Matcher subject = SUBJECT.matcher(lower);
            subject.region(start, prohibitionAt);
            int last = -1;
            while (subject.find()) {
                last = subject.start();
            }
            return last > start ? last : prohibitionAt;
        }
        if (prohibitionAt < 0 && stemForbids) {
            for (int comma = lower.indexOf(',', start); comma > 0; comma = lower.indexOf(',', comma + 1)) {
                int next = comma + 1;
                while (next < lower.length() && lower.charAt(next) == ' ') {
                    next++;
                }
                for (Lexicon.Rule<ClauseType> rule : Lexicon.ACTS) {
                    Matcher act = rule.pattern().matcher(lower);
                    if (act.find(next) && act.start() == next) {
                        return comma;
                    }
                }
            }
        }
        return -1;
    }

    /** A carve-out runs to the end of the clause, or to where a new prohibition starts. */
    private static int exceptionEnd(char[] body, int from) {
        String rest = new String(body, from, body.length - from);
        Matcher again = Pattern.compile(",?\\s+(and|but)\\s+(must|shall|will) not\\b").matcher(rest);
        int end = again.find() ? from + again.start() : body.length;
        while (end > from && (body[end - 1] == ' ' || body[end - 1] == '.' || body[end - 1] == ',')) {
            end--;
        }
        return end;
    }

    /** "save through solicitors or as necessary for child arrangements" is two carve-outs. */
    private static List<String> exceptionParts(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        for (String part : text.substring(start, end).split(",?\\s+or\\s+(?=(as|for|to|through|via|at|when|in|by|during|"
                + "where|with|in order|attending|attendance|collecting|contact)\\b)|;\\s*")) {
            String p = part.strip().replaceAll("[.,;)]+$", "").replaceAll("^\\(", "");
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    static ExceptionKind exceptionKind(String lower) {
        for (Lexicon.Rule<ExceptionKind> rule : Lexicon.EXCEPTION_KINDS) {
            if (rule.pattern().matcher(lower).find()) {
                return rule.value();
            }
        }
        return ExceptionKind.OTHER;
    }

    private static List<Protected> protectedParties(Analysis a, String lowerBody, List<Span> spans) {
        Map<Party, Set<String>> found = new LinkedHashMap<>();
        Matcher ban = Lexicon.PROHIBITION.matcher(lowerBody);
        int banAt = ban.find() ? ban.start() : -1;
        Matcher applicant = Lexicon.APPLICANT.matcher(lowerBody);
        while (applicant.find()) {
            String after = lowerBody.substring(applicant.end());
            Matcher possessed = Pattern.compile("^'?s?'?\\s+(new )?(\\w+)").matcher(after);
            boolean ofSomeoneElse = after.startsWith("'s") && possessed.find()
                    && (Lexicon.OTHER_PERSONS.matcher(possessed.group(2)).matches()
                    || Lexicon.CHILDREN.matcher(possessed.group(2)).matches());
            if (!ofSomeoneElse) {
                List<String> named = names(a, applicant.end());
                if (named.size() > 1 && !applicant.group(1).equals("applicants")) {
                    // "the applicant Jane Doe or Ben Smith": one applicant; the others named with her are others
                    found.computeIfAbsent(Party.OTHER_NAMED_PERSONS, k -> new LinkedHashSet<>())
                            .addAll(named.subList(1, named.size()));
                    named = named.subList(0, 1);
                }
                found.computeIfAbsent(Party.APPLICANT, k -> new LinkedHashSet<>()).addAll(named);
                spans.add(a.span("protects", applicant.start(), applicant.end()));
            }
        }
        Matcher children = Lexicon.CHILDREN.matcher(lowerBody);
        while (children.find()) {
            String before = lowerBody.substring(Math.max(0, children.start() - 25), children.start());
            if (before.matches("(?s).*\\b(respondent's|his|the respondent's own)\\s+$")) {
                continue;
            }
            found.computeIfAbsent(Party.NAMED_CHILDREN, k -> new LinkedHashSet<>()).addAll(names(a, children.end()));
            spans.add(a.span("protects", children.start(), children.end()));
        }
        Matcher othersMatch = Lexicon.OTHER_PERSONS.matcher(lowerBody);
        while (othersMatch.find()) {
            String word = othersMatch.group(1);
            String after = lowerBody.substring(othersMatch.end());
            // "the child minder's premises" is a place; "family court" and "friends of" are not people here
            String before = lowerBody.substring(Math.max(0, othersMatch.start() - 40), othersMatch.start());
            if (before.matches("(?s).*\\b(through|via|by way of|including|his|respondent's|own|ask|asking|get|getting|"
                    + "send|sending|persuade)\\b[^,;.]*$")
                    && !before.matches("(?s).*\\bapplicant's\\s+$")) {
                continue;
            }
            if (after.matches("(?s)^'?s?'?\\s*(premises|home|house|address|property)\\b.*")
                    || after.startsWith(" court") || after.startsWith(" law")) {
                continue;
            }
            boolean title = word.matches("mr|mrs|ms|miss|dr");
            if (title && before.matches("(?s).*\\b(respondent|applicant|defendant|claimant)\\s*[,(:]?\\s*$")) {
                continue; // "the applicant, Ms Laura Finch": a name of a party already read
            }
            if (title && othersMatch.start() < banAt && isSubject(lowerBody.substring(othersMatch.end(), banAt))) {
                continue; // "Mr John Smith must not ...": the ban's subject is the respondent
            }
            List<String> names = title ? names(a, othersMatch.start()) : names(a, othersMatch.end());
            if (title && names.isEmpty()) {
                continue;
            }
            found.computeIfAbsent(Party.OTHER_NAMED_PERSONS, k -> new LinkedHashSet<>()).addAll(names);
            spans.add(a.span("protects", othersMatch.start(), othersMatch.end()));
        }
        List<Protected> result = new ArrayList<>();
        for (Party party : Party.values()) {
            if (found.containsKey(party)) {
                result.add(new Protected(party, List.copyOf(found.get(party))));
            }
        }
        return result;
    }

    /**
     * Whether the words between a titled name and the ban ("john smith", "john smith, the respondent,") leave the
     * name as the ban's subject: no act and no break of sentence or list between them.
     */
    private static boolean isSubject(String between) {
        if (between.matches("(?s).*[;:.].*")) {
            return false;
        }
        for (Lexicon.Rule<ClauseType> rule : Lexicon.ACTS) {
            if (rule.pattern().matcher(between).find()) {
                return false;
            }
        }
        return true;
    }

    /** The parties, with the persons named after the act first among the other named persons. */
    private static List<Protected> withNamedPersons(List<Protected> protects, List<String> named) {
        Set<String> names = new LinkedHashSet<>(named);
        List<Protected> result = new ArrayList<>();
        for (Protected p : protects) {
            if (p.party() == Party.OTHER_NAMED_PERSONS) {
                names.addAll(p.names());
            } else {
                result.add(p);
            }
        }
        // the other named persons come last among the parties, as they do in Party
        result.add(new Protected(Party.OTHER_NAMED_PERSONS, List.copyOf(names)));
        return result;
    }

    /** Capitalised names right after a party word: "the applicant, Jane Smith," "children Amy and Ben Smith". */
    private static List<String> names(Analysis a, int lowerEnd) {
        String text = a.text;
        int i = lowerEnd >= a.lower.length() ? text.length() : a.orig(Math.min(lowerEnd, a.lower.length() - 1));
        if (lowerEnd >= a.lower.length()) {
            return List.of();
        }
        String rest = text.substring(i);
        Matcher lead = Pattern.compile("^\\s*(?:,|\\(|:|-)?\\s*(?:(?:namely|called|named|name|known as|that is)\\s*,?"
                + "\\s*)?").matcher(rest);
        int pos = lead.find() ? lead.end() : 0;
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        while (pos < rest.length()) {
            Matcher token = NAME_TOKEN.matcher(rest);
            token.region(pos, rest.length());
            if (!token.lookingAt()) {
                break;
            }
            String word = token.group();
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("^(mr|mrs|ms|miss|dr|master)\\.?\\s+", "");
            if (Lexicon.NAME_STOP.contains(bare) || bare.length() < 2 && !bare.matches("[a-z]")) {
                break;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
            pos = token.end();
            Matcher aside = Pattern.compile("^\\s*\\((?:born|b\\.|dob|d\\.o\\.b\\.?|aged|age|date of birth)[^)]{0,40}\\)")
                    .matcher(rest.substring(pos));
            if (aside.find()) {
                pos += aside.end();
            }
            // "Jane Doe or Mr Ben Smith", "Jane Doe, Ben Smith or Amy Smith": each is protected, as with "and"
            Matcher sep = Pattern.compile("^(\\s+(?:and|AND|or|OR|&)\\s+(?=\\p{Lu})|"
                    + "\\s*,\\s*(?:and\\s+|AND\\s+|or\\s+|OR\\s+|&\\s+)?(?=\\p{Lu})|"
                    + "\\s+(?=\\p{Lu}))")
                    .matcher(rest.substring(pos));
            if (!sep.find()) {
                break;
            }
            String separator = sep.group();
            if (!separator.isBlank()) {
                // a new name after ", " or " and ", unless what follows is not a name
                Matcher nextToken = NAME_TOKEN.matcher(rest.substring(pos + sep.end()));
                if (!nextToken.lookingAt() || Lexicon.NAME_STOP.contains(nextToken.group().toLowerCase(Locale.ROOT))) {
                    break;
                }
                names.add(current.toString());
                current.setLength(0);
            } else {
                Matcher nextToken = NAME_TOKEN.matcher(rest.substring(pos + sep.end()));
                if (!nextToken.lookingAt() || Lexicon.NAME_STOP.contains(nextToken.group().toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
            pos += sep.end();
        }
        if (current.length() > 0) {
            names.add(current.toString());
        }
        return names;
    }

    private static List<Place> places(Analysis a, String text, String bodyText, List<Span> spans) {
        List<Place> places = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Addresses are read whole first, by their structure, so that the words inside one ("School Lane",
        // "Church Road", "Leeds") are not read as places of their own; an address in a carved-out exception
        // ("except at 12 Mill Lane for handovers") is not a place the respondent must keep away from.
        List<WrittenAddress> written = new ArrayList<>();
        List<int[]> addressRanges = new ArrayList<>();
        for (WrittenAddress w : WrittenAddress.findIn(text)) {
            int from = a.lowerIndex(w.start());
            int to = a.lowerIndex(w.end());
            if (!bodyText.substring(from, Math.min(to, bodyText.length())).isBlank()) {
                written.add(w);
                addressRanges.add(new int[] {from, to});
            }
        }
        boolean[] used = new boolean[written.size()];
        List<int[]> streets = namedStreets(a, text);
        streets.removeIf(street -> overlaps(addressRanges, street[0], street[1]));
        for (Lexicon.Rule<PlaceKind> rule : Lexicon.PLACES) {
            Matcher m = rule.pattern().matcher(bodyText);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end()) || overlaps(addressRanges, m.start(), m.end())) {
                    continue;
                }
                if (rule.value() != PlaceKind.STREET_OR_AREA && overlaps(streets, m.start(), m.end())) {
                    continue; // the "Church" of "Church Road": the street is read by its type word
                }
                if (rule.value() == PlaceKind.WORKPLACE && m.group().equals("work")
                        && !bodyText.substring(Math.max(0, m.start() - 20), m.start())
                        .matches("(?s).*\\b(her|his|their|its|the|applicant's|at|of|to|from|place of)\\s+$")) {
                    continue;
                }
                if (rule.value() == PlaceKind.STREET_OR_AREA && Lexicon.STREET_WORD.matcher(m.group()).matches()
                        && !Character.isUpperCase(text.charAt(a.orig(m.start())))
                        && !bodyText.substring(Math.max(0, m.start() - 12), m.start()).matches("(?s).*\\b(the|a|any|"
                        + "that|which|this|same)\\s+$")) {
                    continue;
                }
                if (rule.value() == PlaceKind.HOME && m.group().equals("address")
                        && bodyText.substring(Math.max(0, m.start() - 15), m.start()).matches("(?s).*\\b(new|email|"
                        + "e-mail)\\s+$")) {
                    continue;
                }
                int origEnd = a.origEnd(m.end());
                String address = null;
                int addressEnd = m.end();
                Matcher lead = ADDRESS_LEAD.matcher(text.substring(origEnd).toLowerCase(Locale.ROOT));
                if (lead.find()) {
                    String after = text.substring(origEnd + lead.end());
                    Matcher end = ADDRESS_END.matcher(after);
                    int stop = end.find() ? end.start() : after.length();
                    String candidate = after.substring(0, stop).strip();
                    boolean looksLikeAName = !candidate.isEmpty() && (Character.isUpperCase(candidate.charAt(0))
                            || Character.isDigit(candidate.charAt(0)) || candidate.startsWith("["));
                    boolean shouting = !text.chars().anyMatch(Character::isLowerCase);
                    if (lead.group(2) == null && (shouting ? !candidate.matches("(?s)^[\\d\\[].*")
                            : lead.end() == 0 && !candidate.startsWith("["))) {
                        looksLikeAName = false; // "HOME OR WORKPLACE" is not an address; "home Rose Cottage" needs a comma
                    }
                    int next = a.lowerIndex(origEnd + lead.end());
                    if (lead.group(2) == null && streets.stream().anyMatch(street -> street[0] == next)) {
                        looksLikeAName = false; // "Church Road, School Lane": the next street of a list
                    }
                    boolean ofAParty = "of".equals(lead.group(2)) && candidate.toLowerCase(Locale.ROOT)
                            .matches("(the )?(applicant|respondent|child|children).*");
                    if (looksLikeAName && !ofAParty) {
                        String named = lead.group(2) == null ? nameOf(a, streets, m.start(), origEnd) : null;
                        address = named == null ? candidate : named + ", " + candidate;
                        addressEnd = a.lowerIndex(origEnd + lead.end() + stop);
                    }
                    int candidateStart = origEnd + lead.end() + (after.length() - after.stripLeading().length());
                    int candidateEnd = origEnd + lead.end() + stop;
                    for (int w = 0; w < written.size() && !ofAParty; w++) {
                        WrittenAddress found = written.get(w);
                        if (used[w] || found.start() < candidateStart || found.start() > Math.max(candidateStart,
                                candidateEnd)) {
                            continue;
                        }
                        // the address read whole replaces the words up to the sentence's next break; a name
                        // before it ("Boots, 3 Market Square, Kendal") stays in front of it
                        String before = text.substring(candidateStart, found.start()).strip();
                        address = before.isEmpty() ? found.text() : before + " " + found.text();
                        addressEnd = Math.max(addressEnd, a.lowerIndex(found.end()));
                        used[w] = true;
                        break;
                    }
                }
                if (address == null) {
                    String named = nameOf(a, streets, m.start(), origEnd);
                    if (named != null) {
                        address = named;
                    }
                }
                // a placeholder ("[address]") in a draft is kept: the slot for the address is there
                PlaceKind kind = rule.value();
                places.add(new Place(kind, address));
                taken.add(new int[] {m.start(), Math.max(m.end(), addressEnd)});
                spans.add(a.span("place", m.start(), Math.max(m.end(), addressEnd)));
            }
        }
        // a street whose type the lexicon has no place word for ("Library Close", "Church Walk")
        for (int[] street : streets) {
            if (!overlaps(taken, street[0], street[1]) && !bodyText.substring(street[0], street[1]).isBlank()) {
                places.add(new Place(PlaceKind.STREET_OR_AREA, text.substring(a.orig(street[0]),
                        a.origEnd(street[1]))));
                taken.add(street);
                spans.add(a.span("place", street[0], street[1]));
            }
        }
        // an address no place word introduced ("within 100 metres of 12 Heron Way, Leeds LS6 3QT") is a place in
        // its own right: of the kind its building's name gives ("Greenfield Primary School, ..."), else OTHER; a
        // premises named before it ("Boots, 3 Market Square, Kendal") is part of it
        for (int w = 0; w < written.size(); w++) {
            int[] range = addressRanges.get(w);
            if (used[w] || overlaps(taken, range[0], range[1])) {
                continue;
            }
            WrittenAddress found = written.get(w);
            int nameStart = premisesBefore(text, found.start());
            int from = a.lowerIndex(nameStart);
            if (nameStart < found.start() && (overlaps(taken, from, range[0])
                    || bodyText.substring(from, range[0]).isBlank())) {
                nameStart = found.start();
                from = range[0];
            }
            String description = text.substring(nameStart, found.start()) + found.text();
            places.add(new Place(kindNamedIn(description), description));
            taken.add(new int[] {from, range[1]});
            spans.add(a.span("place", from, range[1]));
        }
        // a large city or county named on its own: "must not enter Cardiff"
        Matcher m = Lexicon.LARGE_AREA.matcher(bodyText);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end())) {
                boolean capitalised = Character.isUpperCase(text.charAt(a.orig(m.start())));
                if (capitalised) {
                    places.add(new Place(PlaceKind.STREET_OR_AREA, text.substring(a.orig(m.start()),
                            a.origEnd(m.end()))));
                    taken.add(new int[] {m.start(), m.end()});
                    spans.add(a.span("place", m.start(), m.end()));
                }
            }
        }
        // "27 Lime Street, Wrexham, where the applicant lives" and "2 Hollins Fold, Bury BL9 0AA, the home of the
        // applicant": the home described just after an address is the addressed place
        List<Span> spansOfPlaces = spans.stream().filter(s -> s.attribute().equals("place")).toList();
        java.util.Set<Integer> merged = new java.util.HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).kind() != PlaceKind.HOME || places.get(i).address() != null) {
                continue;
            }
            boolean whereSheLives = bodyText.matches("(?s).*\\bwhere (she|he|they|the applicant|the children|the "
                    + "child) (lives?|resides?)\\b.*");
            for (int j = 0; j < places.size(); j++) {
                Place other = places.get(j);
                if (j == i || other.address() == null
                        || !(other.kind() == PlaceKind.STREET_OR_AREA || other.kind() == PlaceKind.OTHER)) {
                    continue;
                }
                int gapStart = spansOfPlaces.get(j).end();
                int gapEnd = spansOfPlaces.get(i).start();
                boolean describedRightAfter = gapStart <= gapEnd && text.substring(gapStart, gapEnd)
                        .matches("(?si)[\\s,(]*(being|which is|namely)?\\s*(the|her|his|their)?\\s*");
                if (describedRightAfter || whereSheLives && other.address().matches("(?s)^\\d.*")) {
                    // one place, the home at that address: not the address a second time as a place of no kind
                    places.set(i, new Place(PlaceKind.HOME, other.address()));
                    merged.add(j);
                    break;
                }
            }
        }
        // keep the order in which they are written
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            order.add(i);
        }
        List<Span> placeSpans = spans.stream().filter(s -> s.attribute().equals("place")).toList();
        order.sort((x, y) -> Integer.compare(placeSpans.get(x).start(), placeSpans.get(y).start()));
        return order.stream().filter(k -> !merged.contains(k)).map(places::get).toList();
    }

    /**
     * The kind an address's building name gives ("Greenfield Primary School, School Lane, ..." is a school; "Flat 3,
     * ..." a home), read from the words before its house number or first comma; OTHER when they give none.
     */
    private static PlaceKind kindNamedIn(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        Matcher number = NUMBER_AFTER_NAME.matcher(lower);
        int comma = lower.indexOf(',');
        int nameEnd = number.find() ? number.start() : comma < 0 ? 0 : comma;
        String name = lower.substring(0, nameEnd);
        for (Lexicon.Rule<PlaceKind> rule : Lexicon.PLACES) {
            if (rule.value() != PlaceKind.STREET_OR_AREA && rule.pattern().matcher(name).find()) {
                return rule.value();
            }
        }
        return PlaceKind.OTHER;
    }

    /**
     * Named streets in the clause, as ranges of its lower-cased form: "Church Road", "St Mary's Close" (a leading
     * "The" or other stop word is not part of the name; a person's name after a title, "Mr Peter Way", is no street).
     */
    private static List<int[]> namedStreets(Analysis a, String text) {
        List<int[]> streets = new ArrayList<>();
        if (!text.chars().anyMatch(Character::isLowerCase)) {
            return streets;
        }
        Matcher m = NAMED_STREET.matcher(text);
        while (m.find()) {
            int start = m.start();
            boolean named = false;
            boolean titled = text.substring(0, start).matches("(?s).*\\b(?:Mr|Mrs|Ms|Miss|Dr|Master)\\.?\\s+$");
            Matcher word = Pattern.compile("\\S+").matcher(text);
            word.region(start, m.end());
            while (word.find() && word.end() < m.end()) {
                String w = word.group().toLowerCase(Locale.ROOT);
                titled |= w.matches("mr|mrs|ms|miss|dr|master");
                if (!named && Lexicon.NAME_STOP.contains(w) && !isPlaceWord(w)) {
                    start = word.end();
                } else if (!named) {
                    start = word.start();
                    named = true;
                }
            }
            if (named && !titled) {
                streets.add(new int[] {a.lowerIndex(start), a.lowerIndex(m.end())});
            }
        }
        return streets;
    }

    private static boolean isPlaceWord(String word) {
        for (Lexicon.Rule<PlaceKind> rule : Lexicon.PLACES) {
            if (rule.pattern().matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a premises' name written just before an address and its comma starts ("Boots, 3 Market Square": at
     * "Boots"; "Marks & Spencer, ...", "The Red Lion, ..."), or the address's own start when there is none.
     */
    static int premisesBefore(String text, int addressStart) {
        int i = addressStart;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ',') {
            return addressStart;
        }
        int nameEnd = i - 1;
        int start = nameEnd;
        int words = 0;
        while (words < 6) {
            int j = start;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            int k = j;
            while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != ',') {
                k--;
            }
            String word = text.substring(k, j);
            boolean theOpening = word.equals("The") && words > 0;
            if (word.isEmpty() || !PREMISES_WORD.matcher(word).matches()
                    || Lexicon.NAME_STOP.contains(word.toLowerCase(Locale.ROOT)) && !theOpening) {
                break;
            }
            start = k;
            words++;
            if (theOpening) {
                break;
            }
        }
        String name = text.substring(start, nameEnd);
        return words == 0 || name.startsWith("&") || !name.chars().anyMatch(Character::isLowerCase)
                ? addressStart : start;
    }

    /** The name a place word ends: the named street it closes ("School Lane"), else {@link #nameBefore}. */
    private static String nameOf(Analysis a, List<int[]> streets, int lowerStart, int origEnd) {
        for (int[] street : streets) {
            if (street[0] < lowerStart && lowerStart < street[1]) {
                return a.text.substring(a.orig(street[0]), origEnd);
            }
        }
        return nameBefore(a.text, a.orig(lowerStart), origEnd);
    }

    /** "Greenfield Primary School": the capitalised words in front of a place word make its name. */
    private static String nameBefore(String text, int start, int end) {
        String keyword = text.substring(start, end);
        if (keyword.isEmpty() || !Character.isUpperCase(keyword.charAt(0))) {
            return null;
        }
        int i = start;
        while (true) {
            int j = i - 1;
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            int k = j;
            while (k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '\'')) {
                k--;
            }
            String word = text.substring(k + 1, j + 1);
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))
                    || Lexicon.NAME_STOP.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            i = k + 1;
        }
        if (i == start) {
            return null; // no capitalised word in front of it
        }
        String name = text.substring(i, end).strip();
        // "THE RESPONDENT MUST NOT GO TO THE SCHOOL" is shouting, not a name
        return name.chars().anyMatch(Character::isLowerCase) || POSTCODE.matcher(name).find() ? name : null;
    }

    /**
     * The clause lower-cased, with slips of the keyboard on lexicon words corrected, and a map back to the
     * clause's own characters so every span points at what the court wrote.
     */
    static final class Analysis {
        final String text;
        final String lower;
        private final int[] toOriginal;

        Analysis(String text) {
            this.text = text;
            StringBuilder out = new StringBuilder(text.length());
            List<Integer> map = new ArrayList<>();
            Matcher word = Pattern.compile("\\p{L}+").matcher(text);
            int last = 0;
            while (word.find()) {
                for (int i = last; i < word.start(); i++) {
                    out.append(Character.toLowerCase(text.charAt(i)));
                    map.add(i);
                }
                String token = word.group().toLowerCase(Locale.ROOT);
                String fixed = Typos.correct(token);
                for (int i = 0; i < fixed.length(); i++) {
                    out.append(fixed.charAt(i));
                    map.add(word.start() + (i == fixed.length() - 1 ? token.length() - 1 : Math.min(i, token.length() - 1)));
                }
                last = word.end();
            }
            for (int i = last; i < text.length(); i++) {
                out.append(Character.toLowerCase(text.charAt(i)));
                map.add(i);
            }
            map.add(text.length());
            this.lower = out.toString();
            this.toOriginal = map.stream().mapToInt(Integer::intValue).toArray();
        }

        int orig(int lowerIndex) {
            return toOriginal[Math.max(0, Math.min(lowerIndex, toOriginal.length - 1))];
        }

        int origEnd(int lowerEnd) {
            if (lowerEnd <= 0) {
                return 0;
            }
            if (lowerEnd >= lower.length()) {
                return text.length();
            }
            return toOriginal[lowerEnd - 1] + 1;
        }

        int lowerIndex(int originalIndex) {
            for (int i = 0; i < toOriginal.length; i++) {
                if (toOriginal[i] >= originalIndex) {
                    return i;
                }
            }
            return lower.length();
        }

        Span span(String attribute, int lowerStart, int lowerEnd) {
            return new Span(attribute, orig(lowerStart), Math.max(orig(lowerStart), origEnd(lowerEnd)));
        }
    }
}
