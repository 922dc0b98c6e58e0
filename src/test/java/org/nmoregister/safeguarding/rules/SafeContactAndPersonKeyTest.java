package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.platform.InvalidRequestException;

/** Safe contact details: what each route needs, shapes and limits, the values withheld elsewhere; person keys. */
class SafeContactAndPersonKeyTest {

    static List<String> fields(SafeContact c) {
        return c.problems().stream().map(InvalidRequestException.FieldError::field).toList();
    }

    @Test
    void eachRouteNeedsWhatItUsesAndOnlyPostOrEmailCarryTheLetter() {
        assertThat(fields(new SafeContact(ContactRoute.PHONE, null, null, null, null, null, null, false, null)))
                .containsExactly("route");
        assertThat(fields(new SafeContact(ContactRoute.TEXT, "07700 900123", null, null, null, null, null, false,
                null))).isEmpty();
        assertThat(fields(new SafeContact(ContactRoute.EMAIL, "07700 900123", null, null, null, null, null, false,
                null))).containsExactly("route");
        assertThat(fields(new SafeContact(ContactRoute.POST, null, null, "  ", null, null, null, false, null)))
                .containsExactly("route");
        assertThat(fields(new SafeContact(ContactRoute.IN_PERSON, null, null, null, null, null, null, false, null)))
                .isEmpty();
        assertThat(new SafeContact(ContactRoute.EMAIL, null, "a@b.org", null, null, null, null, false, null)
                .letterAllowed()).isTrue();
        assertThat(new SafeContact(ContactRoute.POST, null, null, "1 High St, Leeds LS1 1AA", null, null, null, false,
                null).letterAllowed()).isTrue();
        assertThat(new SafeContact(ContactRoute.PHONE, "07700 900123", null, null, null, null, null, false, null)
                .letterAllowed()).isFalse();
        assertThat(SafeContact.NONE.letterAllowed()).isFalse();
        assertThat(SafeContact.NONE.respondentKnowsNumber()).isEqualTo(KnowsNumber.NOT_KNOWN);
    }

    @Test
    void shapesAndLimitsAreCheckedFieldByField() {
        assertThat(fields(new SafeContact(null, "call me", "not-an-email", null, null, null, null, false, null)))
                .containsExactly("phone", "email");
        assertThat(fields(new SafeContact(null, "9".repeat(41), null, "x".repeat(501), "x".repeat(501), null,
                "x".repeat(101), false, "x".repeat(1001)))).containsExactly("phone", "address", "timesToAvoid",
                "language", "communicationNeeds");
        assertThat(fields(new SafeContact(null, "+44 7700 900123", "name@example.org", "x".repeat(500),
                "x".repeat(500), null, "x".repeat(100), false, "x".repeat(1000)))).isEmpty();
        assertThat(new SafeContact(null, "  07700 900123 ", " ", null, null, null, null, false, null).email())
                .isNull();
    }

    @Test
    void theSafeValuesAreWithheldInAnyTextInTheFormsPeopleWriteThem() {
        var values = new SafeContact(ContactRoute.POST, "07700 900456", "safe@example.org",
                "Flat 2, 5 Heronsgate Road, Leeds LS7 3QT", null, null, null, false, null).values();
        assertThat(values.appearsIn("Rang +44 7700 900456")).isTrue();
        assertThat(values.appearsIn("wrote to SAFE@example.org")).isTrue();
        assertThat(values.appearsIn("posted to 5 Heronsgate Road")).isTrue();
        assertThat(values.appearsIn("postcode ls73qt")).isTrue();
        assertThat(values.appearsIn("No answer")).isFalse();
        assertThat(SafeContact.NONE.values().isEmpty()).isTrue();
    }

    @Test
    void aPersonsKeyIsTheSameAcrossSpellingsOfTheirNameAndNamesNoOne() {
        ProtectedPerson susan = ProtectedPerson.named("Susan Hart", LocalDate.of(1960, 2, 2));
        String key = PersonKey.of(susan, false);
        assertThat(key).startsWith("p-").hasSize(18).doesNotContainIgnoringCase("hart");
        assertThat(PersonKey.of(ProtectedPerson.named("  SUSAN  hart ", LocalDate.of(1960, 2, 2)), false))
                .isEqualTo(key);
        assertThat(PersonKey.of(ProtectedPerson.named("Súsan Hart", LocalDate.of(1960, 2, 2)), false))
                .isEqualTo(key);
        assertThat(PersonKey.of(ProtectedPerson.named("Susan Hart", LocalDate.of(1960, 2, 3)), false))
                .isNotEqualTo(key);
        assertThat(PersonKey.of(ProtectedPerson.named("Susan Hart", null), false)).isNotEqualTo(key);
        assertThat(PersonKey.of(susan, true)).isEqualTo(PersonKey.APPLICANT);
    }
}
