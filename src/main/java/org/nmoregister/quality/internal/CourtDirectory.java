package org.nmoregister.quality.internal;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family courts and how to reach them. National reference data, shared by every force, kept by administrators. */
@Service
public class CourtDirectory {

    static final int MAX_REASON = 500;

    private final CourtRepository courts;
    private final AccessLog accessLog;

    CourtDirectory(CourtRepository courts, AccessLog accessLog) {
        this.courts = courts;
        this.accessLog = accessLog;
    }

    public record Court(UUID id, @Size(max = 200) String name, @Size(max = 500) String address,
                        @Size(max = 320) String email, @Size(max = 50) String phone) {
    }

    @Transactional(readOnly = true)
    public List<Court> all() {
        return courts.findAllByOrderByNameAsc().stream().map(CourtDirectory::view).toList();
    }

    /**
     * Adds a court ({@code id} null) or changes one. The directory is national: one court's e-mail address is where
     * every force's liaison letters to it go, so only administrators change it (the endpoints say so), a change needs
     * a reason, and every addition and change is written to the access log with what changed from what to what.
     */
    @Transactional
    public Court save(UUID id, Court court, String reason) {
        TextLimits.atMost("name", court.name(), 200);
        TextLimits.atMost("address", court.address(), 500);
        TextLimits.atMost("email", court.email(), 320);
        TextLimits.atMost("phone", court.phone(), 50);
        List<FieldError> errors = new ArrayList<>();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (id != null && why == null) {
            errors.add(new FieldError("reason", "is required: why the court's details change (for example the "
                    + "court's e-mail of 3 December giving its new listing address)"));
        } else if (why != null && (why.length() > MAX_REASON || why.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters on one line"));
        }
        if (court.name() == null || court.name().isBlank()) {
            errors.add(new FieldError("name", "is required"));
        }
        if (court.email() != null && !court.email().isBlank()
                && !court.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "is not an e-mail address"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        CourtEntity entity = id == null ? new CourtEntity(court.name())
                : courts.findById(id).orElseThrow(() -> new NotFoundException("Court " + id + " was not found"));
        courts.findByNameKey(CourtEntity.key(court.name())).filter(other -> !other.id.equals(entity.id))
                .ifPresent(other -> {
                    throw new ConflictException("The directory already has " + other.name);
                });
        Court before = id == null ? null : view(entity);
        entity.rename(court.name());
        entity.address = blank(court.address());
        entity.email = blank(court.email());
        entity.phone = blank(court.phone());
        Court after = view(courts.save(entity));
        accessLog.record(AccessAction.CHANGE, "court", after.id().toString(), why,
                before == null ? "Court added to the national directory: " + describe(after)
                        : "Court " + before.name() + " changed in the national directory: " + changes(before, after));
        return after;
    }

    private static String describe(Court c) {
        return c.name() + "; e-mail " + shown(c.email()) + "; telephone " + shown(c.phone()) + "; address "
                + shown(c.address());
    }

    private static String changes(Court before, Court after) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", before.name(), after.name());
        change(changed, "e-mail", before.email(), after.email());
        change(changed, "telephone", before.phone(), after.phone());
        change(changed, "address", before.address(), after.address());
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    private static void change(List<String> changed, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field + " " + shown(before) + " -> " + shown(after));
        }
    }

    private static String shown(String value) {
        return value == null ? "(none)" : "'" + value + "'";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Court view(CourtEntity c) {
        return new Court(c.id, c.name, c.address, c.email, c.phone);
    }
}
