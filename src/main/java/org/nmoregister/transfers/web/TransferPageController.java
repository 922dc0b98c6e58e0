package org.nmoregister.transfers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.transfers.internal.TransferReason;
import org.nmoregister.transfers.internal.TransferView;
import org.nmoregister.transfers.internal.Transfers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transfer pages: "Transfer this case" from the order's page, the receiving force's queue, the sender's list,
 * the decision page, and the read-only view a sender keeps of a case it handed over.
 */
@Controller
class TransferPageController {

    private final Transfers transfers;
    private final OrderRegister orders;

    TransferPageController(Transfers transfers, OrderRegister orders) {
        this.transfers = transfers;
        this.orders = orders;
    }

    @GetMapping("/orders/{orderId}/transfer")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String requestForm(@PathVariable UUID orderId, Model model) {
        return requestPage(orderId, null, null, null, List.of(), model);
    }

    @PostMapping("/orders/{orderId}/transfer")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String request(@PathVariable UUID orderId, @RequestParam(required = false) String toForce,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
                   Model model, RedirectAttributes redirect) {
        TransferView made;
        try {
            made = transfers.request(orderId, toForce, reason, note);
        } catch (InvalidRequestException e) {
            return requestPage(orderId, toForce, reason, note, e.errors(), model);
        } catch (ConflictException e) {
            return requestPage(orderId, toForce, reason, note, List.of(new FieldError("toForce", e.getMessage())),
                    model);
        }
        redirect.addFlashAttribute("success", "The transfer to " + made.toForceName() + " is requested. Your force "
                + "owns the case, and keeps every flag, until " + made.toForceName() + " accepts it.");
        return "redirect:/transfers/" + made.id();
    }

    @GetMapping("/transfers")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    String queue(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        int number = TransferApiController.page(page);
        Transfers.Page found = transfers.list("PENDING", "incoming", number, ListPage.SIZE);
        ListPage.number(page, found.total(), request);
        model.addAttribute("items", ListPage.of(found.items(), number, found.total(), request));
        return "transfers/queue";
    }

    @GetMapping("/transfers/sent")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    String sent(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        int number = TransferApiController.page(page);
        Transfers.Page found = transfers.list(null, "outgoing", number, ListPage.SIZE);
        ListPage.number(page, found.total(), request);
        model.addAttribute("items", ListPage.of(found.items(), number, found.total(), request));
        return "transfers/sent";
    }

    @GetMapping("/transfers/{id}")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    String decisionPage(@PathVariable UUID id, Model model) {
        return decision(transfers.one(id), null, List.of(), model);
    }

    @PostMapping("/transfers/{id}/accept")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String accept(@PathVariable UUID id, @RequestParam(required = false) String acceptNote, Model model,
                  RedirectAttributes redirect) {
        TransferView done;
        try {
            done = transfers.accept(id, acceptNote);
        } catch (InvalidRequestException e) {
            return decision(transfers.one(id), null, e.errors(), model);
        } catch (ConflictException e) {
            return decision(transfers.one(id), null, List.of(new FieldError("decision", e.getMessage())), model);
        }
        redirect.addFlashAttribute("success", "The case is now your force's: the order, its history, breaches, risk "
                + "assessments and safeguarding moved, and its markers are raised under your force.");
        return "redirect:/orders/" + done.orderId();
    }

    @PostMapping("/transfers/{id}/decline")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String decline(@PathVariable UUID id, @RequestParam(required = false) String declineReason, Model model,
                   RedirectAttributes redirect) {
        try {
            transfers.decline(id, declineReason);
        } catch (InvalidRequestException e) {
            return decision(transfers.one(id), declineReason, e.errors().stream()
                    .map(x -> new FieldError("reason".equals(x.field()) ? "declineReason" : x.field(), x.reason()))
                    .toList(), model);
        } catch (ConflictException e) {
            return decision(transfers.one(id), declineReason, List.of(new FieldError("decision", e.getMessage())),
                    model);
        }
        redirect.addFlashAttribute("success", "The transfer is declined. The sending force keeps the case and sees "
                + "your reason.");
        return "redirect:/transfers";
    }

    @PostMapping("/transfers/{id}/withdraw")
    @PreAuthorize(TransferAccess.TRANSFER_MAKERS)
    String withdraw(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            transfers.withdraw(id, null);
        } catch (ConflictException e) {
            return decision(transfers.one(id), null, List.of(new FieldError("decision", e.getMessage())), model);
        }
        redirect.addFlashAttribute("success", "The transfer request is withdrawn.");
        return "redirect:/transfers/sent";
    }

    @GetMapping("/transfers/{id}/held")
    @PreAuthorize(TransferAccess.TRANSFER_READERS)
    String held(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        model.addAttribute("held", transfers.held(id, reason));
        return "transfers/held";
    }

    private String decision(TransferView transfer, String declineReason, List<FieldError> errors, Model model) {
        model.addAttribute("transfer", transfer);
        model.addAttribute("declineReason", declineReason);
        model.addAttribute("errors", errors);
        return "transfers/decision";
    }

    private String requestPage(UUID orderId, String toForce, String reason, String note, List<FieldError> errors,
                               Model model) {
        OrderSnapshot order = orders.current(orderId); // not found unless the order is the user's force's
        orders.consult(orderId, "transfer request", null);
        model.addAttribute("orderId", orderId);
        model.addAttribute("reference", order.details().court() + ", case " + order.details().caseNumber());
        model.addAttribute("forces", transfers.otherForces());
        model.addAttribute("reasons", TransferReason.values());
        model.addAttribute("toForce", toForce);
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("previous", transfers.ofOrder(orderId));
        return "transfers/request";
    }
}
