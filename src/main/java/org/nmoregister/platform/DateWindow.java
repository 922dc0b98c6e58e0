package org.nmoregister.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a field may hold, by what kind of date it is: a request whose date falls outside is refused with 400
 * naming the field. Every window starts on 1 January 1900 (nothing the register keeps is older, and no one alive was
 * born before it); how far ahead it reaches depends on the kind. Applies to {@code Instant} and {@code LocalDate}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateWindowValidator.class)
public @interface DateWindow {

    /** No date the register keeps is earlier. */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** No date the register keeps is later: the furthest any window reaches, and far inside what storage holds. */
    LocalDate LATEST = LocalDate.of(2199, 12, 31);

    Kind value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        /** Something that has happened (made, served, reported, an incident, an arrest): a day's clock skew allowed. */
        HAPPENED(Period.ofDays(1)),
        /** A date of birth: not in the future. */
        BIRTH(Period.ZERO),
        /** When a change takes effect, or a discharge, a dip-sample week: up to a year ahead. */
        TAKES_EFFECT(Period.ofYears(1)),
        /** A hearing or a reply that is due: up to five years ahead. */
        SCHEDULED(Period.ofYears(5)),
        /** When an order ends: up to 100 years ahead (an order without an end is "until further order"). */
        ENDS(Period.ofYears(100));

        private final Period ahead;

        Kind(Period ahead) {
            this.ahead = ahead;
        }

        public Period ahead() {
            return ahead;
        }
    }
}
