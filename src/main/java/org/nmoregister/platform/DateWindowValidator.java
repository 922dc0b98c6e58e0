package org.nmoregister.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks a {@link DateWindow}; the window's end moves with the application's clock. */
public class DateWindowValidator implements ConstraintValidator<DateWindow, Temporal> {

    private static final LocalDate EARLIEST = DateWindow.EARLIEST;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Clock clock = Clock.systemUTC();
    private DateWindow.Kind kind;

    @Autowired(required = false)
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(DateWindow annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        LocalDate latest = today.plus(kind.ahead());
        boolean valid;
        if (value instanceof Instant instant) {
            valid = !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                    && instant.isBefore(latest.plusDays(1).atStartOfDay(UK).toInstant());
        } else if (value instanceof LocalDate date) {
            valid = !date.isBefore(EARLIEST) && !date.isAfter(latest);
        } else {
            return true;
        }
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(describe(latest)).addConstraintViolation();
        }
        return valid;
    }

    private String describe(LocalDate latest) {
        String until = switch (kind) {
            case HAPPENED -> "not in the future";
            case BIRTH -> "not after today";
            default -> "no later than " + latest + " (" + kind.ahead().getYears() + " year"
                    + (kind.ahead().getYears() == 1 ? "" : "s") + " ahead)";
        };
        return "must be on or after " + EARLIEST + " and " + until;
    }
}
