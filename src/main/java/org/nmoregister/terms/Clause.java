package org.nmoregister.terms;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One term of an order: its verbatim (normalised) text, what it forbids or permits, and the attributes read from it.
 * Every attribute's source is kept as a {@link Span} of {@link #text()}, so a reader can see why the parser read
 * it so.
 *
 * @param index              1-based position of the clause in the order
 * @param text               the clause's wording, with odd Unicode normalised (smart quotes, dashes, hidden marks)
 * @param protects           whom it protects, with the names found
 * @param channels           the means of contact it names (CONTACT clauses; ANY for "or otherwise", "any means")
 * @param direct             whether the respondent's own conduct is covered (true for nearly every prohibition)
 * @param indirect           whether conduct through others is covered ("directly or indirectly", third parties)
 * @param coversOthersActing whether instructing, encouraging or suggesting that others act is also forbidden
 * @param places             the places it names, first one first ({@link #place()})
 * @param distanceMetres     the distance it sets, converted to metres, or null
 * @param timeLimits         times or periods stated in it ("between 8am and 6pm", "until 1 March 2027")
 * @param exceptions         the permitted conduct it carves out
 * @param spans              where in {@link #text()} each attribute was read from
 */
public record Clause(int index, String text, ClauseType type, List<Protected> protects, Set<Channel> channels,
                     boolean direct, boolean indirect, boolean coversOthersActing, List<Place> places,
                     Integer distanceMetres, List<String> timeLimits, List<Exception> exceptions, List<Span> spans) {

    /** Who a clause protects. */
    public enum Party { APPLICANT, NAMED_CHILDREN, OTHER_NAMED_PERSONS }

    /** A means of contact. */
    public enum Channel { PHONE, TEXT, EMAIL, SOCIAL_MEDIA, POST, IN_PERSON, ANY }

    /** What kind of place a clause names. */
    public enum PlaceKind { HOME, WORKPLACE, SCHOOL, NURSERY, CHILDMINDER, STREET_OR_AREA, OTHER }

    /** What a permitted act is for. */
    public enum ExceptionKind { CHILD_ARRANGEMENTS, SOLICITORS, MEDIATION, COURT, OTHER }

    /** A protected party and the names the clause gives it (possibly none). */
    public record Protected(Party party, List<String> names) {
        public Protected {
            Objects.requireNonNull(party, "party");
            names = List.copyOf(names);
        }
    }

    /** A place: its kind and, when the wording gives one, its address or name. */
    public record Place(PlaceKind kind, String address) {
        public Place {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Permitted conduct carved out of a prohibition, or stated in an EXCEPTION clause. */
    public record Exception(ExceptionKind kind, String text) {
        public Exception {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Characters {@code [start, end)} of the clause's text that an attribute was read from. */
    public record Span(String attribute, int start, int end) {
    }

    public Clause {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        protects = List.copyOf(protects);
        var ordered = java.util.EnumSet.noneOf(Channel.class);
        ordered.addAll(channels);
        channels = java.util.Collections.unmodifiableSet(ordered);
        places = List.copyOf(places);
        timeLimits = List.copyOf(timeLimits);
        exceptions = List.copyOf(exceptions);
        spans = List.copyOf(spans);
    }

    /** The first place the clause names, or null. */
    public Place place() {
        return places.isEmpty() ? null : places.get(0);
    }

    /** True when the clause protects the given party. */
    public boolean protects(Party party) {
        return protects.stream().anyMatch(p -> p.party() == party);
    }

    /** True for a clause that forbids conduct (every type but EXCEPTION and OTHER). */
    public boolean isProhibition() {
        return type != ClauseType.EXCEPTION && type != ClauseType.OTHER;
    }
}
