package org.nmoregister.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.safeguarding.internal.District;
import org.nmoregister.safeguarding.internal.Districts;
import org.nmoregister.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The force's districts and the postcode areas they cover. */
@RestController
@Tag(name = "Districts")
class DistrictApiController {

    private final Districts districts;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    DistrictApiController(Districts districts, CurrentUsers currentUsers, AccessLog accessLog) {
        this.districts = districts;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    /**
     * A district as the API gives it.
     *
     * @param postcodeDistricts the outward codes it covers wholly ({@code LS6})
     * @param sectors           the sectors it covers of outward codes shared with other districts ({@code LS7 3})
     */
    record DistrictView(UUID id, String code, String name, List<String> postcodeDistricts, List<String> sectors,
                        String teamEmail, String supervisorEmail) {
        static DistrictView of(District d) {
            return new DistrictView(d.id(), d.code(), d.name(), d.postcodeDistricts(), d.sectors(), d.teamEmail(),
                    d.supervisorEmail());
        }
    }

    @GetMapping("/api/v1/districts")
    @PreAuthorize(SafeguardingAccess.DISTRICT_READERS)
    @Operation(summary = "The user's force's districts, each with the postcode districts and sectors it covers")
    List<DistrictView> all() {
        return districts.of(currentUsers.require().forceId()).stream().map(DistrictView::of).toList();
    }

    /** A district's details and coverage, replacing what it had. */
    record DistrictRequest(@Size(max = 200) String name, @Size(max = 200) String teamEmail,
                           @Size(max = 200) String supervisorEmail,
                           @Size(max = 500) List<@Size(max = 8) String> areas) {
    }

    @PutMapping("/api/v1/districts/{id}")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    @Operation(summary = "Change a district's name, e-mail addresses and the postcode areas it covers (administrators)",
            description = "An area another district covers is refused, naming it; nothing is changed on any error.")
    DistrictView edit(@PathVariable UUID id, @RequestBody DistrictRequest request) {
        var user = currentUsers.require();
        districts.edit(user.forceId(), id, request.name(), request.teamEmail(), request.supervisorEmail(),
                request.areas() == null ? null : String.join("\n", request.areas()));
        accessLog.record(AccessAction.CHANGE, "district", id.toString(), null, "District details and coverage");
        return DistrictView.of(districts.get(user.forceId(), id));
    }

    @PostMapping(path = "/api/v1/districts/coverage", consumes = "text/csv")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    @Operation(summary = "Replace the force's postcode coverage from a CSV (columns district, area, optionally code)",
            description = "A district not yet known is made. Any error refuses the whole file, naming the row.")
    Districts.Imported importCoverage(@RequestBody String csv) {
        var user = currentUsers.require();
        if (csv.length() > 2_000_000) {
            throw new org.nmoregister.platform.InvalidRequestException("file", "must be at most 2 MB");
        }
        Districts.Imported imported = districts.importCsv(user.forceId(), new StringReader(csv));
        accessLog.record(AccessAction.CHANGE, "district", user.forceCode(), null,
                "Coverage imported: " + imported.areas() + " areas, " + imported.districtsMade() + " districts made");
        return imported;
    }
}
