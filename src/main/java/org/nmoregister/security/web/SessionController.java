package org.nmoregister.security.web;

import jakarta.servlet.http.HttpSession;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.internal.UnsentForms;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The session's two pages: the timeout warning's "stay signed in" (which only has to reach the server to keep the
 * session), and the page that sends a form kept when it arrived after the session had ended. For people only: a
 * court's feed calls the API with a token and has no session to keep.
 */
@Controller
class SessionController {

    /** Touching the session is what keeps it; nothing is read or changed. */
    @GetMapping("/session/keep-alive")
    @PreAuthorize(Authorities.STAFF)
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    /** The form the user was sending when the session ended, ready to send again as it was. */
    @GetMapping("/session/resume")
    @PreAuthorize(Authorities.STAFF)
    String resume(HttpSession session, Model model) {
        Object unsent = session.getAttribute(UnsentForms.ATTRIBUTE);
        if (!(unsent instanceof UnsentForms.UnsentForm form)) {
            return "redirect:/";
        }
        session.removeAttribute(UnsentForms.ATTRIBUTE);
        model.addAttribute("unsent", form);
        return "security/resume";
    }
}
