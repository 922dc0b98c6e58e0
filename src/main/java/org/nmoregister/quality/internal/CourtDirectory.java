package org.nmoregister.quality.internal;
import org.nmoregister.platform.TextLimits;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family courts and how to reach them. National reference data, kept by points of contact and administrators. */
@Service
public class CourtDirectory {

    private final CourtRepository courts;

    CourtDirectory(CourtRepository courts) {
        this.courts = courts;
    }

    public record Court(UUID id, @Size(max = 200) String name, @Size(max = 500) String address,
                        @Size(max = 320) String email, @Size(max = 50) String phone) {
    }

    @Transactional(readOnly = true)
    public List<Court> all() {
        return courts.findAllByOrderByNameAsc().stream().map(CourtDirectory::view).toList();
    }

    @Transactional
    public Court save(UUID id, Court court) {
        TextLimits.atMost("name", court.name(), 200);
        TextLimits.atMost("address", court.address(), 500);
        TextLimits.atMost("email", court.email(), 320);
        TextLimits.atMost("phone", court.phone(), 50);
        List<FieldError> errors = new ArrayList<>();
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
        entity.rename(court.name());
        entity.address = blank(court.address());
        entity.email = blank(court.email());
        entity.phone = blank(court.phone());
        return view(courts.save(entity));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Court view(CourtEntity c) {
        return new Court(c.id, c.name, c.address, c.email, c.phone);
    }
}
