/**
 * Places: the shared value types of where things are (postcodes, coordinates, address matching keys), the gazetteer
 * that turns a postcode into a location and a police force area (loaded from the ONS Postcode Directory), and the
 * in-memory index of protected places and exclusion zones that answers "what is at or near this point" in
 * microseconds. Other modules use {@link org.nmoregister.places.Gazetteer} and
 * {@link org.nmoregister.places.PlaceIndex}; the importer and its pages are internal.
 */
package org.nmoregister.places;
