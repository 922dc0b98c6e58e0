package org.nmoregister.flags.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nmoregister.flags.internal.Reconciliation;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@Tag(name = "Flags", description = "Person and place markers and their export to national and force systems")
class FlagsController {

    private static final String RECONCILERS = "hasAnyRole('POINT_OF_CONTACT','SUPERVISOR','ADMIN')";

    private final Reconciliation reconciliation;

    FlagsController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/v1/flags/reconciliation")
    @ResponseBody
    @PreAuthorize(RECONCILERS)
    @Operation(summary = "Markers held against what each receiving system has acknowledged")
    List<Reconciliation.TargetReport> report() {
        return reconciliation.report();
    }

    @GetMapping("/flags/reconciliation")
    @PreAuthorize(RECONCILERS)
    String page(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        List<Reconciliation.TargetReport> reports = reconciliation.report();
        model.addAttribute("reports", reports);
        if (!reports.isEmpty()) {
            // one receiving system's markers out of step at a time, a page at a time: PNC alone can hold thousands
            var systems = new java.util.LinkedHashMap<String, String>();
            reports.forEach(r -> systems.put(r.target(), r.target()));
            ListFilter system = ListFilter.of("system", systems, request);
            ListFilter show = ListFilter.of("show", ListFilter.views("out-of-step", "All out of step",
                    "failing", "Failing, with an error"), request);
            var report = reports.stream().filter(r -> r.target().equals(system.value())).findFirst().orElseThrow();
            var rows = show.is("failing")
                    ? report.outOfStep().stream().filter(row -> row.lastError() != null).toList() : report.outOfStep();
            model.addAttribute("system", system);
            model.addAttribute("show", show);
            model.addAttribute("report", report);
            model.addAttribute("rows", ListPage.of(rows, page, request));
        }
        return "flags/reconciliation";
    }
}
