package org.nmoregister.quality.web;

import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.quality.LiaisonView;
import org.nmoregister.quality.LiaisonKind;
import org.nmoregister.quality.internal.CourtDirectory;
import org.nmoregister.quality.internal.LiaisonService;
import org.nmoregister.quality.internal.PlaceConfirmation;
import org.nmoregister.quality.internal.QualityBlockedException;
import org.nmoregister.quality.internal.QualityService;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the quality-assurance queue, an order's QA (structured terms, findings, assure, override, liaison), courts. */
@Controller
class QualityPageController {

    private static final String QA_REASON = "Quality assurance: review of the order's latest version";

    private final QualityService quality;
    private final LiaisonService liaison;
    private final CourtDirectory courts;
    private final OrderRegister orders;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final PlaceConfirmation places;

    QualityPageController(QualityService quality, LiaisonService liaison, CourtDirectory courts,
                          OrderRegister orders, Confidentiality confidentiality, CurrentUsers currentUsers,
                          PlaceConfirmation places) {
        this.places = places;
        this.quality = quality;
        this.liaison = liaison;
        this.courts = courts;
        this.orders = orders;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
    }

    /**
     * The quality pages' lists, one view at a time (each a count on the start page): versions waiting, those an error
     * blocks, unserved orders near their return hearing, questions to courts, and those past their due date.
     */
    @GetMapping("/quality")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    String queue(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        ListFilter show = ListFilter.of("show", ListFilter.views(
                "waiting", "Waiting for quality assurance", "blocked", "Blocked by an error finding",
                "unserved", "Not served, return hearing near", "questions", "Questions to courts",
                "overdue-questions", "Questions past their due date"), request);
        model.addAttribute("show", show);
        List<?> rows = switch (show.value()) {
            case "waiting" -> quality.queue();
            case "blocked" -> quality.queue().stream().filter(item -> item.errorCount() > 0).toList();
            case "unserved" -> quality.unservedBeforeHearing();
            case "questions" -> liaison.open();
            default -> liaison.open().stream().filter(LiaisonView::overdue).toList();
        };
        model.addAttribute("rows", ListPage.of(rows, page, request));
        model.addAttribute("chaseDays", quality.serviceChaseWindow().toDays());
        return "quality/queue";
    }

    @GetMapping("/orders/{id}/quality")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    String page(@PathVariable UUID id, Model model) {
        OrderSnapshot order = orders.read(id, null, QA_REASON).orElseThrow();
        var user = currentUsers.require();
        model.addAttribute("order", order);
        model.addAttribute("details", confidentiality.forUser(order.details(), id, user));
        model.addAttribute("qa", quality.view(order));
        model.addAttribute("requests", liaison.forOrder(id));
        model.addAttribute("places", places.toConfirm(order));
        model.addAttribute("postcodeCentre", PlaceConfirmation.POSTCODE_CENTRE);
        model.addAttribute("kinds", LiaisonKind.values());
        model.addAttribute("isPointOfContact", user.has(Role.POINT_OF_CONTACT));
        model.addAttribute("isSupervisor", user.has(Role.SUPERVISOR));
        if (!model.containsAttribute("dueAt")) {
            model.addAttribute("dueAt", org.nmoregister.platform.web.DateTimeInput.of("dueAt", DUE,
                    (java.time.Instant) null));
        }
        return "quality/order";
    }

    @PostMapping("/orders/{id}/quality/assure")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    String assure(@PathVariable UUID id, @RequestParam(required = false) String overrideReason, Model model,
                  RedirectAttributes redirect) {
        try {
            quality.assure(id, overrideReason);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return page(id, model);
        } catch (QualityBlockedException | ConflictException e) {
            // beside the supervisor's reason when they can override, else beside the point of contact's button
            model.addAttribute("errors", List.of(new InvalidRequestException.FieldError(
                    currentUsers.require().has(Role.SUPERVISOR) ? "overrideReason" : "assure", e.getMessage())));
            return page(id, model);
        }
        redirect.addFlashAttribute("success", "The order is quality-assured.");
        return "redirect:/orders/" + id + "/quality";
    }

