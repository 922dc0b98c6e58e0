package org.nmoregister.intake.bulk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.nmoregister.intake.bulk.BulkImports;
import org.nmoregister.intake.bulk.ImportJob;
import org.nmoregister.intake.bulk.internal.ImportColumns;
import org.nmoregister.intake.bulk.internal.ImportTemplate;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: the upload form, the job page with its progress bar, and the report. The progress bar polls
 * {@code /imports/{id}/progress} (the same job as {@code GET /api/v1/imports/{id}}) because the API is stateless and
 * does not read the browser's session; without JavaScript the page refreshes itself.
 */
@Controller
@PreAuthorize("hasAnyRole('POINT_OF_CONTACT','ADMIN')")
class ImportPageController {

    private final BulkImports imports;

    ImportPageController(BulkImports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String form(Model model) {
        model.addAttribute("recent", imports.recent(20));
        model.addAttribute("ukTime", java.time.ZoneId.of("Europe/London"));
        model.addAttribute("columns", ImportColumns.ALL);
        model.addAttribute("required", ImportColumns.REQUIRED);
        return "imports/form";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("file", "Select a CSV file to import");
            }
            UUID id = imports.start(file.getOriginalFilename(), file.getBytes(), dryRun);
            return "redirect:/imports/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("dryRun", dryRun);
            return form(model);
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "imports/job";
    }

    @GetMapping(path = "/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Progress progress(@PathVariable UUID id) {
        ImportJob job = imports.job(id);
        return new Progress(job.status(), job.totalRows(), job.rowsDone(), job.percentDone(), job.finished());
    }

    @GetMapping("/imports/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nmo-import-template.csv").build().toString())
                .body(ImportTemplate.csv().getBytes(StandardCharsets.UTF_8));
    }

    record Progress(ImportJob.Status status, int totalRows, int rowsDone, int percent, boolean finished) {
    }
}
