package org.nmoregister.places.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.Postcode;
import org.nmoregister.places.internal.GazetteerImport;
import org.nmoregister.places.internal.GazetteerImporter;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The gazetteer's administration page: how many postcodes it holds, a postcode check, the recent imports, and an
 * import started from an upload or from a file already on the server (the full directory is too big to upload
 * comfortably through a browser). An import's page refreshes itself until it has finished.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GazetteerPageController {

    private final GazetteerImporter importer;
    private final Gazetteer gazetteer;
    private final CurrentUsers currentUsers;

    GazetteerPageController(GazetteerImporter importer, Gazetteer gazetteer, CurrentUsers currentUsers) {
        this.importer = importer;
        this.gazetteer = gazetteer;
        this.currentUsers = currentUsers;
    }

    private static final String SOURCE_INPUT = "source-upload";

    @GetMapping("/gazetteer")
    String page(@RequestParam(name = "postcode", required = false) String postcode, Model model) {
        model.addAttribute("size", gazetteer.size());
        model.addAttribute("recent", importer.recent(10));
        model.addAttribute("importDirectory", importer.importDirectory().toString());
        model.addAttribute("ukTime", java.time.ZoneId.of("Europe/London"));
        if (postcode != null) {
            model.addAttribute("postcode", postcode);
            Postcode.parse(postcode).ifPresentOrElse(
                    p -> model.addAttribute("located", gazetteer.lookup(p).orElse(null)),
                    () -> model.addAttribute("errors", java.util.List.of(new InvalidRequestException.FieldError(
                            "postcode", "Enter a real postcode, like LS1 4DY"))));
            model.addAttribute("checked", true);
        }
        return "places/gazetteer";
    }

    @PostMapping("/gazetteer/imports")
    String start(@RequestParam(name = "source", defaultValue = "") String source,
                 @RequestParam(name = "file", required = false) MultipartFile file,
                 @RequestParam(name = "path", required = false) String path,
                 @RequestParam(name = "kind", defaultValue = "POSTCODE_DIRECTORY") GazetteerImport.Kind kind,
                 Model model) throws IOException {
        String username = currentUsers.require().username();
        try {
            UUID id;
            if ("server".equals(source)) {
                Path server = importer.serverFile(path);
                id = importer.start(kind, username, server.toString(), server, false);
            } else if ("upload".equals(source)) {
                if (file == null || file.isEmpty()) {
                    throw new InvalidRequestException("file", "Select the CSV file");
                }
                id = startUpload(kind, username, file);
            } else {
                throw new InvalidRequestException("source", "Choose where the file is");
            }
            return "redirect:/gazetteer/imports/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors().stream().map(GazetteerPageController::onItsInput).toList());
        } catch (ConflictException e) {
            model.addAttribute("errors", java.util.List.of(
                    new InvalidRequestException.FieldError(SOURCE_INPUT, e.getMessage())));
        }
        model.addAttribute("source", source);
        model.addAttribute("path", path);
        model.addAttribute("kind", kind);
        return page(null, model);
    }

    /** "Where is the file?" is a pair of radios: its error links to the first, as GOV.UK does for a radio group. */
    private static InvalidRequestException.FieldError onItsInput(InvalidRequestException.FieldError error) {
        return "source".equals(error.field()) ? new InvalidRequestException.FieldError(SOURCE_INPUT, error.reason())
                : error;
    }

    @GetMapping("/gazetteer/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", importer.find(id));
        return "places/import";
    }

    private UUID startUpload(GazetteerImport.Kind kind, String username, MultipartFile file) throws IOException {
        Path copy = Files.createTempFile("gazetteer-", ".csv");
        try {
            file.transferTo(copy);
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return importer.start(kind, username, name, copy, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }
}
