package org.nmoregister.demo.internal;

import java.util.UUID;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.transfers.TransferRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A case waiting to move between the demo forces, so that a newcomer sees the transfer queue with something in it:
 * northshire's point of contact has asked southvale to take Kwame Asante's order (NX26F00287), because the victim has
 * moved to Southvale. It is asked once, after the demo orders are loaded, as northshire's point of contact through
 * the transfers module's own request (the same rules and log entries as the page); never again once northshire has
 * asked, whatever southvale decided since.
 */
@Component
class DemoTransfer {

    private static final Logger log = LoggerFactory.getLogger(DemoTransfer.class);

    static final String COURT = "Northby Family Court";
    static final String CASE_NUMBER = "NX26F00287";

    private final boolean enabled;
    private final OrderRegister orders;
    private final TransferRequests transfers;
    private final UserDetailsService users;

    DemoTransfer(@Value("${nmo.demo.enabled:false}") boolean enabled, OrderRegister orders,
                 TransferRequests transfers, UserDetailsService users) {
        this.enabled = enabled;
        this.orders = orders;
        this.transfers = transfers;
        this.users = users;
    }

    /** After {@link DemoOrders} (which runs at HIGHEST_PRECEDENCE + 100) has loaded northshire's orders. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 200)
    public void askSouthvaleToTakeACase() {
        if (!enabled) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails poc = users.loadUserByUsername("poc.northshire");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(poc, null, poc.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            UUID orderId = orders.findExisting(COURT, CASE_NUMBER, OrderType.NMO).orElse(null);
            if (orderId == null || transfers.askedBefore(orderId)) {
                return;
            }
            UUID id = transfers.ask(orderId, "southvale", "VICTIM_MOVED", "The applicant has moved to Southvale and "
                    + "any further investigation will be there. Please call our point of contact before deciding.");
            log.info("Demo transfer: northshire asked southvale to take {} (request {})", CASE_NUMBER, id);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
