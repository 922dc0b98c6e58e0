package org.nmoregister.sentencing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.Authorities;
import org.nmoregister.sentencing.Culpability;
import org.nmoregister.sentencing.Factor;
import org.nmoregister.sentencing.Guideline;
import org.nmoregister.sentencing.GuidelineSource;
import org.nmoregister.sentencing.Harm;
import org.nmoregister.sentencing.Recommendation;
import org.nmoregister.sentencing.Sentence;
import org.nmoregister.sentencing.SentencingGuide;
import org.nmoregister.sentencing.StatutoryMaximum;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sentencing guideline for breach of a protective order over the API: one cell of the table with its context. */
@RestController
@RequestMapping("/api/v1/sentencing")
@Tag(name = "Sentencing", description = "Sentencing Council guideline for breach of a protective order, held as "
        + "reference data (docs/sentencing.md)")
class SentencingApiController {

    private final SentencingGuide guide;

    SentencingApiController(SentencingGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/breach-of-protective-order")
    @PreAuthorize(Authorities.STAFF)
    @Operation(summary = "The starting point and category range for a culpability and a harm",
            description = "From the Breach Offences Definitive Guideline (breach of a protective order: restraining "
                    + "and non-molestation orders, also used for DAPOs and stalking protection orders), with the "
                    + "definitions, the aggravating and mitigating factors, the statutory maximum and the "
                    + "guideline's edition and source. 400 naming the field when culpability is not A, B or C or "
                    + "harm is not 1, 2 or 3.")
    RecommendationView lookup(
            @Parameter(description = "A, B or C") @RequestParam(name = "culpability", required = false)
            String culpability,
            @Parameter(description = "1, 2 or 3") @RequestParam(name = "harm", required = false) String harm) {
        var errors = new ArrayList<FieldError>();
        Optional<Culpability> c = Culpability.parse(culpability);
        Optional<Harm> h = Harm.parse(harm);
        if (c.isEmpty()) {
            errors.add(new FieldError("culpability", "must be A, B or C"));
        }
        if (h.isEmpty()) {
            errors.add(new FieldError("harm", "must be 1, 2 or 3"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return RecommendationView.of(guide.guideline(), guide.lookup(c.get(), h.get()));
    }

    /** The guideline that answered. */
    record GuidelineView(String id, String name, String guideline, String issuer, String version,
                         LocalDate effectiveFrom, GuidelineSource source, List<String> appliesTo) {
    }

    /**
     * One cell of the table: startingPoint and range are the guideline's words; startingPointSentence, rangeFrom and
     * rangeTo the same as structured values.
     */
    record RecommendationView(GuidelineView guideline, String culpability, List<String> culpabilityDefinition,
                              int harm, List<String> harmDefinition, String startingPoint,
                              Sentence startingPointSentence, String range, Sentence rangeFrom, Sentence rangeTo,
                              List<Factor> aggravatingFactors, List<Factor> mitigatingFactors,
                              StatutoryMaximum maximum) {

        static RecommendationView of(Guideline g, Recommendation r) {
            return new RecommendationView(
                    new GuidelineView(g.id(), g.name(), g.guideline(), g.issuer(), g.version(), g.effectiveFrom(),
                            g.source(), g.appliesTo()),
                    r.culpability().name(), r.culpabilityDefinition(), r.harm().category(), r.harmDefinition(),
                    r.startingPoint().text(), r.startingPoint().withoutText(), r.range().text(), r.range().from(),
                    r.range().to(), r.aggravatingFactors(), r.mitigatingFactors(), r.maximum());
        }
    }
}
