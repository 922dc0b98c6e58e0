package org.nmoregister.breaches.check;

import java.util.Optional;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;

/**
 * Judges where an incident happened against a place a term names: by distance when both are located, else by the
 * kind of place it was at.
 */
final class Places {

    /**
     * How close a point must be to a place's located point to be taken as possibly "at" it, for a term with no
     * distance ("must not go to the property at ..."). A place is usually located by its postcode's centroid, which
     * can be tens of metres from the door (a postcode covers about 15 addresses), so a point this close is only
     * POSSIBLE; being reported as at the place (its kind) makes it LIKELY.
     */
    static final double AT_PLACE_TOLERANCE_METRES = 50;

    /**
     * How far outside a zone's edge an incident point still earns a note asking for a measurement on the ground:
     * the zone is measured from the place's located point, not from its boundary. The result stays NOT_COVERED.
     */
    static final double ZONE_EDGE_MARGIN_METRES = 25;

    record Judgement(int level, String reason, Double distanceMetres) {
    }

    private Places() {
    }

    static String describe(Clause.Place place) {
        String kind = switch (place.kind()) {
            case HOME -> "the home";
            case WORKPLACE -> "the workplace";
            case SCHOOL -> "the school";
            case NURSERY -> "the nursery";
            case CHILDMINDER -> "the childminder's";
            case STREET_OR_AREA -> "the area";
            case OTHER -> "the place";
        };
        return place.address() == null || place.address().isBlank() ? kind : kind + " at " + place.address();
    }

    static Judgement judge(Clause clause, Clause.Place place, IncidentLocation where, OrderDetails order,
                           PlaceLocator locator) {
        String name = describe(place);
        Integer radius = clause.distanceMetres();
        boolean zone = clause.type() == ClauseType.PROXIMITY && radius != null;
        boolean kindMatches = where.placeKind() != null && where.placeKind() == place.kind();
        if (!where.isKnown()) {
            return new Judgement(1, "Location not known: confirm where it happened (the term concerns " + name
                    + (zone ? ", with a " + radius + " m zone" : "") + ").", null);
        }
        Optional<PlaceLocation> located = where.point() == null ? Optional.empty()
                : locator.locate(place, order);
        if (where.point() != null && located.isPresent()) {
            PlaceLocation at = located.get();
            double d = where.point().distanceMetres(at.coordinates());
            // a place located only by its postcode's centre may be hundreds of metres from the door: say so
            String dist = (at.approximate() ? "about " : "") + Wording.metres(d) + " from " + name
                    + (at.approximate() || at.doubtful() ? " (" + at.describe() + ")" : "");
            if (zone && at.approximate() && Math.abs(d - radius) <= at.likelyErrorMetres()) {
                return new Judgement(1, dist + ": whether that is inside the " + radius + " m zone cannot be told"
                        + " from the postcode's centre: measure from the property.", d);
            }
            if (zone) {
                if (d <= radius) {
                    return new Judgement(2, dist + ", inside the " + radius + " m zone.", d);
                }
                if (kindMatches) {
                    return new Judgement(1, "Reported as at " + name + ", but the point given is " + dist
                            + ", outside the " + radius + " m zone: confirm where it happened.", d);
                }
                String edge = d <= radius + ZONE_EDGE_MARGIN_METRES
                        ? " It is close to the edge and the zone is measured from the place's located point, not its"
                        + " boundary: measure on the ground if it matters." : "";
                return new Judgement(0, dist + ", outside the " + radius + " m zone." + edge, d);
            }
            if (kindMatches) {
                return new Judgement(2, "At " + name + " (reported as at the protected place; " + dist + ").", d);
            }
            double tolerance = Math.max(AT_PLACE_TOLERANCE_METRES, at.likelyErrorMetres());
            if (d <= tolerance) {
                return new Judgement(1, dist + ": within " + Math.round(tolerance) + " m of its located point, which"
                        + " is not the door: confirm they went to or into it.", d);
            }
            return new Judgement(0, dist + ": not at it (more than " + Math.round(tolerance)
                    + " m from its located point).", d);
        }
        if (kindMatches) {
            return new Judgement(2, zone ? "At " + name + ": being at the place is within any zone around it."
                    : "At " + name + " (reported as at the protected place).", null);
        }
        if (where.placeKind() != null) {
            String reason = "It happened at " + Wording.lower(where.placeKind()) + ", not " + name;
            if (zone && where.point() == null) {
                return new Judgement(1, reason + "; whether that is within the " + radius
                        + " m zone is not known: measure it.", null);
            }
            return new Judgement(0, reason + ".", null);
        }
        return new Judgement(1, "Could not locate " + name + " to measure the distance from the incident: "
                + "confirm it" + (zone ? " against the " + radius + " m zone." : "."), null);
    }
}
