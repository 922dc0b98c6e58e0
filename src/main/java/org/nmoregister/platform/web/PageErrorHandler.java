package org.nmoregister.platform.web;

import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.NotReadyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Readable pages for the errors a user of the pages can meet. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("problemTitle", "Page not found");
        model.addAttribute("message", e.getMessage() + ". It may not exist, or it may belong to another force.");
        return "error/problem";
    }

    @ExceptionHandler(NotReadyException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String notReady(NotReadyException e, Model model) {
        model.addAttribute("problemTitle", "Not ready yet");
        model.addAttribute("message", e.getMessage());
        return "error/problem";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("problemTitle", "That cannot be done now");
        model.addAttribute("message", e.getMessage());
        return "error/problem";
    }

    /** A list asked for with a page or filter it does not have: what is wrong, and the list as it can be shown. */
    @ExceptionHandler(ListRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String list(ListRequestException e, Model model) {
        model.addAttribute("problemTitle", "This list cannot be shown as asked");
        model.addAttribute("message", e.getMessage());
        model.addAttribute("back", e.list());
        model.addAttribute("backText", "Go back to the list");
        return "error/problem";
    }

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidRequestException e, Model model) {
        model.addAttribute("problemTitle", "There is a problem with what was sent");
        model.addAttribute("message", e.errors().stream().map(error -> error.field() + ": " + error.reason())
                .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
        return "error/problem";
    }
}
