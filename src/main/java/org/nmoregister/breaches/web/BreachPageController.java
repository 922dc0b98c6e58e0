package org.nmoregister.breaches.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.crime.CrimeClassifications;
import java.util.Map;
import org.nmoregister.breaches.internal.BreachChecking;
import org.nmoregister.breaches.internal.BreachFile;
import org.nmoregister.breaches.review.BreachTasks;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.DateTimeInput;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.breaches.internal.BreachFiles;
import org.nmoregister.breaches.internal.BreachView;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.breaches.internal.BreachInvestigation;
import org.nmoregister.breaches.internal.BreachReporting;
import org.nmoregister.breaches.internal.BreachSupervision;
import org.nmoregister.breaches.internal.NewEvidence;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.investigation.EvidenceKind;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.breaches.review.Inadequacy;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.nmoregister.terms.Clause;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The breach pages: the list, reporting a breach, the breach file with its check and every stage of handling, and
 * the supervisor's queue. Each form posts back to the file; a refused change returns to it with the reasons.
 */
@Controller
class BreachPageController {

    private final BreachReporting reporting;
    private final BreachChecking checking;
    private final BreachInvestigation investigation;
    private final BreachSupervision supervision;
    private final BreachFiles files;
    private final OrderRegister register;
    private final CrimeClassifications classifications;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;
    private final Labels labels;

    BreachPageController(BreachReporting reporting, BreachChecking checking, BreachInvestigation investigation,
                         BreachSupervision supervision, BreachFiles files, OrderRegister register,
                         CrimeClassifications classifications,
                         CurrentUsers currentUsers, java.time.Clock clock, Labels labels) {
        this.clock = clock;
        this.labels = labels;
        this.reporting = reporting;
        this.checking = checking;
        this.investigation = investigation;
        this.supervision = supervision;
        this.files = files;
        this.register = register;
        this.classifications = classifications;
        this.currentUsers = currentUsers;
    }

    /** The force's breaches, newest first, a page at a time; or one of the views people work from, oldest first. */
    @GetMapping("/breaches")
    @PreAuthorize(Authorities.CASEWORK)
    String list(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        ListFilter show = ListFilter.of("show", ListFilter.views("all", "All breaches",
                "crime-overdue", "Crime recording overdue", "not-arrested", "Suspects not yet arrested",
                "yours", "Reported by you, still open", "your-directions", "Yours with a direction to answer"),
                request);
        model.addAttribute("show", show);
        if (show.is("all")) {
            long total = files.count();
            int number = ListPage.number(page, total, request);
            model.addAttribute("breaches", ListPage.of(files.page(number, ListPage.SIZE), number, total, request));
        } else {
            BreachView view = switch (show.value()) {
                case "crime-overdue" -> BreachView.CRIME_OVERDUE;
                case "not-arrested" -> BreachView.NOT_ARRESTED;
                case "yours" -> BreachView.YOURS;
                default -> BreachView.YOUR_DIRECTIONS;
            };
            model.addAttribute("breaches", ListPage.of(files.list(view), page, request));
        }
        return "breaches/list";
    }

