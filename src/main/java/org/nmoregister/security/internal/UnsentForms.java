package org.nmoregister.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after the session ended is kept, not lost: the page chain's CSRF check refuses it (the token belonged to
 * the ended session), and instead of "You cannot see this page" the form's fields are kept in the new session, the
 * user signs in again, and a page offers to send exactly what they had entered. Only the user who sent it can send
 * it again: it lives in their own session, and sending it goes through the normal checks (CSRF, role, validation).
 * Uploads are not kept (a file cannot be re-sent without the user choosing it again); the page says so.
 */
public final class UnsentForms {

    /** The session attribute holding the unsent form. */
    public static final String ATTRIBUTE = "nmo.unsentForm";

    /** Where a form was going and what it said; {@code withFile} when it carried a file that was not kept. */
    public record UnsentForm(String path, Map<String, List<String>> fields, boolean withFile) implements Serializable {
    }

    private static final org.springframework.util.AntPathMatcher PATHS = new org.springframework.util.AntPathMatcher();

    private UnsentForms() {
    }

    /** The handler for a page refused for its CSRF token: keeps a form sent after the session ended. */
    static AccessDeniedHandler keepingUnsentForms() {
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            // a public page (the draft checker) keeps nothing about anyone, so its refused form is not kept either
            boolean publicPage = java.util.Arrays.stream(SecurityConfiguration.PUBLIC_PAGES)
                    .anyMatch(pattern -> PATHS.match(pattern, path));
            if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !publicPage
                    && !path.startsWith("/logout")) {
                keep(request);
                response.sendRedirect(request.getContextPath() + (signedIn() ? "/session/resume" : "/login?expired"));
                return;
            }
            otherwise.handle(request, response, denied);
        };
    }

    /** After signing in: the unsent form first, else the page the user was going to. */
    static AuthenticationSuccessHandler resumingUnsentForms() {
        var savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setDefaultTargetUrl("/");
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, ServletException {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(ATTRIBUTE) != null) {
                    response.sendRedirect(request.getContextPath() + "/session/resume");
                    return;
                }
                savedRequest.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static void keep(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                fields.put(name, List.of(values));
            }
        });
        String type = request.getContentType();
        boolean withFile = type != null && type.startsWith("multipart/");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getSession(true).setAttribute(ATTRIBUTE, new UnsentForm(path, fields, withFile));
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
