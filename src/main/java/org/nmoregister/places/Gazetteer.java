package org.nmoregister.places;

import java.util.Optional;

/** Postcode to location and police force area, from the last ONS Postcode Directory imported. */
public interface Gazetteer {

    /**
     * The postcode as the directory has it, live or terminated, with or without a location; empty when the
     * directory does not have it. Answers come from a cache that an import clears.
     */
    Optional<Located> lookup(Postcode postcode);

    /** The postcode's location and force area; empty when it is unknown or the directory gives no location. */
    default Optional<Located> locate(Postcode postcode) {
        return lookup(postcode).filter(located -> located.coordinates() != null);
    }

    /**
     * The live postcodes whose centroid is within {@code radiusMetres} (at most 50 km) of {@code point}, nearest
     * first, at most {@code limit} of them, each with its distance: to name the streets around a caller's location.
     */
    java.util.List<Near> near(Coordinates point, double radiusMetres, int limit);

    /** A postcode near a point. */
    record Near(Located located, double distanceMetres) {
    }

    /**
     * Where the place an address names is: at its property when the address gazetteer (AddressBase) has it,
     * tolerant of abbreviations and typing errors but never of another house number; else at its postcode's centre,
     * marked approximate with how far out that may be. Empty when neither is known (no postcode and no property
     * whose first line and town the address gives exactly).
     */
    java.util.Optional<PlaceLocation> locateAddress(String address);

    /**
     * The properties the address may name, the closest first, each with how closely it matched: what the point of
     * contact chooses among when {@link #locateAddress} is not sure ({@link PlaceLocation#doubtful()}) or found two
     * equally good. Empty when the address gazetteer has none alike enough (or the address has no postcode).
     */
    java.util.List<Candidate> candidates(String address);

    /**
     * The address at the property the point of contact chose for it: confidence 1, since a person has confirmed it.
     * Empty when the address gazetteer no longer has the property.
     */
    java.util.Optional<PlaceLocation> locateProperty(long uprn);

    /**
     * The address at its postcode's centre, marked approximate with its likely error, whatever property it might
     * match: the point of contact's "none of these". Empty when its postcode is not known with a location.
     */
    java.util.Optional<PlaceLocation> locatePostcodeCentre(String address);

    /** A property an address may name: its UPRN, its address as the gazetteer writes it, and the match's closeness. */
    record Candidate(long uprn, String address, double confidence) {
    }

    /** How many postcodes the gazetteer holds (live and terminated). */
    long size();
}