    @GetMapping("/breaches/new")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String newReport(@RequestParam(required = false) UUID orderId,
                     @RequestParam(required = false) String caseNumber,
                     @RequestParam(required = false) String logNumber,
                     @RequestParam(required = false) String occurredAt,
                     @RequestParam(required = false) String description, Model model) {
        BreachForm form = new BreachForm();
        form.setReportedAt(new org.nmoregister.platform.web.UkTime().input(clock.instant()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
        // prefilled from where the breach came to light (a proactive check that found a possible breach): when it
        // happened (an ISO instant) and what was seen; the reporter checks and completes the rest
        if (occurredAt != null && !occurredAt.isBlank()) {
            try {
                form.setOccurredAt(new org.nmoregister.platform.web.UkTime().input(java.time.Instant.parse(
                        occurredAt.strip()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
            } catch (java.time.format.DateTimeParseException e) {
                // a link that does not say when leaves the time for the reporter to enter
            }
        }
        if (description != null && !description.isBlank()) {
            form.setDescription(description.strip().length() > 4000 ? description.strip().substring(0, 4000)
                    : description.strip());
        }
        if (logNumber != null && !logNumber.isBlank()) {
            // from the control room's lookup: the call's log number, and the call-handler as the reporter
            form.setLogNumber(logNumber.strip());
            var user = currentUsers.require();
            if (user.hasAny(org.nmoregister.security.Role.CONTROL_ROOM)) {
                form.setReporterKind(ReporterKind.CONTROL_ROOM.name());
                form.setReporterName(user.displayName() == null ? user.username() : user.displayName());
            }
        }
        if (orderId != null) {
            form.setOrderId(orderId.toString());
        }
        return reportPage(form, caseNumber, model);
    }

    @PostMapping("/breaches")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String report(@ModelAttribute("form") BreachForm form, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        UUID id;
        try {
            id = reporting.report(form.sent(request.getParameterMap()).toReport());
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", onReportDateBoxes(e.errors()));
            return reportPage(form, null, model);
        }
        // the file opens with the confirmation panel and "what happens next" (GOV.UK confirmation pattern)
        redirect.addFlashAttribute("reported", true);
        return "redirect:/breaches/" + id;
    }

    private String reportPage(BreachForm form, String caseNumber, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("caseNumber", caseNumber);
        if (caseNumber != null && !caseNumber.isBlank()) {
            model.addAttribute("found", register.findByCaseNumber(caseNumber));
        }
        if (form.getOrderId() != null && !form.getOrderId().isBlank()) {
            try {
                model.addAttribute("order", register.current(UUID.fromString(form.getOrderId().strip())));
            } catch (NotFoundException | IllegalArgumentException e) {
                model.addAttribute("orderMissing", true);
            }
        }
        choices(model);
        dateBoxes(form, model);
        return "breaches/report";
    }

    @GetMapping("/breaches/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    String file(@PathVariable UUID id, Model model) {
        var user = currentUsers.require();
        BreachFile f = files.read(id);
        model.addAttribute("file", f);
        model.addAttribute("timeline", BreachTimeline.of(f, labels));
        model.addAttribute("canReport", user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER, Role.CONTROL_ROOM,
                Role.SAFEGUARDING, Role.SUPERVISOR));
        model.addAttribute("blankIncident", new BreachForm());
        choices(model);
        dateBoxes(new BreachForm(), model);
        return "breaches/file";
    }

    /**
     * One stage of the breach's handling on its own page (the file's task list links here): what is recorded, and
     * the stage's form for those who may record it. Its forms post to the same address.
     */
    @GetMapping({"/breaches/{id}/crime", "/breaches/{id}/response", "/breaches/{id}/arrest",
            "/breaches/{id}/interview", "/breaches/{id}/investigation", "/breaches/{id}/risk",
            "/breaches/{id}/outcome", "/breaches/{id}/directions"})
    @PreAuthorize(Authorities.CASEWORK)
    String stage(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, Model model) {
        return stagePage(id, stageOf(request), model, List.of(), Map.of());
    }

    private String stagePage(UUID id, BreachTasks.Stage stage, Model model, List<FieldError> errors,
                             Map<String, String> input) {
        var user = currentUsers.require();
        BreachFile f = files.read(id);
        model.addAttribute("file", f);
        model.addAttribute("stage", stage);
        model.addAttribute("task", f.task(stage));
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        model.addAttribute("classifications", classifications.list());
        model.addAttribute("canInvestigate", user.hasAny(Role.OFFICER, Role.SUPERVISOR));
        model.addAttribute("isSupervisor", user.has(Role.SUPERVISOR));
        // the date boxes: what was typed when the page comes back with an error, else empty (blank means now)
        for (String[] d : DATES) {
            DateTimeInput date = dateTime(input, d[0], d[1]);
            model.addAttribute(d[0], date);
            model.addAttribute(d[0] + "Wrong", date.wrong(errors));
        }
        DateInput decided = new DateInput("decidedOn", "The date of the court's decision", input.get("decidedOn-day"),
                input.get("decidedOn-month"), input.get("decidedOn-year"));
        model.addAttribute("decidedOn", decided);
        model.addAttribute("decidedOnWrong", decided.wrong(errors));
        choices(model);
        return "breaches/stage";
    }

    /** The date-and-time questions of the stage pages: the boxes' name and the words an error names them by. */
    private static final String[][] DATES = {
            {"crimedAt", "The date and time the crime was recorded"},
            {"respondedAt", "The date and time of the first response"},
            {"arrestedAt", "The date and time of the arrest"},
            {"interviewedAt", "The date and time of the interview"}};

    private static BreachTasks.Stage stageOf(jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        BreachTasks.Stage stage = BreachTasks.Stage.ofPath(uri.substring(uri.lastIndexOf('/') + 1));
        if (stage == null) {
            throw new NotFoundException("There is no such part of a breach file.");
        }
        return stage;
    }

    @PostMapping("/breaches/{id}/incidents")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String addIncident(@PathVariable UUID id, @ModelAttribute BreachForm form,
                       jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, "incidents", redirect, "Incident added and checked.",
                () -> reporting.addIncident(id, form.sent(request.getParameterMap()).toIncident()));
    }

    @PostMapping("/breaches/{id}/recheck")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String recheck(@PathVariable UUID id, @RequestParam(required = false) String orderId,
                   RedirectAttributes redirect) {
        return act(id, "incidents", redirect, "Checks re-run against the order record.", () -> checking.recheck(id,
                BreachForm.parsed("orderId", orderId, UUID::fromString, "is not an order id")));
    }

    @PostMapping("/breaches/{id}/evidence")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String addEvidence(@PathVariable UUID id, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String description,
                       @RequestParam(required = false) String incidentNumber,
                       @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return act(id, "evidence", redirect, "Evidence added.", () -> {
            List<FieldError> errors = new ArrayList<>();
            EvidenceKind evidenceKind = BreachForm.choice("kind", kind, EvidenceKind.class, errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            Integer incident = BreachForm.parsed("incidentNumber", incidentNumber, Integer::valueOf,
                    "must be a number");
            try {
                reporting.addEvidence(id, new NewEvidence(evidenceKind, description, incident,
                        file == null || file.isEmpty() ? null : file.getOriginalFilename(),
                        file == null ? null : file.getContentType(),
                        file == null || file.isEmpty() ? null : file.getBytes()));
            } catch (IOException e) {
                throw new InvalidRequestException("file", "could not be read: upload it again");
            }
        });
    }

    @GetMapping("/breaches/{id}/evidence/{evidenceId}")
    @PreAuthorize(Authorities.CASEWORK)
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        return EvidenceDownload.of(reporting.evidenceFile(id, evidenceId));
    }

    @PostMapping("/breaches/{id}/crime")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String crime(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                 RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.CRIME, input, model, redirect, "Crime recorded.",
                () -> investigation.recordCrime(id, input.get("crimeReference"), input.get("classification"),
                        time(input, "crimedAt")));
    }

    @PostMapping("/breaches/{id}/response")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String response(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                    RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.RESPONSE, input, model, redirect, "Response recorded.",
                () -> investigation.recordResponse(id, choice("kind", input.get("kind"), ResponseKind.class),
                        time(input, "respondedAt")));
    }

    @PostMapping("/breaches/{id}/response/justification")
    @PreAuthorize(Authorities.SUPERVISORS)
    String justify(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                   RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.RESPONSE, input, model, redirect, "Justification recorded.",
                () -> investigation.justifyRemoteResponse(id, input.get("justification")));
    }

