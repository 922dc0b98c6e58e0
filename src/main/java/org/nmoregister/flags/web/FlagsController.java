package org.nmoregister.flags.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nmoregister.flags.internal.Reconciliation;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    String page(Model model) {
        model.addAttribute("reports", reconciliation.report());
        return "flags/reconciliation";
    }
}
