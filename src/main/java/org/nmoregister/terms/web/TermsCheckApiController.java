package org.nmoregister.terms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsChecker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public draft checker API: anyone may post proposed wording and get the structured reading and the findings.
 * Nothing is stored and the text is never logged. The body is read with a hard size limit before it is parsed, so
 * a megabyte of text costs a read of 110 KB and a 400, not a parse.
 */
@RestController
@RequestMapping("/api/v1/terms")
@Tag(name = "Terms", description = "Structured reading and enforceability checks of an order's terms")
class TermsCheckApiController {

    /** The text may be up to 100 KB; the rest of the body is the small context object. */
    static final int MAX_BODY_BYTES = TermsChecker.MAX_TEXT_LENGTH + 10_000;

    private final TermsChecker checker;
    private final DraftCheckRateLimiter limiter;
    private final JsonMapper json;

    TermsCheckApiController(TermsChecker checker, DraftCheckRateLimiter limiter, JsonMapper json) {
        this.checker = checker;
        this.limiter = limiter;
        // a misspelt field of the order context is named, not ignored, as on every other endpoint
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    record CheckRequest(String text, ContextParser.Raw order) {
    }

    @PostMapping(path = "/check", consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(summary = "Read proposed or made terms into clauses and check they are enforceable",
            description = "Public, rate-limited per client, stores nothing. Body: {\"text\": \"...\", \"order\": "
                    + "{optional: type, withoutNotice, madeAt, endsAt, untilFurtherOrder, returnHearingAt, servedAt, "
                    + "penalNotice, respondentDateOfBirth, childrenInCommon}}. Text up to 100,000 characters.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations
            .media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @io.swagger.v3.oas.annotations.media
            .Schema(implementation = CheckRequest.class)))
    ResponseEntity<?> check(HttpServletRequest request) throws IOException {
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            return tooManyRequests(wait);
        }
        byte[] body = readLimited(request.getInputStream());
        if (body == null) {
            throw new InvalidRequestException("text", "is longer than " + TermsChecker.MAX_TEXT_LENGTH
                    + " characters (100 KB): send the order's terms only");
        }
        if (body.length == 0) {
            throw new InvalidRequestException("text", "is required: the order's terms as one string");
        }
        CheckRequest parsed;
        try {
            parsed = json.readValue(body, CheckRequest.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream().map(ref -> ref.getPropertyName() == null ? "[" + ref.getIndex() + "]"
                    : ref.getPropertyName()).reduce((a, b) -> a + "." + b).orElse("body");
            throw new InvalidRequestException(field, field.equals("body")
                    ? "must be JSON: {\"text\": \"the order's terms\", \"order\": {...}}"
                    : "has the wrong type of value");
        }
        if (parsed == null || parsed.text() == null || parsed.text().isBlank()) {
            throw new InvalidRequestException("text", "is required: the order's terms as one string");
        }
        if (parsed.text().length() > TermsChecker.MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("text", "is longer than " + TermsChecker.MAX_TEXT_LENGTH
                    + " characters (100 KB): send the order's terms only");
        }
        List<FieldError> errors = new ArrayList<>();
        OrderContext context = ContextParser.parse(parsed.order(), "order.", errors);
        ContextParser.throwIfAny(errors);
        try {
            return ResponseEntity.ok(TermsCheckResponse.of(checker.check(parsed.text(), context)));
        } catch (StackOverflowError e) {
            // the rules are bounded and fuzz-tested; if hostile text still finds a way, it is the text's fault
            throw new InvalidRequestException("text", "could not be read: split it into separate terms");
        }
    }

    /** The body, or null when it is longer than the limit (the rest is not read). */
    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    static ResponseEntity<ProblemDetail> tooManyRequests(long waitSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many checks from your address. Try again in " + waitSeconds + " seconds.");
        problem.setTitle("Too many requests");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
