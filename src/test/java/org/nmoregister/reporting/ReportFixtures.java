package org.nmoregister.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.Role;

/** A force of the test's own, with two districts and an account for each role; and orders of any shape. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Force force(Accounts accounts, String code) {
        Force force = accounts.ensureForce(code, "Reporting Test " + code, List.of("North " + code, "South " + code));
        for (Role role : List.of(Role.POINT_OF_CONTACT, Role.ANALYST, Role.SUPERVISOR, Role.OFFICER,
                Role.COURT_FEED)) {
            accounts.ensureUser(user(role, code), role.name() + " of " + code, code, "demo", Set.of(role));
        }
        return force;
    }

    static String user(Role role, String code) {
        return role.name().toLowerCase().replace('_', '-') + "." + code;
    }

    static OrderDetails order(String caseNumber, OrderType type, Relationship relationship, Instant madeAt,
                              Instant endsAt, Instant servedAt, String applicant, String respondent) {
        return new OrderDetails("Leeds Family Court", caseNumber, type, madeAt, false, null,
                endsAt == null ? DurationKind.UNTIL_FURTHER_ORDER : DurationKind.UNTIL_DATE, endsAt, true,
                new ProtectedPerson(applicant, LocalDate.of(1990, 1, 2), List.of(),
                        List.of(new Address("7 Rook Street", null, "Leeds", "LS6 1AA", false)), List.of()),
                List.of(), List.of(),
                new Respondent(respondent, LocalDate.of(1985, 3, 4), List.of(), List.of(), List.of(), null,
                        List.of(), null),
                relationship,
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant.")),
                servedAt == null ? List.of()
                        : List.of(new ServiceRecord(servedAt, ServiceMethod.PERSONAL, "PC 1", null, null)),
                null, null);
    }

    static String caseNumber() {
        return "RP26F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }
}
