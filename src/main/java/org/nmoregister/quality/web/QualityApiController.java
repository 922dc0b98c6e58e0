package org.nmoregister.quality.web;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessReason;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.quality.LiaisonKind;
import org.nmoregister.quality.LiaisonView;
import org.nmoregister.quality.QualityView;
import org.nmoregister.quality.internal.LiaisonService;
import org.nmoregister.quality.internal.QualityBlockedException;
import org.nmoregister.quality.internal.QualityService;
import org.nmoregister.security.Authorities;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Quality assurance and court liaison")
class QualityApiController {

    private final QualityService quality;
    private final LiaisonService liaison;
    private final OrderRegister orders;

    QualityApiController(QualityService quality, LiaisonService liaison, OrderRegister orders) {
        this.quality = quality;
        this.liaison = liaison;
        this.orders = orders;
    }

    record AssuranceRequest(@Size(max = 2000) String overrideReason) {
    }

    record LiaisonRequest(LiaisonKind kind, @Size(max = 4000) String note,
                          @DateWindow(DateWindow.Kind.SCHEDULED) Instant dueAt) {
    }

    record ResponseRequest(String response) {
    }

    record WithdrawRequest(@Size(max = 2000) String reason) {
    }

    @PostMapping("/api/v1/orders/{id}/quality-assurance")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    @Operation(summary = "Quality-assure the order's latest version",
            description = "409 problem+json listing the ERROR findings that block it, unless a supervisor gives an overrideReason")
    QualityView assure(@PathVariable UUID id, @RequestBody(required = false) AssuranceRequest request) {
        return quality.assure(id, request == null ? null : request.overrideReason());
    }

    @GetMapping("/api/v1/orders/{id}/quality-assurance")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "The latest version's quality assurance: status, structured terms and findings")
    QualityView view(@PathVariable UUID id, @Parameter(description = AccessReason.PARAMETER)
                     @RequestParam(required = false) String reason) {
        orders.consult(id, "quality assurance", reason);
        return quality.view(orders.current(id));
    }

    @GetMapping("/api/v1/quality-assurance/queue")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    @Operation(summary = "Order versions waiting for quality assurance, oldest first")
    List<QualityService.QueueItem> queue() {
        return quality.queue();
    }

    @PostMapping("/api/v1/orders/{id}/liaison-requests")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @Operation(summary = "Ask the court for missing data, clearer wording, or confirmation that the order is current or served")
    ResponseEntity<LiaisonView> raise(@PathVariable UUID id, @RequestBody LiaisonRequest request) {
        LiaisonView raised = liaison.raise(id, request.kind(), request.note(), request.dueAt());
        return ResponseEntity.created(URI.create("/api/v1/liaison-requests/" + raised.id())).body(raised);
    }

    @GetMapping("/api/v1/orders/{id}/liaison-requests")
    @PreAuthorize(Authorities.CASEWORK)
    List<LiaisonView> forOrder(@PathVariable UUID id, @Parameter(description = AccessReason.PARAMETER)
                               @RequestParam(required = false) String reason) {
        orders.consult(id, "liaison requests", reason);
        return liaison.forOrder(id);
    }

    @GetMapping("/api/v1/liaison-requests")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    @Operation(summary = "The force's open requests to courts, soonest due first")
    List<LiaisonView> open() {
        return liaison.open();
    }

    @PostMapping("/api/v1/liaison-requests/{id}/response")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @Operation(summary = "Record the court's answer; record any change to the order as a new version of it")
    LiaisonView respond(@PathVariable UUID id, @RequestBody ResponseRequest request) {
        return liaison.respond(id, request.response());
    }

    @PostMapping("/api/v1/liaison-requests/{id}/withdraw")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    LiaisonView withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
        return liaison.withdraw(id, request.reason());
    }

    @ExceptionHandler(QualityBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(QualityBlockedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Errors block quality assurance");
        problem.setProperty("findings", e.blockingFindings());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
