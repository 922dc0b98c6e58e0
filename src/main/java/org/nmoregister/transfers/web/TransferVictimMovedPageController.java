package org.nmoregister.transfers.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.transfers.internal.TransferVictimMove;
import org.nmoregister.transfers.internal.TransferVictimMove.Because;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "A victim has moved": who moved and why, then the new address and whether to keep it confidential (C8), asked
 * every time and answered yes by default when they moved because of the respondent. Recorded as a correction of the
 * register's record through the one command ({@code OrderRegister.record}).
 */
@Controller
class TransferVictimMovedPageController {

    private final OrderRegister orders;
    private final Clock clock;

    TransferVictimMovedPageController(OrderRegister orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/orders/{orderId}/victim-moved")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String who(@PathVariable UUID orderId, Model model) {
        return whoPage(orderId, null, null, List.of(), model);
    }

    @PostMapping("/orders/{orderId}/victim-moved")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String whoAnswered(@PathVariable UUID orderId, @RequestParam(required = false) String person,
                       @RequestParam(required = false) String because, Model model) {
        OrderDetails order = orders.current(orderId).details();
        Because why = TransferVictimMove.because(because);
        List<FieldError> errors = TransferVictimMove.check(order, person, why, null, null);
        if (!errors.isEmpty()) {
            return whoPage(orderId, person, because, errors, model);
        }
        return addressPage(orderId, person, why, new Address(null, null, null, null, false),
                TransferVictimMove.confidentialByDefault(why) ? Boolean.TRUE : null, List.of(), model);
    }

    @PostMapping("/orders/{orderId}/victim-moved/address")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String address(@PathVariable UUID orderId, @RequestParam(required = false) String person,
                   @RequestParam(required = false) String because, @RequestParam(required = false) String line1,
                   @RequestParam(required = false) String line2, @RequestParam(required = false) String town,
                   @RequestParam(required = false) String postcode,
                   @RequestParam(required = false) String confidential, Model model, RedirectAttributes redirect) {
        OrderDetails order = orders.current(orderId).details();
        Because why = TransferVictimMove.because(because);
        Boolean c8 = "yes".equals(confidential) ? Boolean.TRUE : "no".equals(confidential) ? Boolean.FALSE : null;
        Address address = new Address(trim(line1), trim(line2), trim(town), trim(postcode), c8 != null && c8);
        List<FieldError> errors = TransferVictimMove.check(order, person, why, address, c8);
        if (!errors.isEmpty()) {
            if (TransferVictimMove.person(order, person) == null || why == null) {
                return whoPage(orderId, person, because, errors, model);
            }
            return addressPage(orderId, person, why, address, c8, errors, model);
        }
        String name = TransferVictimMove.person(order, person).name();
        try {
            orders.record(new OrderChange.Amendment(orderId, ChangeKind.CORRECTION, clock.instant(),
                    details -> TransferVictimMove.moved(details, person, address),
                    "Protected person moved" + (why == Because.RESPONDENT ? " because of the respondent" : "")
                            + (c8 ? "; new address confidential (C8)" : "; new address not confidential")));
        } catch (InvalidRequestException e) {
            return addressPage(orderId, person, why, address, c8, e.errors(), model);
        }
        redirect.addFlashAttribute("success", name + "'s new address is recorded"
                + (c8 ? " and kept confidential (C8)." : ".") + " If they now live in another force's area, "
                + "transfer the case.");
        return "redirect:/orders/" + orderId;
    }

    private String whoPage(UUID orderId, String person, String because, List<FieldError> errors, Model model) {
        OrderDetails order = orders.current(orderId).details();
        model.addAttribute("orderId", orderId);
        model.addAttribute("reference", order.court() + ", case " + order.caseNumber());
        model.addAttribute("order", order);
        model.addAttribute("person", person);
        model.addAttribute("because", because);
        model.addAttribute("errors", errors);
        return "transfers/victim-moved";
    }

    private String addressPage(UUID orderId, String person, Because because, Address address, Boolean confidential,
                               List<FieldError> errors, Model model) {
        OrderDetails order = orders.current(orderId).details();
        model.addAttribute("orderId", orderId);
        model.addAttribute("reference", order.court() + ", case " + order.caseNumber());
        model.addAttribute("name", TransferVictimMove.person(order, person).name());
        model.addAttribute("person", person);
        model.addAttribute("because", because.name());
        model.addAttribute("address", address);
        model.addAttribute("confidential", confidential);
        model.addAttribute("errors", errors);
        return "transfers/victim-address";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
