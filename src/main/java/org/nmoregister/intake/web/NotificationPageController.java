package org.nmoregister.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.internal.ChangeKindNames;
import org.nmoregister.intake.internal.DocumentReader;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationService;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.platform.files.UploadedFiles;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The point of contact's pages: the queue, a notification beside its form, manual entry and upload. */
@Controller
@RequestMapping("/notifications")
class NotificationPageController {

    /** The form's "Add another child" button: shows the page again with one more row, saving nothing. */
    private static final String ADD_CHILD = "addChild";

    private final NotificationService service;
    private final org.nmoregister.platform.web.Labels labels;

    NotificationPageController(NotificationService service, org.nmoregister.platform.web.Labels labels) {
        this.service = service;
        this.labels = labels;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("orderTypes", OrderType.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("serviceMethods", ServiceMethod.values());
        model.addAttribute("warnings", Respondent.OfficerSafety.Warning.values());
        model.addAttribute("origins", ManualOrigin.values());
        model.addAttribute("changeKinds", ChangeKindNames.FOR_A_NOTICE);
        model.addAttribute("contactKinds", ContactDetail.Kind.values());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    String queue(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                 Model model) {
        ListFilter show = ListFilter.of("show", ListFilter.views("all", "All waiting",
                "overdue", "Past the triage target"), request);
        var items = service.queue(null);
        if (show.is("overdue")) {
            items = items.stream().filter(item -> item.overdue()).toList();
        }
        model.addAttribute("show", show);
        model.addAttribute("items", ListPage.of(items, page, request));
        model.addAttribute("target", service.triageTarget());
        return "intake/queue";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String newNotification(Model model) {
        model.addAttribute("form", new NotificationForm());
        addErrors(model, List.of());
        return "intake/new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String enter(@ModelAttribute("form") NotificationForm form,
                 @RequestParam(defaultValue = "save") String action, jakarta.servlet.http.HttpServletRequest request,
                 Model model) {
        form.typed(request.getParameterMap());
        if (ADD_CHILD.equals(action)) {
            form.addChildRow();
            addErrors(model, List.of());
            return "intake/new";
        }
        List<FieldError> errors = new ArrayList<>();
        NotificationData data = form.apply(NotificationData.EMPTY, errors);
        ManualOrigin origin = null;
        try {
            origin = form.manualOrigin == null || form.manualOrigin.isBlank() ? null
                    : ManualOrigin.valueOf(form.manualOrigin);
        } catch (IllegalArgumentException e) {
            // reported below as a missing choice
        }
        if (origin == null) {
            errors.add(0, new FieldError("manualOrigin", "Select who told the force about the order"));
        }
        if (errors.isEmpty()) {
            try {
                UUID id = service.enter(origin, form.externalReference, data);
                return "redirect:/notifications/" + id;
            } catch (InvalidRequestException e) {
                errors.addAll(form.onRows(e.errors()));
            }
        }
        addErrors(model, errors);
        return "intake/new";
    }

    @PostMapping("/upload")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws java.io.IOException {
        try {
            byte[] bytes = NotificationApiController.bytes(file);
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
            UUID id;
            if (DocumentReader.looksLikePdf(bytes) || name.endsWith(".pdf")) {
                id = service.receivePdf(file.getOriginalFilename(), bytes);
            } else if (name.endsWith(".eml") || "message/rfc822".equals(UploadedFiles.detect(bytes, name))) {
                id = service.receiveEmail(file.getOriginalFilename(), bytes);
            } else {
                throw new InvalidRequestException("file",
                        "The file must be a PDF of the order or an e-mail saved as an .eml file");
            }
            return "redirect:/notifications/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("form", new NotificationForm());
            addErrors(model, e.errors());
            return "intake/new";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    String show(@PathVariable UUID id, @RequestParam(required = false) String dq, Model model) {
        var notification = service.read(id);
        NotificationForm form = NotificationForm.from(notification.data());
        form.rowVersion = notification.rowVersion();
        form.changeKind = notification.offeredChange() == null ? null : notification.offeredChange().name();
        return page(id, notification, form, List.of(), dq == null ? null : dq.strip(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String decide(@PathVariable UUID id, @ModelAttribute("form") NotificationForm form,
                  @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = "confirmedRead", required = false) String confirmedRead,
                  jakarta.servlet.http.HttpServletRequest request, Model model) {
        var notification = service.read(id);
        form.typed(request.getParameterMap());
        if (ADD_CHILD.equals(action)) {
            // nothing is saved: the same page, as typed, with a row for another child
            form.addChildRow();
            return page(id, notification, form, List.of(), model);
        }
        List<FieldError> errors = new ArrayList<>();
        NotificationData data = form.apply(notification.data(), errors);
        if (errors.isEmpty()) {
            try {
                // "Continue" (sent as "accept" by pages of before "check your answers") saves the corrections and
                // shows what accepting would record; nothing is accepted from this form.
                if ("continue".equals(action) || "accept".equals(action)) {
                    if (readFromDocument(notification) && !"yes".equals(confirmedRead)) {
                        errors.add(new FieldError("confirmedRead", "Confirm that you have checked each field read "
                                + "from the document against the document, or correct it, before you continue"));
                        return page(id, notification, form, errors, model);
                    }
                    service.correct(id, data, form.rowVersion);
                    return "redirect:" + org.springframework.web.util.UriComponentsBuilder
                            .fromPath("/notifications/{id}/check")
                            .queryParamIfPresent("changeKind", java.util.Optional.ofNullable(
                                    form.changeKind == null || form.changeKind.isBlank() ? null : form.changeKind))
                            .queryParamIfPresent("confirmedRead", java.util.Optional.ofNullable(
                                    readFromDocument(notification) ? "yes" : null))
                            .buildAndExpand(id).toUriString();
                }
                service.correct(id, data, form.rowVersion);
                return "redirect:/notifications/" + id + "?saved";
            } catch (InvalidRequestException e) {
                errors.addAll(form.onRows(e.errors()));
            }
        }
        return page(id, notification, form, errors, model);
    }

    /**
     * "Check your answers" before accepting: what will be recorded, each with a link back to its field; Accept is
     * disabled, with the reasons, while the notification lacks what the register needs.
     */
    @GetMapping("/{id}/check")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String check(@PathVariable UUID id, @RequestParam(required = false) String changeKind,
                 @RequestParam(required = false) String confirmedRead, Model model) {
        var check = service.check(id, chosenKind(changeKind));
        if (!check.notification().status().isOpen()) {
            return "redirect:/notifications/" + id;
        }
        return checkPage(check, changeKind, confirmedRead, List.of(), model);
    }

    /**
     * Accepts from "check your answers". Refused, and the page shown again with why, when the notification lacks
     * what the register needs (the same check as the page's, made again now: the page may be stale or forged) or,
     * when it was read from a document, when the reading was not confirmed.
     */
    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String accept(@PathVariable UUID id, @RequestParam(required = false) String changeKind,
                  @RequestParam(required = false) String confirmedRead,
                  @RequestParam(required = false) Long rowVersion, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        var check = service.check(id, chosenKind(changeKind));
        List<FieldError> errors = new ArrayList<>();
        if (!check.notification().status().isOpen()) {
            return "redirect:/notifications/" + id;
        }
        if (check.blocked()) {
            errors.add(new FieldError("problems", "This notification cannot be accepted until "
                    + (check.problems().size() == 1 ? "the problem below is" : "the problems below are")
                    + " put right"));
        } else if (readFromDocument(check.notification()) && !"yes".equals(confirmedRead)) {
            errors.add(new FieldError("confirmedRead", "Confirm that you have checked each field read from the "
                    + "document against the document before you accept"));
        } else {
            try {
                service.accept(id, null, chosenKind(changeKind), rowVersion);
                return "redirect:/notifications/" + id + "/accepted";
            } catch (InvalidRequestException e) {
                // the register refused what the check allowed (it changed meanwhile): its reasons, checked afresh
                errors.addAll(e.errors());
                check = service.check(id, chosenKind(changeKind));
            }
        }
        response.setStatus(400);
        return checkPage(check, changeKind, confirmedRead, errors, model);
    }

    /** The confirmation after accepting: what became of the notification, and the next one in the queue. */
    @GetMapping("/{id}/accepted")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String accepted(@PathVariable UUID id, Model model) {
        var notification = service.read(id);
        if (notification.orderId() == null) {
            return "redirect:/notifications/" + id;
        }
        model.addAttribute("notification", notification);
        model.addAttribute("next", service.next(id));
        return "intake/accepted";
    }

    /** "Next notification": the most urgent one still open, opened where its work starts; the queue when none is. */
    @GetMapping("/next")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String next(@RequestParam(required = false) UUID after) {
        var next = service.next(after);
        if (next == null) {
            return "redirect:/notifications?none-left";
        }
        return "redirect:/notifications/" + next.id() + (next.readyToCheck() ? "/check" : "");
    }

    private String checkPage(org.nmoregister.intake.internal.NotificationViews.Check check, String changeKind,
                             String confirmedRead, List<FieldError> errors, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("notification", check.notification());
        model.addAttribute("changeKind", chosenKind(changeKind) == null ? null : changeKind);
        model.addAttribute("confirmedRead", "yes".equals(confirmedRead));
        model.addAttribute("readFromDocument", readFromDocument(check.notification()));
        model.addAttribute("problems", pageErrors(check.problems()));
        model.addAttribute("sections", CheckAnswers.of(check.notification().data(), check.kind(), labels));
        addErrors(model, errors);
        return "intake/check";
    }

    private static org.nmoregister.orders.ChangeKind chosenKind(String changeKind) {
        try {
            return changeKind == null || changeKind.isBlank() ? null : ChangeKindNames.kind(changeKind);
        } catch (RuntimeException e) {
            return null; // a kind that is not offered is not chosen: the page shows the one the register offers
        }
    }

    /** Filled from a document by the reader (an upload or an e-mail), not typed by a person or sent by a court. */
    private static boolean readFromDocument(org.nmoregister.intake.internal.NotificationViews.Notification n) {
        return (n.source() == org.nmoregister.intake.NotificationSource.UPLOAD
                || n.source() == org.nmoregister.intake.NotificationSource.EMAIL) && !n.documents().isEmpty();
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long rowVersion, Model model) {
        try {
            service.reject(id, reason, rowVersion);
            return "redirect:/notifications?rejected";
        } catch (InvalidRequestException e) {
            return pageWithErrors(id, e, model);
        }
    }

    @PostMapping("/{id}/duplicate")
    @PreAuthorize("hasRole('POINT_OF_CONTACT')")
    String duplicate(@PathVariable UUID id, @RequestParam(required = false) UUID duplicateOf,
                     @RequestParam(required = false) Long rowVersion, Model model) {
        try {
            service.markDuplicate(id, duplicateOf, rowVersion);
            return "redirect:/notifications?duplicate";
        } catch (InvalidRequestException e) {
            return pageWithErrors(id, e, model);
        }
    }

    @GetMapping("/{id}/documents/{documentId}")
    @PreAuthorize("hasAnyRole('POINT_OF_CONTACT','SUPERVISOR')")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        var document = service.document(id, documentId);
        return NotificationApiController.download(document.filename(), document.contentType(), document.content());
    }

    private String pageWithErrors(UUID id, InvalidRequestException e, Model model) {
        var notification = service.read(id);
        NotificationForm form = NotificationForm.from(notification.data());
        form.rowVersion = notification.rowVersion();
        return page(id, notification, form, e.errors(), model);
    }

    private String page(UUID id, Object notification, NotificationForm form, List<FieldError> errors, Model model) {
        return page(id, notification, form, errors, null, model);
    }

    private String page(UUID id, Object notification, NotificationForm form, List<FieldError> errors, String dq,
                        Model model) {
        model.addAttribute("notification", notification);
        Map<UUID, DocumentReadingView> readings = new LinkedHashMap<>();
        if (notification instanceof org.nmoregister.intake.internal.NotificationViews.Notification n) {
            n.documents().forEach(d -> readings.put(d.id(), DocumentReadingView.of(d.extractedText())));
        }
        model.addAttribute("readings", readings);
        model.addAttribute("form", form);
        addErrors(model, errors);
        var n = (org.nmoregister.intake.internal.NotificationViews.Notification) notification;
        model.addAttribute("dq", dq);
        model.addAttribute("candidates", DuplicateCandidates.of(service.recent(id), n.data().caseNumber(),
                n.data().respondent() == null ? null : n.data().respondent().name(), dq));
        return "intake/notification";
    }

    static void addErrors(Model model, List<FieldError> errors) {
        var list = pageErrors(errors);
        Map<String, String> byField = new LinkedHashMap<>();
        List<FieldError> byInput = new ArrayList<>();
        list.forEach(e -> {
            byField.merge(e.get("field"), e.get("message"), (a, b) -> a + "; " + b);
            byInput.add(new FieldError(e.get("field"), e.get("message")));
        });
        model.addAttribute("errors", list);
        model.addAttribute("fieldErrors", byField);
        // the same, as the platform's date input fragments read them (input id, message in words)
        model.addAttribute("errorList", byInput);
    }

    /**
     * Errors keyed by the input they belong to, so the summary can link to it and the field can show it, in words
     * ({@link NotificationErrorWords}): a date's error links to its first box.
     */
    static List<Map<String, String>> pageErrors(List<FieldError> errors) {
        List<Map<String, String>> result = new ArrayList<>();
        for (FieldError error : errors) {
            Map<String, String> entry = new LinkedHashMap<>();
            String field = NotificationForm.fieldFor(error.field());
            entry.put("field", NotificationForm.MOMENTS.containsKey(field) || NotificationForm.DATES.containsKey(field)
                    ? field + "-day" : field);
            entry.put("path", error.field());
            entry.put("message", NotificationErrorWords.say(field, error.reason()));
            result.add(entry);
        }
        return result;
    }
}
