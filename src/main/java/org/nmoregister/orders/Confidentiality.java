package org.nmoregister.orders;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may see addresses and contact details marked confidential (C8), and the order as others see it. A leaked
 * refuge address can cost a life, so the default is narrow: the point of contact, the safeguarding unit and
 * supervisors ({@code nmo.confidential.entitled-roles}).
 */
@Component
public class Confidentiality {

    public static final String WITHHELD = "Withheld (C8 confidential)";

    private final Set<Role> entitled;

    public Confidentiality(@Value("${nmo.confidential.entitled-roles:POINT_OF_CONTACT,SAFEGUARDING,SUPERVISOR}")
                           List<Role> entitledRoles) {
        this.entitled = entitledRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(entitledRoles);
    }

    public boolean entitled(CurrentUser user) {
        return user.roles().stream().anyMatch(entitled::contains);
    }

    /** The order with confidential details withheld, unless the user is entitled to them. */
    public OrderDetails forUser(OrderDetails order, CurrentUser user) {
        return entitled(user) ? order : mask(order);
    }

    /** The order as someone not entitled to C8 details sees it. */
    public static OrderDetails mask(OrderDetails o) {
        Respondent r = o.respondent();
        Respondent maskedRespondent = r == null ? null : new Respondent(r.name(), r.dateOfBirth(), r.aliases(),
                addresses(r.addresses()), contacts(r.contacts()), r.description(), r.vehicles(), r.officerSafety());
        return new OrderDetails(o.court(), o.caseNumber(), o.orderType(), o.madeAt(), o.withoutNotice(),
                o.returnHearing(), o.duration(), o.endsAt(), o.penalNotice(), person(o.applicant()),
                o.otherProtectedPersons().stream().map(Confidentiality::person).toList(),
                o.children().stream().map(Confidentiality::person).toList(), maskedRespondent, o.relationship(),
                terms(o), o.service(), o.dischargedAt(), o.notes());
    }

    /**
     * Courts often write the protected address into a term; a verbatim term must not leak what the address record
     * withholds, so the confidential address's first line and postcode are withheld inside term text too.
     */
    private static List<Term> terms(OrderDetails o) {
        List<String> secrets = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(o.applicant()),
                        java.util.stream.Stream.concat(o.otherProtectedPersons().stream(), o.children().stream()))
                .filter(java.util.Objects::nonNull)
                .flatMap(p -> p.addresses().stream())
                .filter(Address::confidential)
                .forEach(a -> {
                    if (a.line1() != null && a.line1().strip().length() > 3) {
                        secrets.add(a.line1().strip());
                    }
                    if (a.postcode() != null && a.postcode().strip().length() > 3) {
                        secrets.add(a.postcode().strip());
                    }
                });
        if (secrets.isEmpty()) {
            return o.terms();
        }
        return o.terms().stream().map(t -> {
            String text = t.text();
            for (String secret : secrets) {
                String pattern = "(?i)" + java.util.regex.Pattern.quote(secret).replace(" ", "\\E\\s*\\Q");
                text = text.replaceAll(pattern, "[address withheld: C8]");
            }
            return new Term(t.number(), text);
        }).toList();
    }

    private static ProtectedPerson person(ProtectedPerson p) {
        return p == null ? null
                : new ProtectedPerson(p.name(), p.dateOfBirth(), p.aliases(), addresses(p.addresses()),
                        contacts(p.contacts()));
    }

    private static List<Address> addresses(List<Address> addresses) {
        return addresses.stream()
                .map(a -> a.confidential() ? new Address(WITHHELD, null, null, null, true) : a).toList();
    }

    private static List<ContactDetail> contacts(List<ContactDetail> contacts) {
        return contacts.stream()
                .map(c -> c.confidential() ? new ContactDetail(c.kind(), WITHHELD, true) : c).toList();
    }
}
