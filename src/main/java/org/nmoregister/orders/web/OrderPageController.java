package org.nmoregister.orders.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.ReasonRequiredException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateTimeInput;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.nmoregister.platform.web.ListPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Pages: find an order, the order page (banner, terms, service, parties, history), record service or a change. */
@Controller
@PreAuthorize(Authorities.CASEWORK)
class OrderPageController {

    private final OrderRegister register;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final List<OrderAnnex> annexes;
    private final org.springframework.beans.factory.ObjectProvider<org.nmoregister.orders.HandedOverOrders> handedOver;

    OrderPageController(OrderRegister register, Confidentiality confidentiality, CurrentUsers currentUsers,
                        List<OrderAnnex> annexes,
                        org.springframework.beans.factory.ObjectProvider<org.nmoregister.orders.HandedOverOrders> handedOver) {
        this.register = register;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
        this.annexes = annexes;
        this.handedOver = handedOver;
    }

    @GetMapping("/orders")
    String find(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String name,
                @RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("name", name);
        if (caseNumber != null && !caseNumber.isBlank()) {
            model.addAttribute("results", ListPage.of(register.findByCaseNumber(caseNumber), page, request));
        } else if (name != null && !name.isBlank()) {
            // read a page at a time: a common name is not cut off at 200 orders
            int asked;
            try {
                asked = page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                asked = 1; // refused just below, in words, once the list's length is known
            }
            var found = register.findByPartyName(name, asked - 1, ListPage.SIZE);
            int number = ListPage.number(page, found.total(), request);
            model.addAttribute("results", ListPage.of(found.orders(), number, found.total(), request));
        }
        return "orders/find";
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable UUID id, @RequestParam(required = false) String at,
                 @RequestParam(required = false) String reason, jakarta.servlet.http.HttpServletRequest request,
                 Model model) {
        Instant asAt;
        // "As it stood at": the GOV.UK date input with hour and minute; a link may still carry one "at" value
        org.nmoregister.platform.web.DateTimeInput atInput;
        if (org.nmoregister.platform.web.DateTimeInput.sent("at", request.getParameterMap())) {
            atInput = org.nmoregister.platform.web.DateTimeInput.of("at", "As it stood at",
                    request.getParameterMap());
            java.util.List<org.nmoregister.platform.InvalidRequestException.FieldError> errors =
                    new java.util.ArrayList<>();
            asAt = atInput.read(errors);
            if (!errors.isEmpty()) {
                model.addAttribute("errors", errors);
            }
        } else {
            try {
                asAt = UkTime.parseInput(at);
            } catch (RuntimeException e) {
                model.addAttribute("errors", java.util.List.of(new org.nmoregister.platform.InvalidRequestException
                        .FieldError("at-day", "As it stood at must be a real date and time")));
                asAt = null;
            }
            atInput = org.nmoregister.platform.web.DateTimeInput.of("at", "As it stood at", asAt);
        }
        model.addAttribute("id", id);
        model.addAttribute("reason", reason);
        model.addAttribute("at", asAt == null ? null : new UkTime().input(asAt));
        model.addAttribute("atInput", atInput);
        Optional<OrderSnapshot> snapshot;
        try {
            snapshot = register.read(id, asAt, reason);
        } catch (org.nmoregister.platform.NotFoundException e) {
            // handed over to another force: the force's own read-only view of what it held, where there is one
            var handedOverOrders = handedOver.getIfAvailable();
            Optional<String> view = handedOverOrders == null ? Optional.empty() : handedOverOrders.readOnlyViewOf(id);
            if (view.isPresent()) {
                return "redirect:" + view.get();
            }
            throw e;
        } catch (ReasonRequiredException e) {
            if (reason != null) { // asked for the first time, the question is not yet an error
                model.addAttribute("errors", java.util.List.of(new org.nmoregister.platform.InvalidRequestException
                        .FieldError("reason", e.getMessage())));
            }
            return "orders/reason";
        }
        if (snapshot.isEmpty()) {
            model.addAttribute("notYetMade", true);
            model.addAttribute("history", confidentiality.forCurrentUser(register.history(id), id));
            return "orders/order";
        }
        var user = currentUsers.require();
        model.addAttribute("order", masked(snapshot.get()));
        model.addAttribute("details", confidentiality.forUser(snapshot.get().details(), id, user));
        model.addAttribute("withheld", !confidentiality.entitled(user));
        model.addAttribute("history", confidentiality.forCurrentUser(register.history(id), id));
        model.addAttribute("annexes", Annexes.of(annexes, snapshot.get(), confidentiality));
        // What can be done depends on the order now, even when the page shows it as it stood at another time.
        OrderSnapshot now = asAt == null ? snapshot.get() : register.current(id);
        boolean ended = closed(now);
        model.addAttribute("ended", ended);
        model.addAttribute("canRecordService", user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER));
        model.addAttribute("canChange", user.has(Role.POINT_OF_CONTACT));
        return "orders/order";
    }

    @GetMapping("/orders/{id}/service")
    @PreAuthorize(Authorities.SERVICE_RECORDERS)
    String serviceForm(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            register.consult(id, "service form", reason);
        } catch (ReasonRequiredException e) {
            return "redirect:/orders/" + id;
        }
        OrderSnapshot current = register.current(id);
        model.addAttribute("order", masked(current));
        model.addAttribute("ending", ending(current));
        model.addAttribute("reason", reason);
        model.addAttribute("methods", ServiceMethod.values());
        model.addAttribute("servedAt", DateTimeInput.of("servedAt", SERVED, (Instant) null));
        return "orders/service";
    }

    /** What the date inputs are called in their legends and errors. */
    private static final String SERVED = "Date served";
    private static final String EFFECTIVE = "Date in effect";
    private static final String ENDS = "End date";

    @PostMapping("/orders/{id}/service")
    @PreAuthorize(Authorities.SERVICE_RECORDERS)
    String recordService(@PathVariable UUID id, @RequestParam(required = false) String servedAt,
                         @RequestParam(required = false) ServiceMethod method,
                         @RequestParam(required = false) String servedBy,
                         @RequestParam(required = false) String proofDocument,
                         @RequestParam(required = false) String notes, @RequestParam(required = false) String reason,
                         jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> typed = new java.util.ArrayList<>();
            Instant served = DateTimeInput.read("servedAt", SERVED, request.getParameterMap(), typed);
            if (!typed.isEmpty()) {
                throw new InvalidRequestException(typed);
            }
            register.record(new OrderChange.Service(id, new ServiceRequest(served, method,
                    servedBy, proofDocument, notes).toRecord()));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", DateTimeInput.onBoxes(e.errors(), "servedAt", SERVED));
            OrderSnapshot current = register.current(id);
            model.addAttribute("order", masked(current));
            model.addAttribute("ending", ending(current));
            model.addAttribute("reason", reason);
            model.addAttribute("methods", ServiceMethod.values());
            model.addAttribute("form", new String[] {servedAt, method == null ? null : method.name(), servedBy,
                    proofDocument, notes});
            model.addAttribute("servedAt", typedOrHeld("servedAt", SERVED, request, null));
            return "orders/service";
        }
        redirect.addFlashAttribute("success", "Service recorded.");
        return "redirect:" + orderUrl(id, reason);
    }

    @GetMapping("/orders/{id}/change")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String changeForm(@PathVariable UUID id, Model model) {
        register.consult(id, "change form", null);
        OrderSnapshot current = register.current(id);
        model.addAttribute("order", current);
        model.addAttribute("ending", ending(current));
        model.addAttribute("kinds", changeKinds(current));
        model.addAttribute("durations", DurationKind.values());
        model.addAttribute("termsText", termsText(current));
        model.addAttribute("effectiveFrom", DateTimeInput.of("effectiveFrom", EFFECTIVE, (Instant) null));
        model.addAttribute("endsAt", DateTimeInput.of("endsAt", ENDS, current.details().endsAt()));
        return "orders/change";
    }

    @PostMapping("/orders/{id}/change")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String change(@PathVariable UUID id, @RequestParam(required = false) ChangeKind kind,
                  @RequestParam(required = false) String effectiveFrom,
                  @RequestParam(required = false) DurationKind duration,
                  @RequestParam(required = false) String endsAt, @RequestParam(required = false) String terms,
                  @RequestParam(required = false) String note, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        OrderSnapshot current = register.current(id);
        try {
            List<FieldError> typed = new java.util.ArrayList<>();
            Instant effective = DateTimeInput.read("effectiveFrom", EFFECTIVE, request.getParameterMap(), typed);
            Instant ends = DateTimeInput.read("endsAt", ENDS, request.getParameterMap(), typed);
            if (!typed.isEmpty()) {
                throw new InvalidRequestException(typed);
            }
            boolean termsUnchanged = terms != null
                    && terms.replaceAll("\\s+", " ").strip().equals(termsText(current).replaceAll("\\s+", " ").strip());
            List<String> termList = terms == null || terms.isBlank() || termsUnchanged ? null
                    : Arrays.stream(terms.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            var version = new VersionRequest(kind, effective, note, null, null, null,
                    null, null, duration, ends, null, null, null, null, null, null, termList,
                    null, null);
            register.record(version.toChange(id));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", DateTimeInput.onBoxes(DateTimeInput.onBoxes(e.errors(), "effectiveFrom",
                    EFFECTIVE), "endsAt", ENDS));
            model.addAttribute("effectiveFrom", typedOrHeld("effectiveFrom", EFFECTIVE, request, null));
            model.addAttribute("endsAt", typedOrHeld("endsAt", ENDS, request, current.details().endsAt()));
            model.addAttribute("order", current);
            model.addAttribute("ending", ending(current));
            model.addAttribute("kinds", changeKinds(current));
            model.addAttribute("durations", DurationKind.values());
            model.addAttribute("termsText", terms == null ? termsText(current) : terms);
            model.addAttribute("form", new String[] {kind == null ? null : kind.name(), effectiveFrom,
                    duration == null ? null : duration.name(), endsAt, note});
            return "orders/change";
        }
        redirect.addFlashAttribute("success", "The " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " is recorded as a new version.");
        return "redirect:/orders/" + id;
    }

    /** The snapshot with the C8 details of every version withheld, unless the user is entitled to them. */
    private OrderSnapshot masked(OrderSnapshot s) {
        var details = confidentiality.forUser(s.details(), s.orderId(), currentUsers.require());
        return details == s.details() ? s : new OrderSnapshot(s.orderId(), s.forceId(), s.version(), s.changeKind(),
                s.effectiveFrom(), s.recordedAt(), s.recordedBy(), details, s.status(), s.at());
    }

    /** The changes a court can still make to the order: once it has ended, only the register's record is put right. */
    private static List<ChangeKind> changeKinds(OrderSnapshot current) {
        return closed(current) ? List.of(ChangeKind.CORRECTION)
                : List.of(ChangeKind.VARIATION, ChangeKind.EXTENSION, ChangeKind.DISCHARGE, ChangeKind.CORRECTION);
    }

    /** How the order ended, for a form to say what can still be recorded; null while it applies. */
    private static OrderStatusRule.Ending ending(OrderSnapshot current) {
        return closed(current) ? OrderStatusRule.ending(current.details()).orElse(null) : null;
    }

    /** Ended for good: past an end the court cannot undo (an order past its return hearing may yet be continued). */
    private static boolean closed(OrderSnapshot current) {
        return current.status().ended() && OrderStatusRule.ending(current.details()).isPresent();
    }

    private static String termsText(OrderSnapshot order) {
        return String.join("\n\n", order.details().terms().stream().map(t -> t.text()).toList());
    }

    /** The date input as the form sent it (boxes, or one old-style value), or filled with {@code held}. */
    private static DateTimeInput typedOrHeld(String name, String label, jakarta.servlet.http.HttpServletRequest request,
                                             Instant held) {
        var parameters = request.getParameterMap();
        if (DateTimeInput.sent(name, parameters)) {
            return DateTimeInput.of(name, label, parameters);
        }
        String value = request.getParameter(name);
        if (value != null) {
            try {
                return DateTimeInput.of(name, label, UkTime.parseInput(value));
            } catch (RuntimeException e) {
                return DateTimeInput.of(name, label, (Instant) null);
            }
        }
        return DateTimeInput.of(name, label, held);
    }

    private static String orderUrl(UUID id, String reason) {
        var url = UriComponentsBuilder.fromPath("/orders/" + id);
        if (reason != null && !reason.isBlank()) {
            url.queryParam("reason", reason);
        }
        return url.encode().toUriString();
    }
}
