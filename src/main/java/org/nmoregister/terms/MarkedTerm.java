package org.nmoregister.terms;

/**
 * One term as the court numbered or lettered it in a document: its marker ("1.", "(b)", "iv)"), its wording with
 * wrapped lines joined, and where it lies in the text it was read from ({@code [start, end)}, marker included).
 */
public record MarkedTerm(String marker, String text, int start, int end) {

    /** Longer than any order's terms; the same bound as the reader's. */
    public static final int MAX_TEXT_LENGTH = TermsChecker.MAX_TEXT_LENGTH;

    /**
     * The terms of a document cut where the court numbered or lettered them, each with its place in the text; the
     * text given should be the terms' part of the document (what follows "The court orders that"). This only finds
     * where each term begins and ends; what a term says is read when the order's version is recorded.
     */
    public static java.util.List<MarkedTerm> in(String text) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The terms are longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return org.nmoregister.terms.internal.MarkedParagraphs.in(text);
    }
}
