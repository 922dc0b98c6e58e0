package org.nmoregister.transfers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.transfers.internal.TransferView;
import org.nmoregister.transfers.internal.Transfers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfers of a case between forces: the request, the list, one request, and the decisions on it. */
@RestController
@Tag(name = "Transfers", description = "A case moves to another force only when that force accepts it")
class TransferApiController {

    private final Transfers transfers;

    TransferApiController(Transfers transfers) {
        this.transfers = transfers;
    }

    @Schema(description = "A request to transfer a case to another force")
    record TransferRequest(
            @Schema(description = "The order (case) to transfer; your force must own it") UUID orderId,
            @Schema(description = "The receiving force's code", example = "southvale") @Size(max = 40) String toForce,
            @Schema(allowableValues = {"VICTIM_MOVED", "RESPONDENT_MOVED", "INVESTIGATION_THERE"},
                    example = "VICTIM_MOVED") @Size(max = 40) String reason,
            @Schema(description = "A note for the receiving force", example = "Victim moved in May; incidents now "
                    + "in Southvale") @Size(max = 2000) String note) {
    }

    @Schema(description = "Why a request is declined (required) or withdrawn, or a note on acceptance")
    record DecisionRequest(@Size(max = 2000) String reason) {
    }

    /** A page of requests: {@code items}, this {@code page} (from 1), {@code pageSize} and the list's {@code total}. */
    record TransferList(List<TransferView> items, int page, int pageSize, long total) {
    }

    @PostMapping("/api/v1/transfers")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask another force to take over a case your force owns",
            description = "201 with the request (status PENDING). Until the receiving force accepts, your force owns "
                    + "the case and keeps every flag. 404 when the order is not your force's; 409 when a transfer of "
                    + "it is already pending.")
    TransferView request(@RequestBody TransferRequest body) {
        return transfers.request(body.orderId(), body.toForce(), body.reason(), body.note());
    }

    @GetMapping("/api/v1/transfers")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    @Operation(summary = "Transfer requests to your force and your force's own, newest first, 25 a page",
            description = "status: PENDING, ACCEPTED, DECLINED or WITHDRAWN; direction: incoming (to your force) "
                    + "or outgoing (your force's); both when not given.")
    TransferList list(@RequestParam(required = false) @Parameter(example = "PENDING") String status,
                      @RequestParam(required = false) @Parameter(example = "incoming") String direction,
                      @RequestParam(required = false) String page) {
        int number = page(page);
        Transfers.Page found = transfers.list(status, direction, number, ListPage.SIZE);
        return new TransferList(found.items(), number, ListPage.SIZE, found.total());
    }

    @GetMapping("/api/v1/transfers/{id}")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    @Operation(summary = "One transfer request of your force, with the order's summary (no address or C8 detail)")
    TransferView one(@PathVariable UUID id) {
        return transfers.one(id);
    }

    @PostMapping("/api/v1/transfers/{id}/accept")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    @Operation(summary = "Accept a case transferred to your force: it becomes your force's, whole",
            description = "The order, its versions, breaches, risk assessments, safeguarding and markers move in one "
                    + "transaction; 409 when the request is no longer pending or was not made to your force.")
    TransferView accept(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest body) {
        return transfers.accept(id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/transfers/{id}/decline")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    @Operation(summary = "Decline a case transferred to your force, with the reason the sender will see")
    TransferView decline(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest body) {
        return transfers.decline(id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/transfers/{id}/withdraw")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    @Operation(summary = "Withdraw your force's request before the receiving force decides")
    TransferView withdraw(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest body) {
        return transfers.withdraw(id, body == null ? null : body.reason());
    }

    @GetMapping("/api/v1/transfers/{id}/held")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    @Operation(summary = "The read-only view your force keeps of a case it transferred: the order as it stood when "
            + "accepted, and its versions until then", description = "Every read is written to the access log; a "
            + "supervisor gives a reason (an incident, log or case reference).")
    Transfers.HeldView held(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        return transfers.held(id, reason);
    }

    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1 || number > 100_000) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("page", "must be a whole number from 1");
        }
    }
}
