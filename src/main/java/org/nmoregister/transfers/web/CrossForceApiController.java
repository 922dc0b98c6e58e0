package org.nmoregister.transfers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.transfers.internal.CrossForceService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Across forces: the force's sharing settings, other forces' enquiries, notices and requests for more. */
@RestController
@Tag(name = "Across forces", description = "The national existence check's sharing settings and what other forces"
        + " asked or were told")
class CrossForceApiController {

    static final int PAGE_SIZE = 25;

    private final CrossForceService service;

    CrossForceApiController(CrossForceService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/cross-force/sharing")
    @PreAuthorize(CrossForceAccess.SHARING_READERS)
    @Operation(summary = "The user's force's sharing settings: on or off by default, exceptions by force, the 24/7"
            + " telephone, and the forces that find its orders now")
    CrossForceService.SharingView sharing() {
        return service.sharing();
    }

    /**
     * @param exceptions other forces, by code, for which sharing differs from the default
     */
    record SharingRequest(Boolean sharesByDefault, @Size(max = 30) String controlRoomTelephone,
                          @Size(max = 100) Map<@Size(max = 40) String, Boolean> exceptions) {
    }

    @PutMapping("/api/v1/cross-force/sharing")
    @PreAuthorize(CrossForceAccess.SHARING_ADMINISTRATORS)
    @Operation(summary = "Replace the force's sharing settings (administrators); logged",
            description = "A force with sharing off is not searched by other forces' lookups (except for orders it has"
                    + " told a force of, whose respondent lives there). Nothing changes on any error.")
    CrossForceService.SharingView changeSharing(@RequestBody SharingRequest request) {
        if (request == null) {
            throw new InvalidRequestException("sharesByDefault", "is required");
        }
        return service.changeSharing(request.sharesByDefault(), request.controlRoomTelephone(),
                request.exceptions());
    }

    @GetMapping("/api/v1/cross-force/enquiries")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    @Operation(summary = "Other forces' enquiries about the force's orders on one day (today by default), newest first,"
            + " 25 a page: who, which force, when, why, what was shown and the sharing settings then")
    CrossForceService.Page<CrossForceService.EnquiryView> enquiries(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer page) {
        return service.enquiries(date == null ? service.today() : date, page(page), PAGE_SIZE);
    }

    @GetMapping("/api/v1/cross-force/notices")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    @Operation(summary = "Existence notices other forces sent this force (an order's respondent lives in its area),"
            + " newest first, 25 a page, each with the order's card")
    CrossForceService.Page<CrossForceService.NoticeView> notices(@RequestParam(required = false) Integer page) {
        return service.notices(page(page), PAGE_SIZE);
    }

    @GetMapping("/api/v1/cross-force/requests")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    @Operation(summary = "Other forces' requests for more about this force's orders, open ones first, 25 a page")
    CrossForceService.Page<CrossForceService.RequestView> requests(@RequestParam(required = false) Integer page) {
        return service.requests(page(page), PAGE_SIZE);
    }

    /** A request for more than another force's card. */
    record AskRequest(UUID orderId, @Size(max = 100) String reason, @Size(max = 1000) String note) {
    }

    @PostMapping("/api/v1/cross-force/requests")
    @PreAuthorize(CrossForceAccess.ASKERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the owning force for more than the card of one of its orders",
            description = "404 unless the user's force may see the card now. The owning force's point of contact sees"
                    + " the request; both forces' access logs record it.")
    CrossForceService.RequestView ask(@RequestBody AskRequest request) {
        if (request == null) {
            throw new InvalidRequestException("orderId", "is required");
        }
        return service.ask(request.orderId(), request.reason(), request.note());
    }

    @PostMapping("/api/v1/cross-force/requests/{id}/answered")
    @PreAuthorize(CrossForceAccess.ANSWERERS)
    @Operation(summary = "Mark a request to the force answered (the point of contact)")
    CrossForceService.RequestView answered(@PathVariable UUID id) {
        return service.answered(id);
    }

    private static int page(Integer page) {
        if (page == null) {
            return 1;
        }
        if (page < 1 || page > 100_000) {
            throw new InvalidRequestException("page", "must be between 1 and 100000");
        }
        return page;
    }
}
