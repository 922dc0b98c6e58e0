package org.nmoregister.places;

/**
 * Where a place written as an address is, and how precisely: at its property (AddressBase UPRN) or only at its
 * postcode's centre, which can be a few hundred metres from the door. Every distance judged from an approximate
 * location says so ("about 80 m: located by postcode only").
 *
 * @param coordinates       the point distances are measured from
 * @param precision         PROPERTY or POSTCODE
 * @param likelyErrorMetres how far the property may be from the point: 0 at the property; for a postcode, the
 *                          furthest known property of that postcode from its centre, else a cautious default
 * @param uprn              the property's Unique Property Reference Number, when located at one
 * @param matchedAddress    the gazetteer's address of that property, for the point of contact to confirm
 * @param confidence        how closely the written address matched the property's, 0 to 1 (1 for an exact match;
 *                          0 when located by postcode)
 */
public record PlaceLocation(Coordinates coordinates, Precision precision, int likelyErrorMetres, Long uprn,
                            String matchedAddress, double confidence) {

    /** How a place was located. */
    public enum Precision { PROPERTY, POSTCODE_CENTRE }

    /** The confidence of a match that needs no one to confirm it: exact, or confirmed by the point of contact. */
    public static final double SURE = 1.0;

    public PlaceLocation {
        if (coordinates == null || precision == null) {
            throw new IllegalArgumentException("A location needs its point and its precision");
        }
    }

    public boolean approximate() {
        return precision == Precision.POSTCODE_CENTRE;
    }

    /**
     * Whether the point of contact should confirm the property it was matched to: any match but an exact one (the
     * keys already fold case, punctuation and abbreviations), since a near spelling may be the next street.
     */
    public boolean doubtful() {
        return precision == Precision.PROPERTY && confidence < SURE;
    }

    /**
     * How a distance from this point is qualified, e.g. "located by postcode only (may be up to 250 m out)". Never
     * the UPRN or the address: a confidential home is located, not shown.
     */
    public String describe() {
        if (approximate()) {
            return "located by postcode only (may be up to " + likelyErrorMetres + " m out)";
        }
        return doubtful() ? "located at the property that best matches the address: check it"
                : "located at the property";
    }
}
