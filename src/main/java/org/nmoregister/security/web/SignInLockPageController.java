package org.nmoregister.security.web;

import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.internal.SignInLocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in locks page: the same as the API, for an administrator at a browser. */
@Controller
class SignInLockPageController {

    private final SignInLocks locks;

    SignInLockPageController(SignInLocks locks) {
        this.locks = locks;
    }

    @GetMapping("/sign-in-locks")
    @PreAuthorize(Authorities.ACCOUNT_ADMINISTRATORS)
    String page(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        model.addAttribute("locks", org.nmoregister.platform.web.ListPage.of(locks.locks(), page, request));
        return "security/locks";
    }

    @PostMapping("/sign-in-locks/unlock")
    @PreAuthorize(Authorities.ACCOUNT_ADMINISTRATORS)
    String unlock(@RequestParam(required = false) String account, @RequestParam(required = false) String address,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            var unlocked = locks.unlock(account, address, reason);
            redirect.addFlashAttribute("unlocked", unlocked.subject());
        } catch (InvalidRequestException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sign-in-locks";
    }
}
