package org.nmoregister.reporting.web;

import java.nio.charset.StandardCharsets;
import org.nmoregister.platform.InvalidRequestException;
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

    @GetMapping("/reports")
    @PreAuthorize(Authorities.REPORT_READERS)
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String district,
                  @RequestParam(required = false) String servedWithinDays, Model model) {
        Report.Scope scope;
        try {
            scope = reports.scope(from, to, district, servedWithinDays);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            scope = reports.scope(null, null, null, null);
        }
        model.addAttribute("givenFrom", from == null ? scope.from().toString() : from);
        model.addAttribute("givenTo", to == null ? scope.to().toString() : to);
        model.addAttribute("givenDistrict", district == null ? "" : district);
        model.addAttribute("givenServed", servedWithinDays == null ? String.valueOf(scope.servedWithinDays())
                : servedWithinDays);
        model.addAttribute("districts", forces.require(currentUsers.require().forceId()).districts());
        model.addAttribute("report", reports.report(scope));
        model.addAttribute("query", query(scope));
        return "reporting/report";
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
