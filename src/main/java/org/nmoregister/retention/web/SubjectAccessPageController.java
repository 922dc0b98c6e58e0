package org.nmoregister.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.retention.internal.SubjectAccess;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: a subject access request (who, then everything found with the redactions marked) and recent requests. */
@Controller
class SubjectAccessPageController {

    private final SubjectAccess access;

    SubjectAccessPageController(SubjectAccess access) {
        this.access = access;
    }

    @GetMapping("/retention/subject-access")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    String form(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        long total = access.countRecent();
        int number = ListPage.number(page, total, request);
        model.addAttribute("recent", ListPage.of(access.recent((number - 1) * ListPage.SIZE, ListPage.SIZE), number,
                total, request));
        if (!model.containsAttribute("dateOfBirth")) {
            model.addAttribute("dateOfBirth", DateInput.of("dateOfBirth", "Date of birth (if they gave it)",
                    (java.time.LocalDate) null));
        }
        return "retention/subject-access";
    }

    @PostMapping("/retention/subject-access")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    String request(@RequestParam(required = false) String reference, @RequestParam(required = false) String name,
                   HttpServletRequest request, Model model) {
        DateInput born = DateInput.of("dateOfBirth", "Date of birth (if they gave it)", request.getParameterMap());
        try {
            java.util.List<InvalidRequestException.FieldError> errors = new java.util.ArrayList<>();
            java.time.LocalDate date = born.empty() ? null : born.read(errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            SubjectAccess.Export export = access.request(reference, name, date);
            model.addAttribute("export", export);
            return "retention/subject-access-result";
        } catch (InvalidRequestException e) {
            java.util.List<InvalidRequestException.FieldError> errors = e.errors().stream().map(f -> f.field()
                    .equals("dateOfBirth") ? new InvalidRequestException.FieldError("dateOfBirth-day", f.reason()) : f)
                    .toList();
            model.addAttribute("errors", errors);
            model.addAttribute("givenReference", reference);
            model.addAttribute("givenName", name);
            model.addAttribute("dateOfBirth", born);
            model.addAttribute("wrong", born.wrong(errors));
            return form(null, request, model);
        }
    }

    @GetMapping("/retention/subject-access/{requestId}")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    String view(@PathVariable UUID requestId, Model model) {
        model.addAttribute("export", access.again(requestId));
        return "retention/subject-access-result";
    }
}
