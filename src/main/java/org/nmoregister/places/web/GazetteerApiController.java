package org.nmoregister.places.web;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.Located;
import org.nmoregister.places.Postcode;
import org.nmoregister.places.internal.GazetteerImport;
import org.nmoregister.places.internal.GazetteerImporter;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The gazetteer over the API: import the ONS Postcode Directory (administrators) and resolve a postcode. */
@RestController
@RequestMapping("/api/v1/gazetteer")
@Tag(name = "Gazetteer", description = "Postcodes to locations and police force areas (docs/places.md)")
class GazetteerApiController {

    private final GazetteerImporter importer;
    private final Gazetteer gazetteer;
    private final CurrentUsers currentUsers;

    GazetteerApiController(GazetteerImporter importer, Gazetteer gazetteer, CurrentUsers currentUsers) {
        this.importer = importer;
        this.gazetteer = gazetteer;
        this.currentUsers = currentUsers;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import an uploaded ONS Postcode Directory or AddressBase CSV", description = "kind "
            + "POSTCODE_DIRECTORY (default) or ADDRESSBASE. Answers 202 with the import's id at once; rows are loaded "
            + "in the background. 409 while another import runs.")
    ResponseEntity<Started> upload(@RequestPart("file") MultipartFile file,
                                   @RequestParam(name = "kind", defaultValue = "POSTCODE_DIRECTORY")
                                   GazetteerImport.Kind kind) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        Path copy = Files.createTempFile("gazetteer-", ".csv");
        try {
            file.transferTo(copy);
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return started(importer.start(kind, currentUsers.require().username(), name, copy, true));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import an ONS Postcode Directory or AddressBase CSV already on the server",
            description = "The path is "
            + "resolved inside the configured import directory (nmo.gazetteer.import-directory); nothing outside "
            + "it is read. Answers 202 with the import's id; 409 while another import runs.")
    ResponseEntity<Started> fromServer(@RequestBody ServerFile request) {
        Path file = importer.serverFile(request == null ? null : request.path());
        GazetteerImport.Kind kind = request.kind() == null ? GazetteerImport.Kind.POSTCODE_DIRECTORY : request.kind();
        return started(importer.start(kind, currentUsers.require().username(), file.toString(), file, false));
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "An import's progress, counts and the first rows it refused")
    GazetteerImport job(@PathVariable UUID id) {
        return importer.find(id);
    }

    @GetMapping("/postcodes/{postcode}")
    @PreAuthorize(Authorities.STAFF)
    @Operation(summary = "Where a postcode is, and its police force area", description = "404 when the gazetteer "
            + "does not hold it; terminated postcodes are answered with their termination date.")
    PostcodeView postcode(@PathVariable String postcode) {
        Postcode code = Postcode.parse(postcode)
                .orElseThrow(() -> new InvalidRequestException("postcode", "Enter a UK postcode, like LS1 4DY"));
        Located located = gazetteer.lookup(code)
                .orElseThrow(() -> new NotFoundException("The gazetteer has no postcode " + code));
        return new PostcodeView(code.toString(), located.coordinates() == null ? null
                : located.coordinates().latitude(), located.coordinates() == null ? null
                : located.coordinates().longitude(), located.policeForceArea(), located.localAuthority(),
                located.introduced(), located.terminated());
    }

    private static ResponseEntity<Started> started(UUID id) {
        String poll = "/api/v1/gazetteer/imports/" + id;
        return ResponseEntity.accepted().location(URI.create(poll)).body(new Started(id, poll));
    }

    /**
     * @param path the file's path, relative to the server's import directory
     * @param kind POSTCODE_DIRECTORY (the default) or ADDRESSBASE
     */
    record ServerFile(@Size(max = 1000) String path, GazetteerImport.Kind kind) {
    }

    /** @param poll where to follow the import */
    record Started(UUID id, String poll) {
    }

    /** A postcode as the gazetteer has it; latitude and longitude are null when the directory gives no location. */
    record PostcodeView(String postcode, Double latitude, Double longitude, String policeForceArea,
                        String localAuthority, LocalDate introduced, LocalDate terminated) {
    }
}
