package org.nmoregister.breaches.sentencing;

/** Where the guideline is published. */
public record GuidelineSource(String title, String url) {
}
