package org.nmoregister.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.reporting.internal.Report;
import org.nmoregister.reporting.internal.ReportFiles;
import org.nmoregister.reporting.internal.Reports;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: trends and performance, each figure a chart with its table; the same as CSV and as a PDF report. */
@Controller
class ReportPageController {

    private final Reports reports;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;

    ReportPageController(Reports reports, CurrentUsers currentUsers, ForceDirectory forces) {
        this.reports = reports;
        this.currentUsers = currentUsers;
        this.forces = forces;
    }

    /**
     * The page's period is asked with two GOV.UK date inputs ("from-day", "from-month", "from-year" and the same for
     * "to"); the links to the CSV and the PDF, the API and bookmarks still say it as ISO dates ("from=2026-01-31"),
     * which are read when no box was sent. Whatever was typed is shown again beside its error.
     */
    @GetMapping("/reports")
    @PreAuthorize(Authorities.REPORT_READERS)
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String district,
                  @RequestParam(required = false) String servedWithinDays, HttpServletRequest request, Model model) {
        Map<String, String[]> parameters = request.getParameterMap();
        List<FieldError> errors = new ArrayList<>();
        DateInput fromBoxes = boxes("from", "From", from, parameters);
        DateInput toBoxes = boxes("to", "To", to, parameters);
        String fromIso = iso(fromBoxes, from, parameters, errors);
        String toIso = iso(toBoxes, to, parameters, errors);
        Report.Scope scope = null;
        if (errors.isEmpty()) {
            try {
                scope = reports.scope(fromIso, toIso, district, servedWithinDays);
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.add(onBoxes(f)));
            }
        }
        if (scope == null) {
            scope = reports.scope(null, null, null, null);
        } else if (!DateInput.sent("from", parameters) && !DateInput.sent("to", parameters)) {
            fromBoxes = DateInput.of("from", "From", scope.from());
            toBoxes = DateInput.of("to", "To", scope.to());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("fromDate", fromBoxes);
        model.addAttribute("toDate", toBoxes);
        model.addAttribute("fromWrong", fromBoxes.wrong(errors));
        model.addAttribute("toWrong", toBoxes.wrong(errors));
        model.addAttribute("givenDistrict", district == null ? "" : district);
        model.addAttribute("givenServed", servedWithinDays == null ? String.valueOf(scope.servedWithinDays())
                : servedWithinDays);
        model.addAttribute("districts", forces.require(currentUsers.require().forceId()).districts());
        model.addAttribute("area", scope.area());
        // under a period error the page shows the error and the form only: figures for another period (this month,
        // which the scope falls back to) beside a wrong date would be read as the figures asked for
        model.addAttribute("report", errors.isEmpty() ? reports.report(scope) : null);
        model.addAttribute("query", query(scope));
        return "reporting/report";
    }

    /** The three boxes as typed, or an ISO date given instead split into them (so "2026-13-01" is shown as typed). */
    private static DateInput boxes(String name, String label, String iso, Map<String, String[]> parameters) {
        if (DateInput.sent(name, parameters) || iso == null || iso.isBlank()) {
            return DateInput.of(name, label, parameters);
        }
        String[] parts = iso.strip().split("-", 3);
        return parts.length == 3 ? new DateInput(name, label, parts[2], parts[1], parts[0])
                : new DateInput(name, label, null, null, iso.strip());
    }

    /** The date the boxes hold, as the ISO text Reports.scope reads; the ISO parameter when no box was sent. */
    private static String iso(DateInput boxes, String iso, Map<String, String[]> parameters, List<FieldError> errors) {
        if (!DateInput.sent(boxes.name(), parameters)) {
            return iso;
        }
        LocalDate date = boxes.read(errors);
        return date == null ? null : date.toString();
    }

    /** A period error from Reports.scope, said of the date input's first box in a sentence that names the date. */
    private static FieldError onBoxes(FieldError error) {
        if ("from".equals(error.field()) || "to".equals(error.field())) {
            String label = "from".equals(error.field()) ? "From" : "To";
            String reason = error.reason().replace("the from date", "the From date")
                    .replace("must be a date written as 2026-01-31", "must be a real date");
            return new FieldError(error.field() + "-day", label + " " + reason);
        }
        return error;
    }

    @GetMapping("/reports/report.csv")
    @PreAuthorize(Authorities.REPORT_READERS)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String district,
                               @RequestParam(required = false) String servedWithinDays) {
        Report report = reports.report(reports.scope(from, to, district, servedWithinDays));
        return file(ReportFiles.csv(report).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                name(report) + ".csv");
    }

    @GetMapping("/reports/report.pdf")
    @PreAuthorize(Authorities.REPORT_READERS)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String district,
                               @RequestParam(required = false) String servedWithinDays) {
        Report report = reports.report(reports.scope(from, to, district, servedWithinDays));
        return file(ReportFiles.pdf(report), MediaType.APPLICATION_PDF_VALUE, name(report) + ".pdf");
    }

    private static String query(Report.Scope scope) {
        return "from=" + scope.from() + "&to=" + scope.to() + "&servedWithinDays=" + scope.servedWithinDays()
                + (scope.districtId() == null ? "" : "&district=" + scope.districtId());
    }

    private static String name(Report report) {
        return "trends-" + report.scope().from() + "-to-" + report.scope().to();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
