package org.nmoregister.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nmoregister.orders.OrderListing;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.reporting.internal.RegisterListing;
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

/**
 * Pages: the register (the force's orders, filtered, sorted, a page at a time) and its download as CSV, the same
 * columns in the same words as the page.
 */
@Controller
class RegisterPageController {

    /** The most rows a download holds. */
    static final int MAX_DOWNLOAD = 1000;
    static final List<String> CSV_HEADER = List.of("Case number", "Court", "Type", "Respondent", "Made", "Ends",
            "Status", "Quality assurance", "Breaches", "District");

    private final RegisterListing listing;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final Labels labels;
    private final UkTime ukTime;

    RegisterPageController(RegisterListing listing, CurrentUsers currentUsers, ForceDirectory forces, Labels labels,
                           UkTime ukTime) {
        this.listing = listing;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.labels = labels;
        this.ukTime = ukTime;
    }

    @GetMapping("/register")
    @PreAuthorize(Authorities.CASEWORK)
    String register(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String district, @RequestParam(required = false) String court,
                    @RequestParam(required = false) String endingWithinDays,
                    @RequestParam(required = false) String unserved,
                    @RequestParam(required = false) String awaitingQuality,
                    @RequestParam(required = false) String withBreach, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
                    HttpServletRequest request, Model model) {
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("types", OrderType.values());
        model.addAttribute("sorts", OrderListing.Sort.values());
        model.addAttribute("districts", forces.require(currentUsers.require().forceId()).districts());
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        OrderListing.Query query;
        try {
            query = OrderListing.Query.parse(status, type, district, court, endingWithinDays, unserved,
                    awaitingQuality, withBreach, sort, direction, null, null);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("orders", null);
            model.addAttribute("filters", OrderListing.Query.parse(null, null, null, null, null, null, null, null,
                    null, null, null, null));
            return "reporting/register";
        }
        int number = page == null || page.isBlank() ? 1 : pageNumber(page, request);
        OrderListing.Page result = listing.list(query.onPage(number, ListPage.SIZE));
        ListPage.number(page, result.total(), request);
        model.addAttribute("filters", query);
        model.addAttribute("orders", ListPage.of(result.rows(), number, result.total(), result.totalExact(), request));
        return "reporting/register";
    }

    /** A page number as typed; one past the list is refused by {@link ListPage#number} once the total is known. */
    private static int pageNumber(String page, HttpServletRequest request) {
        try {
            int n = Integer.parseInt(page.strip());
            return Math.max(1, n);
        } catch (NumberFormatException e) {
            return ListPage.number(page, 0, request);
        }
    }

    @GetMapping("/register/orders.csv")
    @PreAuthorize(Authorities.CASEWORK)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String district,
                               @RequestParam(required = false) String court,
                               @RequestParam(required = false) String endingWithinDays,
                               @RequestParam(required = false) String unserved,
                               @RequestParam(required = false) String awaitingQuality,
                               @RequestParam(required = false) String withBreach,
                               @RequestParam(required = false) String sort,
                               @RequestParam(required = false) String direction) {
        OrderListing.Query query = OrderListing.Query.parse(status, type, district, court, endingWithinDays, unserved,
                awaitingQuality, withBreach, sort, direction, null, null);
        OrderListing.Page all = listing.export(query, MAX_DOWNLOAD);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (OrderListing.Row row : all.rows()) {
                csv.printRecord(cells(row, labels, ukTime));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("register.csv").build().toString())
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A row's cells in the words the page shows them. */
    static List<String> cells(OrderListing.Row row, Labels labels, UkTime ukTime) {
        return List.of(row.caseNumber(), row.court(), labels.of(row.orderType()),
                row.respondentName() == null ? "" : row.respondentName(),
                row.madeAt() == null ? "" : ukTime.format(row.madeAt()),
                row.endsAt() == null ? "No end date" : ukTime.format(row.endsAt()),
                labels.of(row.status()), row.awaitingQuality() ? "Waiting" : "Done",
                Integer.toString(row.breaches()), row.district() == null ? "Not known" : row.district());
    }

    /** Used by the template: the same cells as the CSV. */
    @org.springframework.web.bind.annotation.ModelAttribute("cells")
    CellWriter cellWriter() {
        return row -> cells(row, labels, ukTime);
    }

    interface CellWriter {
        List<String> of(OrderListing.Row row);
    }
}
