package org.nmoregister.safeguarding.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.safeguarding.internal.District;
import org.nmoregister.safeguarding.internal.Districts;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator's pages for the force's districts: their coverage, a CSV import, and each district's details. */
@Controller
class DistrictPageController {

    static final long CSV_LIMIT = 2_000_000;

    private final Districts districts;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    DistrictPageController(Districts districts, CurrentUsers currentUsers, AccessLog accessLog) {
        this.districts = districts;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    @GetMapping("/safeguarding/districts")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    String list(Model model) {
        return listPage(List.of(), model);
    }

    @PostMapping("/safeguarding/districts/import")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    String importCoverage(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                          RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        if (file == null || file.isEmpty()) {
            return listPage(List.of(new InvalidRequestException.FieldError("file", "Choose a CSV file of districts "
                    + "and areas")), model);
        }
        if (file.getSize() > CSV_LIMIT) {
            return listPage(List.of(new InvalidRequestException.FieldError("file", "The file must be smaller than "
                    + "2 MB")), model);
        }
        try {
            var imported = districts.importCsv(user.forceId(),
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            accessLog.record(AccessAction.CHANGE, "district", user.forceCode(), null, "Coverage imported: "
                    + imported.areas() + " areas, " + imported.districtsMade() + " districts made");
            redirect.addFlashAttribute("success", "The coverage is replaced: " + imported.areas() + " areas"
                    + (imported.districtsMade() == 0 ? "." : ", " + imported.districtsMade() + " new districts."));
            return "redirect:/safeguarding/districts";
        } catch (InvalidRequestException e) {
            return listPage(e.errors().stream().map(x -> new InvalidRequestException.FieldError("file",
                    x.reason())).toList(), model);
        } catch (IOException e) {
            return listPage(List.of(new InvalidRequestException.FieldError("file", "The file could not be read")),
                    model);
        }
    }

    @GetMapping("/safeguarding/districts/{id}")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    String edit(@PathVariable UUID id, Model model) {
        District d = districts.get(currentUsers.require().forceId(), id);
        return editPage(d, d.name(), d.teamEmail(), d.supervisorEmail(), String.join(", ", d.areas()), List.of(),
                model);
    }

    @PostMapping("/safeguarding/districts/{id}")
    @PreAuthorize(SafeguardingAccess.DISTRICT_ADMINISTRATORS)
    String save(@PathVariable UUID id, @RequestParam(required = false) String name,
                @RequestParam(required = false) String teamEmail,
                @RequestParam(required = false) String supervisorEmail,
                @RequestParam(required = false) String areas, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        District d = districts.get(user.forceId(), id);
        try {
            districts.edit(user.forceId(), id, name, teamEmail, supervisorEmail, areas);
        } catch (InvalidRequestException e) {
            return editPage(d, name, teamEmail, supervisorEmail, areas, e.errors(), model);
        }
        accessLog.record(AccessAction.CHANGE, "district", id.toString(), null, "District details and coverage");
        redirect.addFlashAttribute("success", "The district is saved.");
        return "redirect:/safeguarding/districts";
    }

    private String listPage(List<InvalidRequestException.FieldError> errors, Model model) {
        model.addAttribute("districts", districts.of(currentUsers.require().forceId()));
        model.addAttribute("errors", errors);
        return "safeguarding/districts";
    }

    private String editPage(District d, String name, String teamEmail, String supervisorEmail, String areas,
                            List<InvalidRequestException.FieldError> errors, Model model) {
        model.addAttribute("district", d);
        model.addAttribute("name", name);
        model.addAttribute("teamEmail", teamEmail);
        model.addAttribute("supervisorEmail", supervisorEmail);
        model.addAttribute("areas", areas);
        model.addAttribute("errors", errors);
        return "safeguarding/district";
    }
}