    /**
     * The point of contact confirms which property a place of the order is, or that none of those the gazetteer
     * offers is ({@code property} = {@code POSTCODE_CENTRE}); {@code index} is the place's position on the page, so an
     * error is shown beside its own radios.
     */
    @PostMapping("/orders/{id}/quality/places")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String choosePlace(@PathVariable UUID id, @RequestParam(required = false) String place,
                       @RequestParam(required = false) String property,
                       @RequestParam(required = false) Integer index, Model model, RedirectAttributes redirect) {
        String field = "property-" + (index == null || index < 0 || index > 999 ? 0 : index);
        try {
            places.choose(id, place, property, field);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return page(id, model);
        }
        redirect.addFlashAttribute("success", PlaceConfirmation.POSTCODE_CENTRE.equals(property)
                ? "The place is located at its postcode's centre, marked approximate. Its markers follow."
                : "The property is confirmed. The place's markers follow.");
        return "redirect:/orders/" + id + "/quality";
    }

    @PostMapping("/orders/{id}/quality/liaison")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String raise(@PathVariable UUID id, @RequestParam(required = false) LiaisonKind kind,
                 @RequestParam(required = false) String note, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        var parameters = request.getParameterMap();
        if (org.nmoregister.platform.web.DateTimeInput.sent("dueAt", parameters)) {
            model.addAttribute("dueAt", org.nmoregister.platform.web.DateTimeInput.of("dueAt", DUE, parameters));
        }
        try {
            List<InvalidRequestException.FieldError> typed = new java.util.ArrayList<>();
            java.time.Instant due = org.nmoregister.platform.web.DateTimeInput.read("dueAt", DUE, parameters, typed);
            if (!typed.isEmpty()) {
                throw new InvalidRequestException(typed);
            }
            var raised = liaison.raise(id, kind, note, due);
            redirect.addFlashAttribute("success", raised.sentTo() == null
                    ? "Request recorded. The court has no e-mail address in the directory: print the letter and post it."
                    : "Request e-mailed to " + raised.sentTo() + ".");
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", org.nmoregister.platform.web.DateTimeInput.onBoxes(e.errors(), "dueAt", DUE));
            return page(id, model);
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(new InvalidRequestException.FieldError("kind", e.getMessage())));
            return page(id, model);
        }
        return "redirect:/orders/" + id + "/quality";
    }

    /** What the question's due date is called in its legend and its errors. */
    private static final String DUE = "Answer wanted by";

    @PostMapping("/liaison/{requestId}/response")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String respond(@PathVariable UUID requestId, @RequestParam UUID orderId,
                   @RequestParam(required = false) String response, Model model, RedirectAttributes redirect) {
        try {
            liaison.respond(requestId, response);
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("errors", beside("response-" + requestId, e));
            return page(orderId, model);
        }
        redirect.addFlashAttribute("success", "The court's answer is recorded. If the court changed the order, "
                + "record the change as a new version.");
        return "redirect:/orders/" + orderId + "/quality";
    }

    @PostMapping("/liaison/{requestId}/withdraw")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String withdraw(@PathVariable UUID requestId, @RequestParam UUID orderId,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            liaison.withdraw(requestId, reason);
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("errors", beside("withdraw-" + requestId, e));
            return page(orderId, model);
        }
        redirect.addFlashAttribute("success", "The request is withdrawn.");
        return "redirect:/orders/" + orderId + "/quality";
    }

    @GetMapping("/courts")
    @PreAuthorize(Authorities.STAFF)
    String courts(Model model) {
        var user = currentUsers.require();
        model.addAttribute("courts", courts.all());
        model.addAttribute("canEdit", user.has(Role.ADMIN));
        return "quality/courts";
    }

    @PostMapping("/courts")
    @PreAuthorize(Authorities.REFERENCE_DATA_ADMINISTRATORS)
    String saveCourt(@RequestParam(required = false) UUID id, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String address, @RequestParam(required = false) String email,
                     @RequestParam(required = false) String phone, @RequestParam(required = false) String reason,
                     Model model, RedirectAttributes redirect) {
        try {
            courts.save(id, new CourtDirectory.Court(id, name, address, email, phone), reason);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return courts(model);
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(new InvalidRequestException.FieldError("name", e.getMessage())));
            return courts(model);
        }
        redirect.addFlashAttribute("success", "Saved " + name + ".");
        return "redirect:/courts";
    }

    /**
     * Each request on the page has its own answer and withdrawal inputs: the error goes beside the one that was sent
     * (each message of a refusal, in the service's words, not its field's name).
     */
    private static List<InvalidRequestException.FieldError> beside(String input, RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return invalid.errors().stream().map(error -> new InvalidRequestException.FieldError(input,
                    error.reason())).toList();
        }
        return List.of(new InvalidRequestException.FieldError(input, e.getMessage()));
    }
}
