package org.nmoregister.audit.web;

import org.nmoregister.audit.AccessReason;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page that asks for a reason states the same rule the API enforces, in the same words. */
@ControllerAdvice(annotations = Controller.class)
class AccessReasonAdvice {

    @ModelAttribute("accessReasonRule")
    String accessReasonRule() {
        return AccessReason.RULE;
    }
}
