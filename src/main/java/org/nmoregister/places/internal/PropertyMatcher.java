package org.nmoregister.places.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which property of the address gazetteer an address written in an order names, tolerant of abbreviations (folded
 * by the keys), typing errors in words (Jaro-Winkler similarity) and of the town and county written after the street;
 * never of a different house or flat number, which is a different property.
 */
final class PropertyMatcher {

    /** Below this the written address names none of the candidates. */
    static final double THRESHOLD = 0.90;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    /** Words before a flat's or unit's number, as the keys write them ("apartment" and "apt" become "flat"). */
    private static final java.util.Set<String> SUB_BUILDING = java.util.Set.of("flat", "unit", "room", "suite",
            "maisonette", "studio");

    /** A property that might be the one meant: its id and first-line key. */
    record Candidate(long uprn, String lineKey) {
    }

    /** The property chosen and how closely its address matched, 0 to 1. */
    record Match(Candidate candidate, double score) {
    }

    private PropertyMatcher() {
    }

    /**
     * The candidate the written address's key (first line, locality and town, as {@code AddressKeys.line1Key} makes
     * it, without the postcode) names best; empty when none reaches {@link #THRESHOLD} or two different properties
     * match it equally well.
     */
    static Optional<Match> best(String writtenKey, List<Candidate> candidates) {
        List<Match> matches = all(writtenKey, candidates);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Match first = matches.get(0);
        boolean ambiguous = matches.size() > 1 && matches.get(1).score() == first.score()
                && words(matches.get(1)) == words(first);
        return ambiguous ? Optional.empty() : Optional.of(first);
    }

    /**
     * Every candidate the written address may name (at least {@link #THRESHOLD} alike, the numbers agreeing), the
     * closest first and, of equally close ones, the more specific (a flat before its building): what the point of
     * contact chooses among when the best is not sure or two are equally good.
     */
    static List<Match> all(String writtenKey, List<Candidate> candidates) {
        String[] words = writtenKey.isBlank() ? new String[0] : writtenKey.split(" ");
        List<String> numbers = new ArrayList<>();
        List<String> houseNumbers = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (isNumber(words[i])) {
                numbers.add(words[i]);
                if (i == 0 || !SUB_BUILDING.contains(words[i - 1])) {
                    houseNumbers.add(words[i]);
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String[] wanted = candidate.lineKey().split(" ");
            List<String> candidateNumbers = Arrays.stream(wanted).filter(PropertyMatcher::isNumber).toList();
            // Every number the property has must be written, and a house number written must be the property's;
            // a flat number may be written for a building the gazetteer does not split into flats.
            if (!numbers.containsAll(candidateNumbers) || !candidateNumbers.containsAll(houseNumbers)) {
                continue;
            }
            double score = windowScore(words, wanted);
            if (score >= THRESHOLD) {
                matches.add(new Match(candidate, score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> -words(m)).thenComparingLong(m -> m.candidate().uprn()));
        return matches;
    }

    private static int words(Match match) {
        return match.candidate().lineKey().split(" ").length;
    }

    /** The best similarity of the property's key to any run of as many written words (the street, then the town). */
    private static double windowScore(String[] written, String[] wanted) {
        String target = String.join(" ", wanted);
        if (written.length <= wanted.length) {
            return SIMILARITY.apply(String.join(" ", written), target);
        }
        double best = 0;
        for (int start = 0; start + wanted.length <= written.length; start++) {
            String window = String.join(" ", Arrays.copyOfRange(written, start, start + wanted.length));
            best = Math.max(best, SIMILARITY.apply(window, target));
        }
        return best;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
