package org.nmoregister.sentencing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as the guideline's table names it: a discharge, a fine of a band (A to F), a community order of a
 * level (low, medium, high) or custody of a number of weeks; with the words the guideline prints for it (text may be
 * null for the ends of a range, whose words belong to the range as a whole).
 *
 * @param kind  what sort of sentence
 * @param weeks custody only: its length in weeks (1 year is 52, 6 months 26)
 * @param level community order only
 * @param band  fine only: A to F
 * @param text  the guideline's words, for example 2 years' custody
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sentence(Kind kind, Integer weeks, CommunityOrderLevel level, String band, String text) {

    /** Sentence types, least severe first. */
    public enum Kind { DISCHARGE, FINE, COMMUNITY_ORDER, CUSTODY }

    /** Community order levels, least severe first. */
    public enum CommunityOrderLevel { LOW, MEDIUM, HIGH }

    private static final String BANDS = "ABCDEF";

    /** What is wrong with this sentence's structured value; empty when it is well formed. */
    List<String> problems() {
        var problems = new ArrayList<String>();
        if (kind == null) {
            problems.add("kind is missing (DISCHARGE, FINE, COMMUNITY_ORDER or CUSTODY)");
            return problems;
        }
        boolean custody = kind == Kind.CUSTODY;
        boolean community = kind == Kind.COMMUNITY_ORDER;
        boolean fine = kind == Kind.FINE;
        if (custody && (weeks == null || weeks <= 0)) {
            problems.add("custody needs a positive number of weeks");
        }
        if (!custody && weeks != null) {
            problems.add(kind + " has no weeks");
        }
        if (community && level == null) {
            problems.add("a community order needs a level (LOW, MEDIUM or HIGH)");
        }
        if (!community && level != null) {
            problems.add(kind + " has no level");
        }
        if (fine && (band == null || band.length() != 1 || BANDS.indexOf(band.toUpperCase(Locale.ROOT)) < 0)) {
            problems.add("a fine needs a band A to F");
        }
        if (!fine && band != null) {
            problems.add(kind + " has no band");
        }
        return problems;
    }

    /** Orders sentences by severity: any custody is above any community order, above any fine. */
    @JsonIgnore
    int severity() {
        int within = switch (kind) {
            case DISCHARGE -> 0;
            case FINE -> BANDS.indexOf(band.toUpperCase(Locale.ROOT));
            case COMMUNITY_ORDER -> level.ordinal();
            case CUSTODY -> weeks;
        };
        return kind.ordinal() * 100_000 + within;
    }

    /** The same sentence without its words: for comparing structured values. */
    public Sentence withoutText() {
        return new Sentence(kind, weeks, level, band, null);
    }
}
