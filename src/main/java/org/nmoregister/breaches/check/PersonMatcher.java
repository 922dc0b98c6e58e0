package org.nmoregister.breaches.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;

/**
 * Works out who an incident targeted, from a role word ("applicant", "the children") or a name as reported, among the
 * people the order names. Names are compared after folding case, accents and punctuation, in any order, and either
 * half of a double-barrelled surname; a forename or surname alone is accepted when only one person on the order has
 * it. Nicknames, transliterations and typos are left to the people module's {@link PersonIndex}.
 */
final class PersonMatcher {

    enum Role { APPLICANT, CHILD, ALL_CHILDREN, OTHER, NOT_ON_ORDER }

    /**
     * Who was targeted.
     *
     * @param person    the person on the order, or null (all children, or someone not on the order)
     * @param reported  the words the report used
     * @param ambiguity other people on the order the name could also mean, for a note; empty when clear
     */
    record Target(Role role, ProtectedPerson person, String reported, List<String> ambiguity) {

        String describe() {
            return switch (role) {
                case APPLICANT -> "the applicant" + (person == null ? "" : " (" + person.name() + ")");
                case CHILD -> "the child " + person.name();
                case ALL_CHILDREN -> "the children";
                case OTHER -> person.name() + " (a protected person named on the order)";
                case NOT_ON_ORDER -> "\"" + reported + "\", who is not named on the order";
            };
        }
    }

    private static final Set<String> APPLICANT_WORDS = Set.of("applicant", "the applicant", "victim", "the victim",
            "complainant", "the complainant", "aggrieved", "injured party");
    private static final Set<String> CHILD_WORDS = Set.of("child", "children", "the child", "the children",
            "relevant child", "relevant children", "the relevant child", "the relevant children", "kids", "the kids",
            "son", "daughter", "the son", "the daughter", "their son", "their daughter", "the applicant's children",
            "applicant's children", "the applicants children", "applicants children", "the baby", "baby");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "master", "sir", "lady",
            "rev", "prof");
    /** Lowest people-module score accepted for a name that does not match by the simple comparison. */
    static final double FUZZY_MATCH_THRESHOLD = PersonIndex.DISPLAY_THRESHOLD;

    private PersonMatcher() {
    }

    static Target resolve(String reported, OrderDetails order) {
        if (reported == null || reported.isBlank()) {
            return new Target(Role.APPLICANT, order.applicant(), "applicant", List.of());
        }
        String phrase = String.join(" ", words(reported));
        if (APPLICANT_WORDS.contains(phrase)) {
            return new Target(Role.APPLICANT, order.applicant(), reported, List.of());
        }
        if (CHILD_WORDS.contains(phrase)) {
            if (order.children().size() == 1) {
                return new Target(Role.CHILD, order.children().get(0), reported, List.of());
            }
            return new Target(Role.ALL_CHILDREN, null, reported, List.of());
        }
        List<Candidate> people = candidates(order);
        List<Candidate> best = new ArrayList<>();
        int bestScore = 0;
        for (Candidate c : people) {
            int s = simpleScore(reported, c.person());
            if (s > bestScore) {
                best.clear();
                bestScore = s;
            }
            if (s > 0 && s == bestScore) {
                best.add(c);
            }
        }
        if (best.isEmpty()) {
            best.addAll(fuzzy(reported, people));
        }
        if (best.isEmpty()) {
            return new Target(Role.NOT_ON_ORDER, null, reported, List.of());
        }
        Candidate chosen = best.get(0);
        List<String> others = best.stream().skip(1).map(c -> c.person().name()).toList();
        return new Target(chosen.role(), chosen.person(), reported, others);
    }

    /** Whether a name a clause gives refers to the target person. */
    static boolean sameName(String clauseName, ProtectedPerson person) {
        if (person == null || clauseName == null) {
            return false;
        }
        return simpleScore(clauseName, person) > 0 || fuzzy(clauseName, List.of(new Candidate(Role.OTHER, person)))
                .size() == 1;
    }

    private record Candidate(Role role, ProtectedPerson person) {
    }

    private static List<Candidate> candidates(OrderDetails order) {
        List<Candidate> out = new ArrayList<>();
        if (order.applicant() != null && order.applicant().name() != null) {
            out.add(new Candidate(Role.APPLICANT, order.applicant()));
        }
        order.otherProtectedPersons().stream().filter(p -> p.name() != null)
                .forEach(p -> out.add(new Candidate(Role.OTHER, p)));
        order.children().stream().filter(p -> p.name() != null).forEach(p -> out.add(new Candidate(Role.CHILD, p)));
        return out;
    }

    /**
     * 3: every word of a recorded name given (any order); 2: every word given is in a recorded name and they include
     * a forename and a surname part; 1: a single word given that is in a recorded name; 0: no match.
     */
    private static int simpleScore(String reported, ProtectedPerson person) {
        List<String> q = words(reported).stream().filter(w -> !TITLES.contains(w)).toList();
        if (q.isEmpty()) {
            return 0;
        }
        int best = 0;
        List<String> names = new ArrayList<>();
        names.add(person.name());
        names.addAll(person.aliases());
        for (String name : names) {
            List<String> r = words(name);
            if (r.isEmpty() || !r.containsAll(q)) {
                continue;
            }
            Set<String> given = new LinkedHashSet<>(q);
            int score = given.containsAll(r) ? 3 : q.size() >= 2 ? 2 : 1;
            best = Math.max(best, score);
        }
        return best;
    }

    private static List<Candidate> fuzzy(String reported, List<Candidate> people) {
        if (words(reported).size() < 2 || people.isEmpty()) {
            return List.of();
        }
        List<PersonRecord<Candidate>> records = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ProtectedPerson p = people.get(i).person();
            records.add(new PersonRecord<>(Integer.toString(i), people.get(i), p.name(), p.aliases(),
                    p.dateOfBirth()));
        }
        List<PersonMatch<Candidate>> matches = PersonIndex.of(records).search(PersonQuery.name(reported)).stream()
                .filter(m -> m.score() >= FUZZY_MATCH_THRESHOLD).toList();
        if (matches.isEmpty()) {
            return List.of();
        }
        double top = matches.get(0).score();
        return matches.stream().filter(m -> top - m.score() < 0.02).map(m -> m.person().payload()).toList();
    }

    /** Lower-case words without accents or punctuation; hyphenated surnames split into their halves. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
