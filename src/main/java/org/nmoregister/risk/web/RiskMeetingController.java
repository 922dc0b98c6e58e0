package org.nmoregister.risk.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.risk.RiskMeetingContributor;
import org.nmoregister.risk.internal.MeetingPdf;
import org.nmoregister.risk.internal.RiskMeetingService;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily risk meeting: the next agenda, recording the meeting with actions and owners, past meetings, PDFs. */
@Controller
class RiskMeetingController {

    private final RiskMeetingService meetings;
    private final MeetingPdf pdf;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final java.time.Clock clock;

    RiskMeetingController(RiskMeetingService meetings, MeetingPdf pdf, CurrentUsers currentUsers,
                          ForceDirectory forces, java.time.Clock clock) {
        this.meetings = meetings;
        this.pdf = pdf;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.clock = clock;
    }

    @GetMapping("/risk/meeting")
    @PreAuthorize(Authorities.RISK_MEETING)
    String agenda(Model model) {
        return agendaPage(meetings.agenda(), new MeetingForm(), List.of(), model);
    }

    @PostMapping("/risk/meeting")
    @PreAuthorize(Authorities.RISK_MEETING_CHAIRS)
    String record(@ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect) {
        // the due dates come in the GOV.UK date input's boxes; a part that is wrong is named before anything is kept
        List<InvalidRequestException.FieldError> dateErrors = new ArrayList<>();
        List<RiskMeetingService.ActionInput> rows = new ArrayList<>();
        for (int i = 0; i < form.getActions().size(); i++) {
            MeetingForm.Row r = form.getActions().get(i);
            if (r == null) {
                rows.add(null);
                continue;
            }
            var boxes = r.dueInput(i);
            String due = r.getDue();
            if (!boxes.empty()) {
                java.time.LocalDate read = boxes.read(dateErrors);
                due = read == null ? null : read.toString();
            }
            rows.add(new RiskMeetingService.ActionInput(r.getSection(), r.getReference(), r.getSummary(),
                    r.getText(), r.getOwner(), due));
        }
        if (!dateErrors.isEmpty()) {
            return agendaPage(meetings.agenda(), form, dateErrors, model);
        }
        try {
            UUID id = meetings.record(form.getChair(), instant(form.getCoversFrom()), instant(form.getCoversTo()),
                    form.getNotes(), rows);
            redirect.addFlashAttribute("success", "The meeting is recorded.");
            return "redirect:/risk/meeting/" + id;
        } catch (InvalidRequestException e) {
            return agendaPage(meetings.agenda(), form, e.errors(), model);
        }
    }

    @GetMapping("/risk/meeting/{id}")
    @PreAuthorize(Authorities.RISK_MEETING)
    String meeting(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", meetings.meeting(id));
        model.addAttribute("labels", labels());
        model.addAttribute("canRecord", canRecord());
        return "risk/meeting-record";
    }

    @PostMapping("/risk/meeting/{id}/actions/{actionId}/done")
    @PreAuthorize(Authorities.RISK_MEETING_CHAIRS)
    String done(@PathVariable UUID id, @PathVariable UUID actionId, RedirectAttributes redirect) {
        try {
            meetings.markDone(id, actionId);
            redirect.addFlashAttribute("success", "The action is marked done.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("success", e.getMessage());
        }
        return "redirect:/risk/meeting/" + id;
    }

    @GetMapping("/risk/meeting/agenda.pdf")
    @PreAuthorize(Authorities.RISK_MEETING)
    ResponseEntity<byte[]> agendaPdf() {
        CurrentUser user = currentUsers.require();
        var agenda = meetings.agenda();
        return pdf("risk-meeting-agenda.pdf", pdf.agenda(agenda, forceName(user), user.username(), clock.instant()));
    }

    @GetMapping("/risk/meeting/{id}.pdf")
    @PreAuthorize(Authorities.RISK_MEETING)
    ResponseEntity<byte[]> meetingPdf(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        var meeting = meetings.meeting(id);
        return pdf("risk-meeting-" + id + ".pdf", pdf.meeting(meeting, forceName(user), user.username(),
                clock.instant()));
    }

    /** An agenda item with the index of its action row in the form. */
    record Row(int index, RiskMeetingContributor.AgendaItem item) {
    }

    /** Blank rows for actions about no agenda item ("other business"). */
    static final int OTHER_ROWS = 3;

    private String agendaPage(RiskMeetingService.Agenda agenda, MeetingForm form,
                              List<InvalidRequestException.FieldError> errors, Model model) {
        Map<RiskMeetingContributor.Section, List<Row>> rows = new LinkedHashMap<>();
        int index = 0;
        for (var section : agenda.sections().entrySet()) {
            List<Row> sectionRows = new ArrayList<>();
            for (var item : section.getValue()) {
                sectionRows.add(new Row(index++, item));
            }
            rows.put(section.getKey(), sectionRows);
        }
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < OTHER_ROWS; i++) {
            other.add(index++);
        }
        while (form.getActions().size() < index) {
            form.getActions().add(new MeetingForm.Row());
        }
        if (form.getCoversFrom() == null) {
            form.setCoversFrom(agenda.since().toString());
            form.setCoversTo(agenda.until().toString());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("labels", labels());
        model.addAttribute("otherRows", other);
        model.addAttribute("agenda", agenda);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("past", meetings.past());
        model.addAttribute("canRecord", canRecord());
        return "risk/meeting";
    }

    /** Section headings by section name, OTHER included. */
    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (var section : RiskMeetingContributor.Section.values()) {
            labels.put(section.name(), MeetingPdf.label(section));
        }
        labels.put(RiskMeetingService.OTHER, MeetingPdf.sectionLabel(RiskMeetingService.OTHER));
        return labels;
    }

    private boolean canRecord() {
        return currentUsers.require().hasAny(Role.SUPERVISOR, Role.SAFEGUARDING);
    }

    private String forceName(CurrentUser user) {
        return forces.byId(user.forceId()).map(f -> f.name()).orElse(user.forceCode());
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("coversFrom", "the period the agenda covered is not a valid time");
        }
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
