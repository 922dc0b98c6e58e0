package org.nmoregister.transfers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.transfers.internal.CrossForceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The force's sharing settings for the national existence check as a page: the point of contact and supervisors
 * read them, an administrator changes them (on or off by default, a choice for each other force, the 24/7
 * telephone). Saved through the same service as {@code PUT /api/v1/cross-force/sharing}, so it is checked and
 * written to the access log the same way.
 */
@Controller
class SharingPageController {

    /** A force's choice on the page: as the default, always, or never. */
    static final String DEFAULT = "DEFAULT";
    static final String ALWAYS = "ALWAYS";
    static final String NEVER = "NEVER";

    private final CrossForceService service;
    private final ForceDirectory forces;
    private final CurrentUsers currentUsers;

    SharingPageController(CrossForceService service, ForceDirectory forces, CurrentUsers currentUsers) {
        this.service = service;
        this.forces = forces;
        this.currentUsers = currentUsers;
    }

    /** One other force's row on the page. */
    record ForceChoice(String code, String name, String choice) {
    }

    @GetMapping("/cross-force/sharing")
    @PreAuthorize(CrossForceAccess.SHARING_READERS)
    String show(Model model) {
        CrossForceService.SharingView view = service.sharing();
        Map<String, String> choices = new LinkedHashMap<>();
        view.exceptions().forEach((code, shares) -> choices.put(code, shares ? ALWAYS : NEVER));
        return page(view, view.sharesByDefault() ? "yes" : "no", view.controlRoomTelephone(), choices, List.of(),
                model);
    }

    @PostMapping("/cross-force/sharing")
    @PreAuthorize(CrossForceAccess.SHARING_ADMINISTRATORS)
    String save(@RequestParam(required = false) String sharesByDefault,
                @RequestParam(required = false) String controlRoomTelephone,
                @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> choices = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Boolean> exceptions = new LinkedHashMap<>();
        for (Force force : others()) {
            String choice = form.getFirst("force-" + force.code());
            choice = choice == null || choice.isBlank() ? DEFAULT : choice;
            choices.put(force.code(), choice);
            switch (choice) {
                case ALWAYS -> exceptions.put(force.code(), true);
                case NEVER -> exceptions.put(force.code(), false);
                case DEFAULT -> { }
                default -> errors.add(new FieldError("force-" + force.code(), "Choose whether " + force.name()
                        + " finds this force's orders from the list"));
            }
        }
        Boolean shares = "yes".equals(sharesByDefault) ? Boolean.TRUE : "no".equals(sharesByDefault) ? Boolean.FALSE
                : null;
        if (shares == null) {
            errors.add(0, new FieldError("sharesByDefault", "Select whether other forces' lookups find this force's"
                    + " orders"));
        }
        if (errors.isEmpty()) {
            try {
                service.changeSharing(shares, controlRoomTelephone, exceptions);
                redirect.addFlashAttribute("success", "The sharing settings are saved.");
                return "redirect:/cross-force/sharing";
            } catch (InvalidRequestException e) {
                e.errors().stream().map(SharingPageController::inPlainEnglish).forEach(errors::add);
            }
        }
        return page(service.sharing(), sharesByDefault, controlRoomTelephone, choices, errors, model);
    }

    /** The service's reasons are written for the API; the page says what to do. */
    private static FieldError inPlainEnglish(FieldError error) {
        return switch (error.field()) {
            case "controlRoomTelephone" -> new FieldError("controlRoomTelephone", "Enter the control room's"
                    + " telephone number using only digits, spaces, brackets, hyphens and a leading +, like"
                    + " 0300 555 0101 (30 characters at most)");
            case "sharesByDefault" -> new FieldError("sharesByDefault", "Select whether other forces' lookups find"
                    + " this force's orders");
            default -> error;
        };
    }

    private String page(CrossForceService.SharingView view, String sharesByDefault, String telephone,
                        Map<String, String> choices, List<FieldError> errors, Model model) {
        List<ForceChoice> rows = others().stream()
                .map(f -> new ForceChoice(f.code(), f.name(), choices.getOrDefault(f.code(), DEFAULT))).toList();
        Map<String, String> names = new LinkedHashMap<>();
        forces.all().forEach(f -> names.put(f.code(), f.name()));
        model.addAttribute("view", view);
        model.addAttribute("sharesWith", view.sharesWith().stream().map(c -> names.getOrDefault(c, c)).toList());
        model.addAttribute("sharesByDefault", sharesByDefault);
        model.addAttribute("controlRoomTelephone", telephone);
        model.addAttribute("forces", rows);
        model.addAttribute("errors", errors);
        return "transfers/sharing";
    }

    private List<Force> others() {
        var own = currentUsers.require().forceId();
        return forces.all().stream().filter(f -> !f.id().equals(own))
                .sorted(java.util.Comparator.comparing(Force::name)).toList();
    }
}
