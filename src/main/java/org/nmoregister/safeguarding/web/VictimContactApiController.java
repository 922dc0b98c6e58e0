package org.nmoregister.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.DateWindow;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.safeguarding.internal.VictimContacts;
import org.nmoregister.safeguarding.rules.AttemptOutcome;
import org.nmoregister.safeguarding.rules.ContactOutcome;
import org.nmoregister.safeguarding.rules.ContactRoute;
import org.nmoregister.security.Authorities;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safeguarding: victim contact", description = "The safeguarding unit's contact with each protected adult:"
        + " the script, the safe contact details (confidential), attempts, the outcome and the letter")
class VictimContactApiController {

    private final VictimContacts contacts;

    VictimContactApiController(VictimContacts contacts) {
        this.contacts = contacts;
    }

    @Schema(description = "How the victim can be reached safely. Every value is confidential (C8 treatment).")
    record SafeContactRequest(
            @Schema(allowableValues = {"PHONE", "TEXT", "EMAIL", "POST", "IN_PERSON"}) @Size(max = 20) String route,
            @Schema(example = "07700 900456") @Size(max = 40) String phone,
            @Size(max = 320) String email,
            @Schema(description = "A postal address safe for letters") @Size(max = 500) String address,
            @Schema(example = "Weekdays 5pm to 8pm (he visits the children)") @Size(max = 500) String timesToAvoid,
            @Schema(allowableValues = {"YES", "NO", "NOT_KNOWN"}) @Size(max = 10) String respondentKnowsNumber,
            @Schema(example = "Polish") @Size(max = 100) String language,
            Boolean interpreterNeeded,
            @Schema(example = "Deaf: prefers text messages") @Size(max = 1000) String communicationNeeds) {
    }

    record AttemptRequest(
            @Schema(description = "When it was made (default now); within the last 30 days")
            @DateWindow(DateWindow.Kind.HAPPENED) Instant attemptedAt,
            @Schema(allowableValues = {"PHONE", "TEXT", "EMAIL", "POST", "IN_PERSON"}) @Size(max = 20) String method,
            @Schema(allowableValues = {"REACHED", "NO_ANSWER", "NOT_SAFE_TO_TALK", "DECLINED", "WRONG_NUMBER"})
            @Size(max = 20) String outcome,
            @Size(max = 2000) String note) {
    }

    record OutcomeRequest(
            @Schema(allowableValues = {"TOLD", "LETTER_SENT", "DECLINED", "NOT_REACHED"}) @Size(max = 20)
            String outcome,
            @Size(max = 2000) String note) {
    }

    @GetMapping("/api/v1/safeguarding/contacts/{taskId}")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    @Operation(summary = "A victim contact: the script, the safe contact details, attempts and outcome (logged)")
    VictimContacts.ContactView read(@PathVariable UUID taskId) {
        return contacts.view(taskId);
    }

    @PutMapping("/api/v1/safeguarding/contacts/{taskId}/safe-contact")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    @Operation(summary = "Record the victim's safe contact details",
            description = "400 naming each bad field: a route without what it needs, a malformed number or address")
    VictimContacts.ContactView saveSafeContact(@PathVariable UUID taskId, @RequestBody SafeContactRequest body) {
        if (body == null) {
            throw new InvalidRequestException("body", "is required");
        }
        return contacts.saveSafeContact(taskId, ContactInputs.safeContact(body.route(), body.phone(), body.email(),
                body.address(), body.timesToAvoid(), body.respondentKnowsNumber(), body.language(),
                body.interpreterNeeded(), body.communicationNeeds()));
    }

    @PostMapping("/api/v1/safeguarding/contacts/{taskId}/attempts")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    @Operation(summary = "Record an attempt to reach the victim (when, how, what happened)",
            description = "409 when the contact is closed")
    VictimContacts.ContactView attempt(@PathVariable UUID taskId, @RequestBody AttemptRequest body) {
        if (body == null) {
            throw new InvalidRequestException("body", "is required");
        }
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        ContactRoute method = ContactInputs.code(ContactRoute.class, body.method(), "method", errors);
        AttemptOutcome outcome = ContactInputs.code(AttemptOutcome.class, body.outcome(), "outcome", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return contacts.recordAttempt(taskId, body.attemptedAt(), method, outcome, body.note());
    }

    @PostMapping("/api/v1/safeguarding/contacts/{taskId}/outcome")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    @Operation(summary = "Close the contact with its outcome",
            description = "TOLD needs an attempt on which they were reached; 409 when already closed")
    VictimContacts.ContactView outcome(@PathVariable UUID taskId, @RequestBody OutcomeRequest body) {
        if (body == null) {
            throw new InvalidRequestException("body", "is required");
        }
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        ContactOutcome outcome = ContactInputs.code(ContactOutcome.class, body.outcome(), "outcome", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return contacts.close(taskId, outcome, body.note());
    }

    @GetMapping("/api/v1/safeguarding/contacts/{taskId}/letter")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    @Operation(summary = "The letter to the victim (PDF), to send only by their safe route",
            description = "409 unless the safe route carries letters (a safe e-mail, or post to a safe address). "
                    + "Nothing is sent by the register: producing it is logged as a disclosure.")
    ResponseEntity<byte[]> letter(@PathVariable UUID taskId) {
        return pdf(contacts.letter(taskId), taskId);
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, UUID taskId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letter-" + taskId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }
}
