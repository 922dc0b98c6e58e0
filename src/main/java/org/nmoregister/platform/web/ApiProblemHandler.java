package org.nmoregister.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.NotReadyException;
import org.nmoregister.platform.ReasonRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as RFC 9457 problem+json. Validation errors carry an {@code errors} list of {field, reason} so a
 * court feed or a partner tool can tell exactly what to fix.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty("errors", e.errors().stream()
                .map(error -> Map.of("field", error.field(), "reason", error.reason())).toList());
        return problem;
    }

    @ExceptionHandler(ReasonRequiredException.class)
    ProblemDetail reasonRequired(ReasonRequiredException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "A reason is required", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "reason", "reason", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(NotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(NotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not ready yet", e.getMessage()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else",
                "The record was changed by someone else while you were working on it. Reload it and try again.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "'" + e.getName() + "' has an invalid value");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "reason",
                "invalid value '" + e.getValue() + "'")));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(Map.of("field", error.getField(),
                "reason", String.valueOf(error.getDefaultMessage()))));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", error.getObjectName(),
                "reason", String.valueOf(error.getDefaultMessage()))));
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.isEmpty() ? "Invalid request" : errors.get(0).get("field") + ": " + errors.get(0).get("reason"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "reason", String.valueOf(error.getDefaultMessage())))));
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.isEmpty() ? "Invalid request" : errors.get(0).get("field") + ": " + errors.get(0).get("reason"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLargeException) {
                var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", "body: " + cause.getMessage());
                problem.setProperty("errors", List.of(Map.of("field", "body", "reason", cause.getMessage())));
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        String field = "body";
        String reason = "The request body is not valid JSON of the expected shape";
        // A bad date's most specific cause is the java.time error, which has no path: the field is on a Jackson
        // exception further out, so take the first one that names a path (else the first one at all).
        JacksonException jackson = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException found) {
                if (jackson == null) {
                    jackson = found;
                }
                if (!found.getPath().isEmpty()) {
                    jackson = found;
                    break;
                }
            }
        }
        if (jackson != null) {
            String path = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            if (!path.isEmpty()) {
                field = path;
                reason = jackson instanceof UnrecognizedPropertyException
                        ? "is not a field of this request: check its spelling against the API documentation"
                        : "invalid value: " + jackson.getOriginalMessage().split("\n")[0];
            } else {
                reason = "malformed JSON: " + jackson.getOriginalMessage().split("\n")[0];
            }
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + reason);
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
