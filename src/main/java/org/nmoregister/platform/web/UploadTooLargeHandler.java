package org.nmoregister.platform.web;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit is refused before any controller is chosen, so no controller's advice sees it:
 * this one has no selector. The API answers 413 problem+json naming the field like every other error; a page shows
 * the limit in words.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadTooLargeHandler {

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    UploadTooLargeHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                          @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String field = fieldName(e);
        String reason = field == null
                ? "the upload is larger than the " + megabytes(maxRequestSize) + " a request may carry"
                : "is larger than the " + megabytes(maxFileSize) + " a file may be";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    (field == null ? "file" : field) + ": " + reason);
            problem.setTitle("Upload too large");
            problem.setType(URI.create("about:blank"));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("errors", List.of(Map.of("field", field == null ? "file" : field,
                    "reason", reason)));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("problemTitle", "The file is too large");
        page.addObject("message", "The file you chose " + (field == null
                ? "makes the upload larger than the " + megabytes(maxRequestSize) + " a request may carry"
                : "is larger than the " + megabytes(maxFileSize) + " a file may be") + ". Nothing was saved. Go back "
                + "and choose a smaller file (for a long recording or video, a shorter extract, or say where the "
                + "whole of it is held).");
        return page;
    }

    /** The multipart field that was too large, when the servlet container says (Tomcat does). */
    static String fieldName(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            try {
                Method method = cause.getClass().getMethod("getFieldName");
                Object name = method.invoke(cause);
                if (name instanceof String text && !text.isBlank()) {
                    return text;
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // Not a container exception that names its field.
            }
        }
        return null;
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() + " MB";
    }
}
