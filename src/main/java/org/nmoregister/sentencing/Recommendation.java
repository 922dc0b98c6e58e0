package org.nmoregister.sentencing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the guideline says for one culpability and harm: the starting point and range, what the two categories mean,
 * the factors that may move the sentence within the range, the statutory maximum and which guideline says so.
 */
public record Recommendation(String guidelineName, String guidelineVersion, LocalDate effectiveFrom,
                             GuidelineSource source, Culpability culpability, List<String> culpabilityDefinition,
                             Harm harm, List<String> harmDefinition, Sentence startingPoint, SentenceRange range,
                             List<Factor> aggravatingFactors, List<Factor> mitigatingFactors,
                             StatutoryMaximum maximum) {
}
