package org.nmoregister.sentencing;

/**
 * A category range: its least and most severe sentence, and the words the guideline prints for it.
 *
 * @param text for example 1–4 years, or high-level community order – 2 years' custody
 */
public record SentenceRange(Sentence from, Sentence to, String text) {
}
