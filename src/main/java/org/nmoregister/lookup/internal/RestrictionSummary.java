package org.nmoregister.lookup.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nmoregister.places.Postcode;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ReadClauses;

/**
 * The key restrictions of an order in a few words, for another force's card: what the respondent must not do, to whom
 * by their part in the order (never their names), and where by the kind of place and its postcode district only
 * (never an address, a school's name or a postcode in full). Plain Java: read from the clauses stored with the version.
 */
final class RestrictionSummary {

    /** What a card says when the order's terms were never read into clauses. */
    static final String UNREAD = "Terms not summarised: ask the owning force";

    private RestrictionSummary() {
    }

    static List<String> of(ReadClauses clauses) {
        if (clauses == null || clauses.clauses().isEmpty()) {
            return List.of(UNREAD);
        }
        Set<String> lines = new LinkedHashSet<>();
        Set<Clause.ExceptionKind> exceptions = EnumSet.noneOf(Clause.ExceptionKind.class);
        for (Clause clause : clauses.clauses()) {
            String line = line(clause);
            if (line != null) {
                lines.add(line);
            }
            clause.exceptions().forEach(e -> exceptions.add(e.kind()));
        }
        List<String> result = new ArrayList<>(lines);
        if (!exceptions.isEmpty()) {
            result.add("Except " + String.join(", ", exceptions.stream().map(RestrictionSummary::exception).toList()));
        }
        return result.isEmpty() ? List.of(UNREAD) : List.copyOf(result);
    }

    static String line(Clause clause) {
        String whom = whom(clause);
        return switch (clause.type()) {
            case VIOLENCE -> "No violence or threats" + against(whom);
            case INTIMIDATION -> "No harassment or intimidation" + against(whom);
            case CONTACT -> "No contact" + with(whom) + channels(clause);
            case PUBLICATION -> "Nothing published" + about(whom);
            case PROPERTY_DAMAGE -> "No damage to property";
            case PROXIMITY -> clause.distanceMetres() == null
                    ? "No approach to " + placeOrPerson(clause, whom)
                    : "No approach within " + clause.distanceMetres() + " m of " + placeOrPerson(clause, whom);
            case ENTRY -> "Not to go to " + place(clause)
                    + (clause.distanceMetres() == null ? "" : " or within " + clause.distanceMetres() + " m of it");
            case EXCEPTION, OTHER -> null;
        };
    }

    /** The place by its kind and its postcode district only: "a home in NX1", "a school in SV2", "a named place". */
    static String place(Clause clause) {
        Clause.Place place = clause.place();
        if (place == null) {
            return "a named place";
        }
        String kind = switch (place.kind()) {
            case HOME -> "a home";
            case WORKPLACE -> "a workplace";
            case SCHOOL -> "a school";
            case NURSERY -> "a nursery";
            case CHILDMINDER -> "a childminder's";
            case STREET_OR_AREA -> "a street or area";
            case OTHER -> "a place";
        };
        String district = place.address() == null ? null
                : Postcode.findIn(place.address()).map(Postcode::district).orElse(null);
        return district == null ? kind : kind + " in " + district;
    }

    private static String placeOrPerson(Clause clause, String whom) {
        return clause.place() != null ? place(clause) : whom == null ? "a protected person" : whom;
    }

    /** Whom by their part: "the applicant", "the children", "the applicant and the children". */
    static String whom(Clause clause) {
        List<String> parts = new ArrayList<>();
        for (Clause.Protected p : clause.protects()) {
            String part = switch (p.party()) {
                case APPLICANT -> "the applicant";
                case NAMED_CHILDREN -> "the children";
                case OTHER_NAMED_PERSONS -> "others named";
            };
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    private static String channels(Clause clause) {
        if (clause.channels().isEmpty() || clause.channels().contains(Clause.Channel.ANY)) {
            return clause.indirect() ? " (any means, directly or indirectly)" : " (any means)";
        }
        return " (" + String.join(", ", clause.channels().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ")";
    }

    private static String against(String whom) {
        return whom == null ? "" : " against " + whom;
    }

    private static String with(String whom) {
        return whom == null ? "" : " with " + whom;
    }

    private static String about(String whom) {
        return whom == null ? "" : " about " + whom;
    }

    private static String exception(Clause.ExceptionKind kind) {
        return switch (kind) {
            case CHILD_ARRANGEMENTS -> "child arrangements ordered by the court";
            case SOLICITORS -> "through solicitors";
            case MEDIATION -> "mediation";
            case COURT -> "attending court";
            case OTHER -> "as the order permits";
        };
    }
}
