package org.nmoregister.safeguarding.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.platform.InvalidRequestException;

/**
 * How a protected person can be reached safely, as the safeguarding unit recorded it. Every value is confidential:
 * {@link #values()} is what every other view, log and e-mail withholds.
 */
public record SafeContact(ContactRoute route, String phone, String email, String address, String timesToAvoid,
                          KnowsNumber respondentKnowsNumber, String language, boolean interpreterNeeded,
                          String communicationNeeds) {

    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 320;
    public static final int ADDRESS_MAX = 500;
    public static final int TIMES_MAX = 500;
    public static final int LANGUAGE_MAX = 100;
    public static final int NEEDS_MAX = 1000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,38}");
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b([a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2})\\b");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public static final SafeContact NONE = new SafeContact(null, null, null, null, null, KnowsNumber.NOT_KNOWN, null,
            false, null);

    public SafeContact {
        phone = clean(phone);
        email = clean(email);
        address = clean(address);
        timesToAvoid = clean(timesToAvoid);
        language = clean(language);
        communicationNeeds = clean(communicationNeeds);
        respondentKnowsNumber = respondentKnowsNumber == null ? KnowsNumber.NOT_KNOWN : respondentKnowsNumber;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What is wrong with these details, field by field (empty when they can be stored): lengths, the shape of a
     * phone number and an e-mail address, and a safe route that has what it needs (a phone for a call or a text, an
     * e-mail address for e-mail, an address for post).
     */
    public List<InvalidRequestException.FieldError> problems() {
        List<InvalidRequestException.FieldError> out = new ArrayList<>();
        limit(out, "phone", phone, PHONE_MAX);
        limit(out, "email", email, EMAIL_MAX);
        limit(out, "address", address, ADDRESS_MAX);
        limit(out, "timesToAvoid", timesToAvoid, TIMES_MAX);
        limit(out, "language", language, LANGUAGE_MAX);
        limit(out, "communicationNeeds", communicationNeeds, NEEDS_MAX);
        if (phone != null && phone.length() <= PHONE_MAX && !PHONE.matcher(phone).matches()) {
            out.add(new InvalidRequestException.FieldError("phone", "Enter a telephone number, like 07700 900123"));
        }
        if (email != null && email.length() <= EMAIL_MAX && !EMAIL.matcher(email).matches()) {
            out.add(new InvalidRequestException.FieldError("email", "Enter an e-mail address, like name@example.com"));
        }
        if (route != null) {
            boolean missing = switch (route) {
                case PHONE, TEXT -> phone == null;
                case EMAIL -> email == null;
                case POST -> address == null;
                case IN_PERSON -> false;
            };
            if (missing) {
                String what = switch (route) {
                    case PHONE, TEXT -> "a safe phone number";
                    case EMAIL -> "a safe e-mail address";
                    default -> "a safe postal address";
                };
                out.add(new InvalidRequestException.FieldError("route", "The safe route " + route.label()
                        .toLowerCase(Locale.UK) + " needs " + what));
            }
        }
        return out;
    }

    private static void limit(List<InvalidRequestException.FieldError> out, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new InvalidRequestException.FieldError(field, "must be at most " + max + " characters (it has "
                    + value.length() + ")"));
        }
    }

    /** The values every other view, log and e-mail withholds: the phone, the e-mail and the postal address. */
    public ConfidentialValues values() {
        List<ContactDetail> contacts = new ArrayList<>();
        if (phone != null) {
            contacts.add(new ContactDetail(ContactDetail.Kind.PHONE, phone, true));
        }
        if (email != null) {
            contacts.add(new ContactDetail(ContactDetail.Kind.EMAIL, email, true));
        }
        List<Address> addresses = new ArrayList<>();
        if (address != null) {
            // The postcode on its own too, so that it is withheld wherever it is written, not only beside the rest.
            var postcode = POSTCODE.matcher(address);
            addresses.add(new Address(address, null, null, postcode.find() ? postcode.group(1) : null, true));
        }
        return ConfidentialValues.of(addresses, contacts);
    }

    /** Whether the letter may be sent: the safe route carries letters and its address is recorded. */
    public boolean letterAllowed() {
        return route != null && route.carriesLetter() && problems().isEmpty();
    }
}