    @PostMapping("/breaches/{id}/arrest")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String arrest(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                  RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.ARREST, input, model, redirect, "Arrest decision recorded.",
                () -> investigation.recordArrest(id, choice("decision", input.get("decision"), ArrestDecision.class),
                        input.get("reason"), time(input, "arrestedAt")));
    }

    @PostMapping("/breaches/{id}/interview")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String interview(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                     RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.INTERVIEW, input, model, redirect, "Interview recorded.",
                () -> investigation.recordInterview(id, time(input, "interviewedAt"),
                        choice("account", input.get("account"), InterviewAccount.class), input.get("notes")));
    }

    @PostMapping("/breaches/{id}/investigation")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String investigation(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                         RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.INVESTIGATION, input, model, redirect, "Investigation updated.",
                () -> investigation.recordInvestigation(id, input.get("evidenceSecured"),
                        choice("allocation", input.get("allocation"), Allocation.class), input.get("allocatedOfficer"),
                        input.get("partnerReferrals")));
    }

    @PostMapping("/breaches/{id}/outcome")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                   RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.OUTCOME, input, model, redirect, "Outcome recorded.",
                () -> investigation.recordOutcome(id, choice("route", input.get("route"), OutcomeRoute.class),
                        choice("outcome", input.get("outcome"), CaseOutcome.class), input.get("reason")));
    }

    @PostMapping("/breaches/{id}/court-results")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String courtResult(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                       RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.OUTCOME, input, model, redirect, "Court result recorded.", () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate decided = new DateInput("decidedOn", "The date of the court's decision",
                    input.get("decidedOn-day"), input.get("decidedOn-month"), input.get("decidedOn-year"))
                    .read(errors);
            CourtResult result = BreachForm.choice("result", input.get("result"), CourtResult.class, errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            investigation.addCourtResult(id, result, input.get("court"), decided, input.get("sentence"));
        });
    }

    @PostMapping("/breaches/{id}/directions")
    @PreAuthorize(Authorities.SUPERVISORS)
    String direct(@PathVariable UUID id, @RequestParam(required = false) List<String> reasons,
                  @RequestParam Map<String, String> input, Model model, RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.DIRECTIONS, input, model, redirect, "Sent back with your direction.", () -> {
            Set<Inadequacy> chosen = EnumSet.noneOf(Inadequacy.class);
            if (reasons != null) {
                for (String r : reasons) {
                    Inadequacy i = choice("reasons", r, Inadequacy.class);
                    if (i != null) {
                        chosen.add(i);
                    }
                }
            }
            supervision.sendBack(id, chosen, input.get("direction"));
        });
    }

    @PostMapping("/breaches/{id}/directions/{directionId}/answer")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String answer(@PathVariable UUID id, @PathVariable UUID directionId, @RequestParam Map<String, String> input,
                  Model model, RedirectAttributes redirect) {
        return act(id, BreachTasks.Stage.DIRECTIONS, input, model, redirect, "Direction answered.",
                () -> supervision.answerDirection(id, directionId, input.get("answer")));
    }

    @GetMapping("/breaches/review")
    @PreAuthorize(Authorities.SUPERVISORS)
    String reviewQueue(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                       Model model) {
        model.addAttribute("queue", ListPage.of(supervision.reviewQueue(), page, request));
        model.addAttribute("inadequacies", Inadequacy.values());
        return "breaches/review";
    }

    /** Incidents and evidence are on the file itself: a refused change returns to it with the reasons. */
    private String act(UUID id, String section, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", section.equals("incidents") ? onReportDateBoxes(e.errors())
                    : e.errors());
        } catch (org.nmoregister.platform.ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError(section, e.getMessage())));
        }
        return "redirect:/breaches/" + id + "#" + section;
    }

    /**
     * A stage's change: done, back to the file's task list; refused, the stage's own page again with the error
     * summary at the top and what was typed still in the form (not the file 5,700 px below its error).
     */
    private String act(UUID id, BreachTasks.Stage stage, Map<String, String> input, Model model,
                       RedirectAttributes redirect, String success, Runnable change) {
        List<FieldError> errors;
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/breaches/" + id + "#tasks";
        } catch (InvalidRequestException e) {
            errors = e.errors().stream().map(BreachPageController::onDateBoxes).toList();
        } catch (org.nmoregister.platform.ConflictException e) {
            errors = List.of(new FieldError(stage.path(), e.getMessage()));
        }
        Map<String, String> kept = new java.util.HashMap<>(input);
        kept.remove("_csrf");
        return stagePage(id, stage, model, errors, kept);
    }

    /**
     * The service names a date by its field ("crimedAt is in the future"); on the page that date is the date input's
     * boxes, so the error goes to its first box, named as the question names it.
     */
    private static FieldError onDateBoxes(FieldError error) {
        for (String[] d : DATES) {
            if (d[0].equals(error.field())) {
                return new FieldError(d[0] + "-day", said(d[1], error.reason()));
            }
        }
        if ("decidedOn".equals(error.field())) {
            return new FieldError("decidedOn-day", said("The date of the court's decision", error.reason()));
        }
        return error;
    }

    /** "is in the future" is said of the date; "give the date of the decision" stands as a sentence. */
    private static String said(String label, String reason) {
        return reason.matches("(is|must|cannot|can) .*") ? label + " " + reason
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    /** The report form's date and time questions, as typed or as held. */
    private static void dateBoxes(BreachForm form, Model model) {
        BreachForm.DATE_LABELS.keySet().forEach(name -> model.addAttribute(name + "Input", form.input(name)));
    }

    /**
     * The rules' errors about a whole moment ("is in the future"), said of the question and put on its day box,
     * where the date input shows them and the summary links; errors that name a box already are kept as they are.
     */
    static List<FieldError> onReportDateBoxes(List<FieldError> errors) {
        return errors.stream().map(e -> {
            String field = e.field() == null ? "" : e.field();
            String id = field.substring(field.lastIndexOf('.') + 1);
            String label = BreachForm.DATE_LABELS.get(id);
            if (label == null) {
                return e;
            }
            String reason = e.reason() == null ? "" : e.reason().strip();
            String sentence = reason.matches("(is|are|must|cannot) .*") ? label + " " + reason
                    : reason.isEmpty() ? label + " is not valid"
                    : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
            return new FieldError(id + "-day", sentence);
        }).toList();
    }

    /** A stage's date and time boxes as typed (all empty on a page not yet sent). */
    private static DateTimeInput dateTime(Map<String, String> input, String name, String label) {
        return new DateTimeInput(name, label, input.get(name + "-day"), input.get(name + "-month"),
                input.get(name + "-year"), input.get(name + "-hour"), input.get(name + "-minute"));
    }

    /** The instant a stage's date and time boxes give, null when left empty (the service takes now). */
    private static java.time.Instant time(Map<String, String> input, String name) {
        String label = java.util.Arrays.stream(DATES).filter(d -> d[0].equals(name)).map(d -> d[1]).findFirst()
                .orElse(name);
        List<FieldError> errors = new ArrayList<>();
        var instant = dateTime(input, name, label).read(errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return instant;
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        List<FieldError> errors = new ArrayList<>();
        E chosen = BreachForm.choice(field, value, type, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return chosen;
    }

    private static void choices(Model model) {
        model.addAttribute("reporterKinds", ReporterKind.values());
        model.addAttribute("conducts", Conduct.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("placeKinds", Clause.PlaceKind.values());
        model.addAttribute("purposes", Clause.ExceptionKind.values());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("responseKinds", ResponseKind.values());
        model.addAttribute("arrestDecisions", ArrestDecision.values());
        model.addAttribute("accounts", InterviewAccount.values());
        model.addAttribute("allocations", Allocation.values());
        model.addAttribute("routes", OutcomeRoute.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("courtResults", CourtResult.values());
        model.addAttribute("inadequacies", Inadequacy.values());
    }
}
