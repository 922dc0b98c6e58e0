package org.nmoregister.breaches.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.nmoregister.breaches.internal.DipSampling;
import org.nmoregister.security.Authorities;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/breaches/dip-samples")
@Tag(name = "Dip-sampling", description = "Weekly random samples of domestic-abuse breach records for review")
class DipSampleApiController {

    private final DipSampling sampling;

    DipSampleApiController(DipSampling sampling) {
        this.sampling = sampling;
    }

    @PostMapping
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "Draw a week's sample (once per week; the seed is recorded)")
    ResponseEntity<DipSampling.Sample> draw(@RequestBody BreachRequests.DrawSample request) {
        UUID id = sampling.draw(request.weekStart());
        return ResponseEntity.created(URI.create("/api/v1/breaches/dip-samples/" + id)).body(sampling.read(id));
    }

    @GetMapping
    @PreAuthorize(Authorities.REVIEW_READERS)
    @Operation(summary = "Findings by week")
    List<DipSampling.WeekFindings> report() {
        return sampling.report();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "A sample and its findings")
    DipSampling.Sample get(@PathVariable UUID id) {
        return sampling.read(id);
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "Record the finding on a sampled record")
    DipSampling.Sample finding(@PathVariable UUID id, @RequestBody BreachRequests.Finding request) {
        sampling.recordFinding(id, request.reportId(), request.finding(), request.notes());
        return sampling.read(id);
    }
}
