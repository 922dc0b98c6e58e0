package org.nmoregister.breaches.crime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The crime classifications a breach can be recorded under, for forms and partner tools. */
@RestController
@Tag(name = "Breaches reference data", description = "Crime classifications and the crime-recording target "
        + "(docs/sentencing.md)")
class CrimeClassificationsController {

    private final CrimeClassifications classifications;

    CrimeClassificationsController(CrimeClassifications classifications) {
        this.classifications = classifications;
    }

    /** @param recordingTarget ISO-8601 duration, for example PT24H */
    record ClassificationsView(String version, String source, Duration recordingTarget,
                               List<CrimeClassification> classifications) {
    }

    @GetMapping("/api/v1/breaches/reference/crime-classifications")
    @PreAuthorize(Authorities.STAFF)
    @Operation(summary = "The crime classifications for breaches and the offences they disclose",
            description = "Each with the register's code, title and legislation, the Home Office Counting Rules "
                    + "class where known and whether it has been confirmed (unconfirmed classes are for the Force "
                    + "Crime Registrar to confirm), the order types whose breach it is, and the other-offence "
                    + "prompt it answers; with the target for recording the crime after a report.")
    ClassificationsView classifications() {
        return new ClassificationsView(classifications.version(), classifications.source(),
                classifications.recordingTarget(), classifications.list());
    }
}
