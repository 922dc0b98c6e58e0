package org.nmoregister.orders.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderListing;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.RecordedChange;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "The protective-order record: versions, service, the order as at a time")
class OrderApiController {

    private final OrderRegister register;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final List<OrderAnnex> annexes;
    private final OrderListing listing;

    OrderApiController(OrderRegister register, Confidentiality confidentiality, CurrentUsers currentUsers,
                       List<OrderAnnex> annexes, OrderListing listing) {
        this.listing = listing;
        this.register = register;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
        this.annexes = annexes;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "An order now, or as it stood at an instant",
            description = "Written to the access log. Users other than the point of contact must give a reason.")
    OrderResponse get(@PathVariable UUID id,
                      @Parameter(description = "ISO instant; the version then in effect and the status then")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
                      @Parameter(description = "Why you are reading it: an incident or log number")
                      @RequestParam(required = false) String reason) {
        OrderSnapshot snapshot = register.read(id, at, reason)
                .orElseThrow(() -> new NotFoundException("Order " + id + " had not been made at " + at));
        return response(snapshot);
    }

    @GetMapping
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "Find orders by case number or exact name, or list the register",
            description = "With caseNumber or name: the matching orders (a list). With neither: the force's register, "
                    + "filtered, sorted and a page at a time with the total (an object with rows, total, totalExact, "
                    + "page and size: counting stops past 10,000 orders, or past the page asked for, and then "
                    + "totalExact is false and the list has more than total); every row listed is written to the "
                    + "access log. Filters: status (PENDING_SERVICE, "
                    + "IN_FORCE, EXPIRED, DISCHARGED), type, district (id), court, endingWithinDays, unserved, "
                    + "awaitingQuality, withBreach; sort (MADE, ENDS, COURT, CASE_NUMBER, TYPE), direction (asc, "
                    + "desc), page (from 1), size (1 to 100).",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "The matching orders (with caseNumber or name), or a page of the register",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(oneOf = {OrderListing.Page.class,
                                    org.nmoregister.orders.OrderSummary[].class}))))
    Object find(@RequestParam(required = false) String caseNumber,
                @RequestParam(required = false) String name,
                @RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) String district, @RequestParam(required = false) String court,
                @RequestParam(required = false) String endingWithinDays,
                @RequestParam(required = false) String unserved,
                @RequestParam(required = false) String awaitingQuality,
                @RequestParam(required = false) String withBreach, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size) {
        if (caseNumber != null) {
            if (caseNumber.isBlank()) {
                throw new InvalidRequestException("caseNumber", "give a case number to search for, or leave it out");
            }
            return register.findByCaseNumber(caseNumber);
        }
        if (name != null) {
            if (name.isBlank()) {
                throw new InvalidRequestException("name", "give a name to search for, or leave it out");
            }
            return register.findByPartyName(name);
        }
        return listing.list(OrderListing.Query.parse(status, type, district, court, endingWithinDays, unserved,
                awaitingQuality, withBreach, sort, direction, page, size));
    }

    @PostMapping("/{id}/service")
    @PreAuthorize(Authorities.SERVICE_RECORDERS)
    @Operation(summary = "Record service on, or awareness of, the respondent (a new version)")
    OrderResponse recordService(@PathVariable UUID id, @RequestBody ServiceRequest request) {
        return response(register.current(register.record(new OrderChange.Service(id, request.toRecord())).orderId()));
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @Operation(summary = "Record a variation, extension, discharge or correction (a new version)")
    OrderResponse addVersion(@PathVariable UUID id, @RequestBody VersionRequest request) {
        RecordedChange recorded = register.record(request.toChange(id));
        return response(register.current(recorded.orderId()));
    }

    private OrderResponse response(OrderSnapshot snapshot) {
        var user = currentUsers.require();
        boolean entitled = confidentiality.entitled(user);
        return OrderResponse.of(snapshot, confidentiality.forUser(snapshot.details(), snapshot.orderId(), user),
                !entitled, confidentiality.forCurrentUser(register.history(snapshot.orderId()), snapshot.orderId()),
                Annexes.of(annexes, snapshot, confidentiality));
    }
}
