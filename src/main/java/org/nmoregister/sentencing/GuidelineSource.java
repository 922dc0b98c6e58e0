package org.nmoregister.sentencing;

/** Where the guideline is published. */
public record GuidelineSource(String title, String url) {
}
