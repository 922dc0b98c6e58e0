package org.nmoregister.lookup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.lookup.PlaceResult;
import org.nmoregister.lookup.internal.LookupService;
import org.nmoregister.security.Authorities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lookup", description = "The control room's search: people and places under an order")
class LookupApiController {

    private final LookupService lookup;

    LookupApiController(LookupService lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/v1/lookup/people")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "People under or protected by an order, by name in any order or variant, ranked")
    List<PersonResult> people(@RequestParam(required = false) String name,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                              @Parameter(description = "Why: an incident or log number (required)")
                              @RequestParam(required = false) String reason) {
        return lookup.people(name, dateOfBirth, reason);
    }

    @GetMapping("/api/v1/lookup/places")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "Protected places and exclusion zones at or near a postcode, an address or coordinates, with"
            + " distances")
    List<PlaceResult> places(@RequestParam(required = false) String postcode,
                             @Parameter(description = "An address as typed (\"14 Elm Grove, Northtown\"): the protected"
                                     + " places recorded at it, and all within radiusMetres of them or of its postcode")
                             @RequestParam(required = false) String address,
                             @RequestParam(required = false) Double latitude,
                             @RequestParam(required = false) Double longitude,
                             @RequestParam(required = false) Integer radiusMetres,
                             @RequestParam(required = false) String reason) {
        if ((postcode == null || postcode.isBlank()) && address != null && !address.isBlank()) {
            return lookup.placesAtAddress(address, radiusMetres, reason);
        }
        return lookup.places(postcode, latitude, longitude, radiusMetres, reason);
    }
}
