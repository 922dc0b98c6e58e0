package org.nmoregister.quality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
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

    @PostMapping("/api/v1/courts")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    CourtDirectory.Court add(@RequestBody CourtDirectory.Court court) {
        return directory.save(null, court);
    }

    @PutMapping("/api/v1/courts/{id}")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','ADMIN')")
    CourtDirectory.Court update(@PathVariable UUID id, @RequestBody CourtDirectory.Court court) {
        return directory.save(id, court);
    }
}
