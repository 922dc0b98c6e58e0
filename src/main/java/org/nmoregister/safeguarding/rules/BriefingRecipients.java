package org.nmoregister.safeguarding.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;

/**
 * Which districts are briefed on an order version: the victim's district (where the protected people live), and the
 * respondent's when it is another one, because its officers are the ones who may meet him. When no protected person's
 * postcode is in a district the briefing still goes out, to a district the point of contact chooses (once chosen,
 * later versions go there too until an address finds one).
 */
public final class BriefingRecipients {

    private BriefingRecipients() {
    }

    /** Whose district a briefing goes to. */
    public enum Why {
        /** Where the protected people live. */
        VICTIM,
        /** Where the respondent lives, when it is another district. */
        RESPONDENT
    }

    /**
     * One briefing to send.
     *
     * @param district the district, or null when the point of contact must choose it
     */
    public record Recipient<D>(D district, Why why) {

        public boolean toBeChosen() {
            return district == null;
        }
    }

    /**
     * The postcodes that place the victim, most telling first: the applicant's addresses, then the other protected
     * people's, then the children's. A confidential (C8) address is used to find the district and never shown.
     */
    public static List<String> victimPostcodes(OrderDetails order) {
        List<ProtectedPerson> people = new ArrayList<>();
        if (order.applicant() != null) {
            people.add(order.applicant());
        }
        people.addAll(order.otherProtectedPersons());
        people.addAll(order.children());
        return people.stream().flatMap(p -> postcodes(p.addresses())).toList();
    }

    /** The postcodes of the respondent's addresses, in the order recorded. */
    public static List<String> respondentPostcodes(OrderDetails order) {
        return order.respondent() == null ? List.of() : postcodes(order.respondent().addresses()).toList();
    }

    /**
     * The briefings for a version.
     *
     * @param victim     the district a protected person's postcode is in, if any
     * @param chosen     the district the point of contact chose for the order before, if any (used when no postcode
     *                   finds one)
     * @param respondent the district the respondent's postcode is in, if any
     */
    public static <D> List<Recipient<D>> of(Optional<D> victim, Optional<D> chosen, Optional<D> respondent) {
        Optional<D> victims = victim.or(() -> chosen);
        List<Recipient<D>> recipients = new ArrayList<>();
        recipients.add(new Recipient<>(victims.orElse(null), Why.VICTIM));
        respondent.filter(r -> victims.map(v -> !v.equals(r)).orElse(true))
                .ifPresent(r -> recipients.add(new Recipient<>(r, Why.RESPONDENT)));
        return recipients;
    }

    private static Stream<String> postcodes(List<Address> addresses) {
        return addresses.stream().map(Address::postcode).filter(p -> p != null && !p.isBlank());
    }
}
