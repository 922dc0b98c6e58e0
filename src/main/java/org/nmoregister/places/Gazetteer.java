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

    /** How many postcodes the gazetteer holds (live and terminated). */
    long size();
}
