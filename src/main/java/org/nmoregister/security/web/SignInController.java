package org.nmoregister.security.web;

import java.util.List;
import org.nmoregister.platform.web.ToDoList;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.internal.DemoAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (which lists the demo accounts when the demo profile is on) and the start page: what needs doing. */
@Controller
class SignInController {

    private final CurrentUsers currentUsers;
    private final DemoAccounts demoAccounts;
    private final ToDoList toDo;
    private final ForceDirectory forces;

    SignInController(CurrentUsers currentUsers, DemoAccounts demoAccounts, ToDoList toDo, ForceDirectory forces) {
        this.currentUsers = currentUsers;
        this.demoAccounts = demoAccounts;
        this.toDo = toDo;
        this.forces = forces;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String signIn(Model model) {
        model.addAttribute("demoAccounts", demoAccounts.enabled() ? demoAccounts.usernames() : List.of());
        model.addAttribute("demoPasswordIsDefault", demoAccounts.passwordIsDefault());
        return "security/login";
    }

    /**
     * The start page is what needs doing: the counts of the work the user's roles keep, each linking to its list. The
     * control room's first question is always "is there an order?", so it starts at the lookup, which shows its
     * counts under the search box; the court feed is a machine and has no start page.
     */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String start(Model model) {
        var user = currentUsers.require();
        if (user.hasAny(Role.CONTROL_ROOM) && !user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER, Role.SUPERVISOR)) {
            return "redirect:/lookup";
        }
        if (!user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER, Role.SAFEGUARDING, Role.SUPERVISOR, Role.ANALYST,
                Role.ADMIN, Role.NEIGHBOURHOOD)) {
            return "redirect:/login";
        }
        model.addAttribute("toDo", toDo.forSignedInUser());
        model.addAttribute("forceName", forces.byId(user.forceId()).map(Force::name).orElse(user.forceCode()));
        return "security/start";
    }
}
