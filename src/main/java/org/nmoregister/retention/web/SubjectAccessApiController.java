package org.nmoregister.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.nmoregister.retention.internal.SubjectAccess;
import org.nmoregister.retention.internal.SubjectAccessPdf;
import org.nmoregister.security.Authorities;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Subject access", description = "A person's right of access (DPA 2018 s.45): everything the register "
        + "holds about them, with what would reveal someone else marked for redaction")
class SubjectAccessApiController {

    private final SubjectAccess access;

    SubjectAccessApiController(SubjectAccess access) {
        this.access = access;
    }

    @Schema(description = "Whom the request is about")
    record AccessRequest(@Schema(description = "The data-protection office's reference", example = "SAR-2026-0042")
                         @Size(max = 100) String reference,
                         @Schema(description = "The person's name as they gave it", example = "Jane Doe")
                         @Size(max = 200) String name,
                         @Schema(description = "Their date of birth, to tell them from namesakes") LocalDate dateOfBirth) {
    }

    @PostMapping("/api/v1/subject-access")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @Operation(summary = "Gather everything held about a person in the force: the machine-readable export",
            description = "Each field carries 'redact' with the reason when it would reveal someone else. The search "
                    + "is kept and logged as a disclosure of every case found. 400 naming the field.")
    SubjectAccess.Export request(@RequestBody AccessRequest request) {
        return access.request(request.reference(), request.name(), request.dateOfBirth());
    }

    @GetMapping("/api/v1/subject-access/{requestId}")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @Operation(summary = "A request made earlier, gathered again as the register now stands (JSON)")
    ResponseEntity<SubjectAccess.Export> json(@PathVariable UUID requestId) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"subject-access-" + requestId + ".json\"")
                .contentType(MediaType.APPLICATION_JSON).body(access.again(requestId));
    }

    @GetMapping(value = "/api/v1/subject-access/{requestId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @Operation(summary = "The same as a PDF working copy, each field to redact marked")
    ResponseEntity<byte[]> pdf(@PathVariable UUID requestId) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"subject-access-" + requestId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(SubjectAccessPdf.write(access.again(requestId)));
    }
}
