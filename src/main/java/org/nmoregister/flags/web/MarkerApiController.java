package org.nmoregister.flags.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessReason;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.flags.internal.MarkerService;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An order's markers over the API (a REST controller, so its errors are problem+json like every API error). */
@RestController
@Tag(name = "Flags", description = "Person and place markers and their export to national and force systems")
class MarkerApiController {

    private final MarkerService markers;
    private final OrderRegister orders;

    MarkerApiController(MarkerService markers, OrderRegister orders) {
        this.markers = markers;
        this.orders = orders;
    }

    @GetMapping("/api/v1/orders/{id}/markers")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "The order's markers, active and withdrawn", description = "Written to the access log. "
            + "Users other than the point of contact must give a reason.")
    List<MarkerView> forOrder(@PathVariable UUID id, @Parameter(description = AccessReason.PARAMETER)
                              @RequestParam(required = false) String reason) {
        orders.consult(id, "markers", reason);
        return markers.forOrder(id);
    }
}
