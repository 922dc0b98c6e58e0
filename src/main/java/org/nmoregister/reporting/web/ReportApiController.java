package org.nmoregister.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nmoregister.reporting.internal.Report;
import org.nmoregister.reporting.internal.Reports;
import org.nmoregister.security.Authorities;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "Trends and performance of the register: counts, rates and times, never names")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/reports/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Authorities.REPORT_READERS)
    @Operation(summary = "The main figures for the user's force (or a district) over a date range",
            description = "Dates are UK days, from and to included, at most three years apart (this month so far "
                    + "when left out). In a district, counts from 1 to 4 read \"fewer than 5\" instead of a number. "
                    + "Ask with Accept: text/csv for the same figures as CSV.")
    Map<String, Object> summary(@Parameter(description = "First day, 2026-01-31") @RequestParam(required = false) String from,
                                @Parameter(description = "Last day, included") @RequestParam(required = false) String to,
                                @Parameter(description = "A district's id or code") @RequestParam(required = false) String district) {
        return Summary.of(reports.report(reports.scope(from, to, district, null)));
    }

    @GetMapping(path = "/api/v1/reports/summary", produces = "text/csv")
    @PreAuthorize(Authorities.REPORT_READERS)
    @Operation(summary = "The main figures as CSV: figure, row, value")
    String summaryCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String district) {
        Map<String, Object> summary = Summary.of(reports.report(reports.scope(from, to, district, null)));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("figure", "row", "value").get())) {
            for (Map.Entry<String, Object> e : summary.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> rows) {
                    for (Map.Entry<?, ?> row : rows.entrySet()) {
                        csv.printRecord(e.getKey(), row.getKey(), row.getValue());
                    }
                } else {
                    csv.printRecord(e.getKey(), "", e.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The summary's shape: the period, the area, then each figure (a number, or words when it is not shown). */
    static final class Summary {

        static Map<String, Object> of(Report report) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("from", report.scope().from().toString());
            s.put("to", report.scope().to().toString());
            s.put("area", report.scope().area());
            s.put("district", report.scope().districtId() == null ? null : report.scope().districtId().toString());
            Map<String, Object> channels = new LinkedHashMap<>();
            for (Report.Counts.Row row : report.counts("notifications-by-channel").rows()) {
                channels.put(row.key(), value(row.cell()));
            }
            s.put("notificationsReceived", channels);
            Report.Counts changes = report.counts("order-changes");
            s.put("ordersMade", value(changes.row("Made").orElseThrow().cell()));
            s.put("ordersVaried", value(changes.row("Varied").orElseThrow().cell()));
            s.put("ordersExtended", value(changes.row("Extended").orElseThrow().cell()));
            s.put("ordersDischarged", value(changes.row("Discharged").orElseThrow().cell()));
            s.put("ordersExpired", value(changes.row("Expired").orElseThrow().cell()));
            s.put("breachesReported", value(report.counts("breaches-by-reporter").total()));
            s.put("breachesCrimedWithin24h",
                    value(report.counts("breaches-crimed").rows().get(0).cell()));
            s.put("arrests", value(report.counts("breaches-arrests").row("ARRESTED").orElseThrow().cell()));
            s.put("riskAssessmentsCompleted", value(report.counts("risk-levels").total()));
            s.put("maracReferrals", value(report.counts("marac").rows().get(1).cell()));
            return s;
        }

        private static Object value(org.nmoregister.reporting.rules.Suppression.Cell cell) {
            return cell.shown() ? (Object) cell.count() : cell.text();
        }
    }
}
