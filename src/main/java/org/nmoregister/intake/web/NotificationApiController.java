package org.nmoregister.intake.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nmoregister.intake.NotificationStatus;
import org.nmoregister.intake.internal.ChangeKindNames;
import org.nmoregister.intake.internal.DeliveryDifferences;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationService;
import org.nmoregister.intake.internal.NotificationViews.Accepted;
import org.nmoregister.intake.internal.NotificationViews.Notification;
import org.nmoregister.intake.internal.NotificationViews.QueueItem;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.files.UploadedFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The intake API: court-feed delivery, uploads, and the point of contact's queue and decisions. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Court-feed delivery and the point of contact's queue")
class NotificationApiController {

    private final NotificationService service;

    NotificationApiController(NotificationService service) {
        this.service = service;
    }

    /**
     * What a delivery stored. For a changed resend (the same source and reference as an earlier delivery, with other
     * content) it also names the first delivery and what differs from the previous one.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NotificationCreated(UUID id, UUID correctionOf, List<DeliveryDifferences.Difference> differences) {

        NotificationCreated(UUID id) {
            this(id, null, List.of());
        }
    }

    /**
     * {@code changeKind}: NEW_ORDER, VARIATION, EXTENSION, DISCHARGE or SERVICE_CONFIRMATION as this API has always
     * named them, or the register's own names ({@link ChangeKindNames}); absent, the register decides.
     */
    record AcceptRequest(@Valid NotificationData data, @Size(max = 40) String changeKind, Long rowVersion) {
    }

    record RejectRequest(@Size(max = 2000) String reason, Long rowVersion) {
    }

    record DuplicateRequest(UUID duplicateOf, Long rowVersion) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COURT_FEED','POINT_OF_CONTACT')")
    @Operation(summary = "Deliver a notification",
            description = "Stored before it is acknowledged: 201 with its id the first time, 200 with the same id "
                    + "when the same source and externalReference are delivered again with the same content. "
                    + "Delivered again with different content, it is stored as a changed resend for the point of "
                    + "contact to decide: 201 with the new id, correctionOf (the first delivery's id) and "
                    + "differences (field, was, now) from the previous delivery. Incomplete or malformed data is "
                    + "refused with 400 naming every field, and nothing is stored.")
    ResponseEntity<NotificationCreated> deliver(@RequestBody NotificationSubmission submission) {
        var receipt = service.receive(submission.source(), submission.manualOrigin(), submission.externalReference(),
                submission.data());
        var body = new NotificationCreated(receipt.id(), receipt.correctionOf(), receipt.differences());
        return receipt.created()
                ? ResponseEntity.created(URI.create("/api/v1/notifications/" + receipt.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    @Operation(summary = "Upload the court's order document (PDF); its text is extracted and kept beside it")
    ResponseEntity<NotificationCreated> uploadPdf(@RequestParam(name = "file", required = false) MultipartFile file)
            throws java.io.IOException {
        UUID id = service.receivePdf(filename(file), bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/notifications/" + id)).body(new NotificationCreated(id));
    }

    @PostMapping(path = "/emails", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    @Operation(summary = "Upload an e-mail file (.eml); the message and its attachments are kept")
    ResponseEntity<NotificationCreated> uploadEmail(@RequestParam(name = "file", required = false) MultipartFile file)
            throws java.io.IOException {
        UUID id = service.receiveEmail(filename(file), bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/notifications/" + id)).body(new NotificationCreated(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    @Operation(summary = "The force's queue, most urgent first (open notifications unless a status is given)")
    List<QueueItem> queue(@RequestParam(required = false) NotificationStatus status) {
        return service.queue(status);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    Notification read(@PathVariable UUID id) {
        return service.read(id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    @Operation(summary = "The original bytes of a document, exactly as received")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        var document = service.document(id, documentId);
        return download(document.filename(), document.contentType(), document.content());
    }

    @PutMapping("/{id}/data")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    @Operation(summary = "Save corrections without deciding; the notification is then IN_REVIEW")
    ResponseEntity<Void> correct(@PathVariable UUID id, @RequestBody NotificationData data,
                                 @RequestParam(required = false) Long rowVersion) {
        service.correct(id, data, rowVersion);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    @Operation(summary = "Accept into the register: a new order, or a new version of the order already held for "
            + "the same court, case number and order type. Optional corrections replace the data.")
    Accepted accept(@PathVariable UUID id, @RequestBody(required = false) AcceptRequest request) {
        return request == null ? service.accept(id, null, null, null)
                : service.accept(id, request.data(), ChangeKindNames.kind(request.changeKind()), request.rowVersion());
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    ResponseEntity<Void> reject(@PathVariable UUID id, @RequestBody(required = false) RejectRequest request) {
        service.reject(id, request == null ? null : request.reason(), request == null ? null : request.rowVersion());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/duplicate")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    ResponseEntity<Void> duplicate(@PathVariable UUID id, @RequestBody(required = false) DuplicateRequest request) {
        service.markDuplicate(id, request == null ? null : request.duplicateOf(),
                request == null ? null : request.rowVersion());
        return ResponseEntity.noContent().build();
    }

    /** Served by what its bytes are, always as an attachment: a document never runs in the browser. */
    static ResponseEntity<byte[]> download(String filename, String contentType, byte[] content) {
        return UploadedFiles.download(filename, content);
    }

    static String filename(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Choose a file to upload");
        }
        return file.getBytes();
    }
}
