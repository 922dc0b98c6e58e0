package org.nmoregister.quality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import org.nmoregister.quality.internal.CourtDirectory;
import org.nmoregister.security.Authorities;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Court directory")
class CourtController {

    private final CourtDirectory directory;

    CourtController(CourtDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/courts")
    @PreAuthorize(Authorities.STAFF)
    List<CourtDirectory.Court> all() {
        return directory.all();
    }

    /** A court's details and, for a change, why (written to the access log). */
    record CourtRequest(String name, String address, String email, String phone, String reason) {
        CourtDirectory.Court court(UUID id) {
            return new CourtDirectory.Court(id, name, address, email, phone);
        }
    }

    @PostMapping("/api/v1/courts")
    @PreAuthorize(Authorities.REFERENCE_DATA_ADMINISTRATORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a court to the national directory (administrators; written to the access log)")
    CourtDirectory.Court add(@RequestBody CourtRequest court) {
        return directory.save(null, court.court(null), court.reason());
    }

    @PutMapping("/api/v1/courts/{id}")
    @PreAuthorize(Authorities.REFERENCE_DATA_ADMINISTRATORS)
    @Operation(summary = "Change a court's details (administrators; a reason is required and the change is logged)",
            description = "Every force's liaison letters to the court go to its e-mail address, so a point of contact "
                    + "who finds it wrong asks an administrator.")
    CourtDirectory.Court update(@PathVariable UUID id, @RequestBody CourtRequest court) {
        return directory.save(id, court.court(id), court.reason());
    }
}
