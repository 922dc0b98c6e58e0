package org.nmoregister.terms;

/**
 * One term as the court numbered or lettered it in a document: its marker ("1.", "(b)", "iv)"), its wording with
 * wrapped lines joined, and where it lies in the text it was read from ({@code [start, end)}, marker included).
 */
public record MarkedTerm(String marker, String text, int start, int end) {
}
