package org.nmoregister.orders;

/** One paragraph of the order, numbered as the court numbered it and verbatim. */
public record Term(int number, String text) {
}
