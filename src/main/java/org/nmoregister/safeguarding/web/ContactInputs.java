package org.nmoregister.safeguarding.web;

import java.util.List;
import java.util.Locale;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.safeguarding.rules.ContactRoute;
import org.nmoregister.safeguarding.rules.KnowsNumber;
import org.nmoregister.safeguarding.rules.SafeContact;

/** Reads the codes the API and the forms send into the domain's words, naming the field when one is wrong. */
final class ContactInputs {

    private ContactInputs() {
    }

    static <E extends Enum<E>> E code(Class<E> type, String value, String field,
                                      List<InvalidRequestException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidRequestException.FieldError(field, "must be one of " + List.of(
                    type.getEnumConstants())));
            return null;
        }
    }

    static SafeContact safeContact(String route, String phone, String email, String address, String timesToAvoid,
                                   String knows, String language, Boolean interpreter, String needs) {
        List<InvalidRequestException.FieldError> errors = new java.util.ArrayList<>();
        ContactRoute r = code(ContactRoute.class, route, "route", errors);
        KnowsNumber k = code(KnowsNumber.class, knows, "respondentKnowsNumber", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new SafeContact(r, phone, email, address, timesToAvoid, k, language,
                Boolean.TRUE.equals(interpreter), needs);
    }
}
