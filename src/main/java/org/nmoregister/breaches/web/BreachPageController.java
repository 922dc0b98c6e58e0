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
import org.nmoregister.breaches.internal.BreachChecking;
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

    BreachPageController(BreachReporting reporting, BreachChecking checking, BreachInvestigation investigation,
                         BreachSupervision supervision, BreachFiles files, OrderRegister register,
                         CrimeClassifications classifications,
                         CurrentUsers currentUsers, java.time.Clock clock) {
        this.clock = clock;
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
                     @RequestParam(required = false) String logNumber, Model model) {
        BreachForm form = new BreachForm();
        form.setReportedAt(new org.nmoregister.platform.web.UkTime().input(clock.instant()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
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
    String report(@ModelAttribute("form") BreachForm form, Model model, RedirectAttributes redirect) {
        UUID id;
        try {
            id = reporting.report(form.toReport());
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return reportPage(form, null, model);
        }
        redirect.addFlashAttribute("success", "Breach reported and checked against the order.");
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
        return "breaches/report";
    }

    @GetMapping("/breaches/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    String file(@PathVariable UUID id, Model model) {
        var user = currentUsers.require();
        model.addAttribute("file", files.read(id));
        model.addAttribute("classifications", classifications.list());
        model.addAttribute("canInvestigate", user.hasAny(Role.OFFICER, Role.SUPERVISOR));
        model.addAttribute("canReport", user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER, Role.CONTROL_ROOM,
                Role.SAFEGUARDING, Role.SUPERVISOR));
        model.addAttribute("isSupervisor", user.has(Role.SUPERVISOR));
        model.addAttribute("blankIncident", new BreachForm());
        choices(model);
        return "breaches/file";
    }

    @PostMapping("/breaches/{id}/incidents")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    String addIncident(@PathVariable UUID id, @ModelAttribute BreachForm form, RedirectAttributes redirect) {
        return act(id, "incidents", redirect, "Incident added and checked.",
                () -> reporting.addIncident(id, form.toIncident()));
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
    String crime(@PathVariable UUID id, @RequestParam(required = false) String crimeReference,
                 @RequestParam(required = false) String classification,
                 @RequestParam(required = false) String crimedAt, RedirectAttributes redirect) {
        return act(id, "crime", redirect, "Crime recorded.", () -> investigation.recordCrime(id, crimeReference,
                classification, time("crimedAt", crimedAt)));
    }

    @PostMapping("/breaches/{id}/response")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String response(@PathVariable UUID id, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String respondedAt, RedirectAttributes redirect) {
        return act(id, "response", redirect, "Response recorded.", () -> investigation.recordResponse(id,
                choice("kind", kind, ResponseKind.class), time("respondedAt", respondedAt)));
    }

    @PostMapping("/breaches/{id}/response/justification")
    @PreAuthorize(Authorities.SUPERVISORS)
    String justify(@PathVariable UUID id, @RequestParam(required = false) String justification,
                   RedirectAttributes redirect) {
        return act(id, "response", redirect, "Justification recorded.",
                () -> investigation.justifyRemoteResponse(id, justification));
    }

    @PostMapping("/breaches/{id}/arrest")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String arrest(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String arrestedAt,
                  RedirectAttributes redirect) {
        return act(id, "arrest", redirect, "Arrest decision recorded.", () -> investigation.recordArrest(id,
                choice("decision", decision, ArrestDecision.class), reason, time("arrestedAt", arrestedAt)));
    }

    @PostMapping("/breaches/{id}/interview")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String interview(@PathVariable UUID id, @RequestParam(required = false) String interviewedAt,
                     @RequestParam(required = false) String account, @RequestParam(required = false) String notes,
                     RedirectAttributes redirect) {
        return act(id, "interview", redirect, "Interview recorded.", () -> investigation.recordInterview(id,
                time("interviewedAt", interviewedAt), choice("account", account, InterviewAccount.class), notes));
    }

    @PostMapping("/breaches/{id}/investigation")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String investigation(@PathVariable UUID id, @RequestParam(required = false) String evidenceSecured,
                         @RequestParam(required = false) String allocation,
                         @RequestParam(required = false) String allocatedOfficer,
                         @RequestParam(required = false) String partnerReferrals, RedirectAttributes redirect) {
        return act(id, "investigation", redirect, "Investigation updated.", () -> investigation.recordInvestigation(id,
                evidenceSecured, choice("allocation", allocation, Allocation.class), allocatedOfficer,
                partnerReferrals));
    }

    @PostMapping("/breaches/{id}/outcome")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String outcome(@PathVariable UUID id, @RequestParam(required = false) String route,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return act(id, "outcome", redirect, "Outcome recorded.", () -> investigation.recordOutcome(id,
                choice("route", route, OutcomeRoute.class), choice("outcome", outcome, CaseOutcome.class), reason));
    }

    @PostMapping("/breaches/{id}/court-results")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String courtResult(@PathVariable UUID id, @RequestParam(required = false) String result,
                       @RequestParam(required = false) String court,
                       @RequestParam(required = false) String decidedOn,
                       @RequestParam(required = false) String sentence, RedirectAttributes redirect) {
        return act(id, "outcome", redirect, "Court result recorded.", () -> investigation.addCourtResult(id,
                choice("result", result, CourtResult.class), court,
                BreachForm.parsed("decidedOn", decidedOn, LocalDate::parse, "enter a real date"), sentence));
    }

    @PostMapping("/breaches/{id}/directions")
    @PreAuthorize(Authorities.SUPERVISORS)
    String direct(@PathVariable UUID id, @RequestParam(required = false) List<String> reasons,
                  @RequestParam(required = false) String direction, RedirectAttributes redirect) {
        return act(id, "directions", redirect, "Sent back with your direction.", () -> {
            Set<Inadequacy> chosen = EnumSet.noneOf(Inadequacy.class);
            if (reasons != null) {
                for (String r : reasons) {
                    Inadequacy i = choice("reasons", r, Inadequacy.class);
                    if (i != null) {
                        chosen.add(i);
                    }
                }
            }
            supervision.sendBack(id, chosen, direction);
        });
    }

    @PostMapping("/breaches/{id}/directions/{directionId}/answer")
    @PreAuthorize(Authorities.INVESTIGATORS)
    String answer(@PathVariable UUID id, @PathVariable UUID directionId,
                  @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return act(id, "directions", redirect, "Direction answered.",
                () -> supervision.answerDirection(id, directionId, answer));
    }

    @GetMapping("/breaches/review")
    @PreAuthorize(Authorities.SUPERVISORS)
    String reviewQueue(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                       Model model) {
        model.addAttribute("queue", ListPage.of(supervision.reviewQueue(), page, request));
        model.addAttribute("inadequacies", Inadequacy.values());
        return "breaches/review";
    }

    private String act(UUID id, String section, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (org.nmoregister.platform.ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError(section, e.getMessage())));
        }
        return "redirect:/breaches/" + id + "#" + section;
    }

    private static java.time.Instant time(String field, String value) {
        List<FieldError> errors = new ArrayList<>();
        var instant = BreachForm.time(field, value, errors);
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
