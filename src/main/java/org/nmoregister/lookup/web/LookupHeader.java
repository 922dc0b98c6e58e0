package org.nmoregister.lookup.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the log number kept for this shift or incident, so the search box in the header can show it and
 * "report a breach" can carry it. Reads the session only if there is one: the API is stateless and creates none.
 */
@ControllerAdvice(annotations = Controller.class)
class LookupHeader {

    @ModelAttribute("lookupLogNumber")
    String lookupLogNumber(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : session.getAttribute(ControlRoomController.LOG_NUMBER) instanceof String text
                ? text : null;
    }
}
