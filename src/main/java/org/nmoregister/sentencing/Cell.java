package org.nmoregister.sentencing;

/** One cell of the guideline's table: the starting point and category range for a culpability and a harm. */
public record Cell(Culpability culpability, Harm harm, Sentence startingPoint, SentenceRange range) {
}
