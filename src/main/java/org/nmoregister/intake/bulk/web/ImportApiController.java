package org.nmoregister.intake.bulk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.nmoregister.intake.bulk.BulkImports;
import org.nmoregister.intake.bulk.ImportJob;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import over the API: upload a CSV file, then poll the job until it has finished. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Bulk import", description = "Import a force's existing orders from a CSV export (docs/import.md)")
@PreAuthorize("hasAnyRole('POINT_OF_CONTACT','ADMIN')")
class ImportApiController {

    private final BulkImports imports;

    ImportApiController(BulkImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an import", description = "Checks the file (UTF-8 CSV, at most 5 MB, the required "
            + "columns) and answers 202 with the job id; rows are validated and imported in the background. With "
            + "dryRun=true the rows are only validated.")
    ResponseEntity<Started> start(@RequestPart("file") MultipartFile file,
                                  @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        UUID id = imports.start(file.getOriginalFilename(), file.getBytes(), dryRun);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id))
                .body(new Started(id, "/api/v1/imports/" + id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's progress and, row by row, its report")
    ImportJob job(@PathVariable UUID id) {
        return imports.job(id);
    }

    /** @param poll where to follow the job */
    record Started(UUID id, String poll) {
    }
}
