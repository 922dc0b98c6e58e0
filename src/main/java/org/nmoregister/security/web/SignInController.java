package org.nmoregister.security.web;

import java.util.List;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.nmoregister.security.internal.DemoAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (which lists the demo accounts when the demo profile is on) and the start page. */
@Controller
class SignInController {

    private final CurrentUsers currentUsers;
    private final DemoAccounts demoAccounts;

    SignInController(CurrentUsers currentUsers, DemoAccounts demoAccounts) {
        this.currentUsers = currentUsers;
        this.demoAccounts = demoAccounts;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String signIn(Model model) {
        model.addAttribute("demoAccounts", demoAccounts.enabled() ? demoAccounts.usernames() : List.of());
        model.addAttribute("demoPasswordIsDefault", demoAccounts.passwordIsDefault());
        return "security/login";
    }

    /** The start page is the work a user's role does first. */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String start() {
        var user = currentUsers.require();
        if (user.hasAny(Role.POINT_OF_CONTACT)) {
            return "redirect:/notifications";
        }
        if (user.hasAny(Role.CONTROL_ROOM) && !user.hasAny(Role.OFFICER, Role.SUPERVISOR)) {
            return "redirect:/lookup"; // the control room's first question is always "is there an order?"
        }
        if (user.hasAny(Role.OFFICER, Role.CONTROL_ROOM, Role.SAFEGUARDING, Role.SUPERVISOR)) {
            return "redirect:/orders";
        }
        // Analysts work from figures and administrators from accounts and reference data: neither reads orders.
        if (user.has(Role.ANALYST)) {
            return "redirect:/breaches/dip-sampling";
        }
        if (user.has(Role.ADMIN)) {
            return "redirect:/courts";
        }
        return "redirect:/login";
    }
}
