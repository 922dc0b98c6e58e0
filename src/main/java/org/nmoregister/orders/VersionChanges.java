package org.nmoregister.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a version changed from the version before it, part by part, so a listener can tell a service from a change of
 * wording without comparing the orders itself. Terms are matched by the court's paragraph number.
 *
 * @param previousVersion the version compared with; null for the order as made (everything is new)
 * @param termsAdded      paragraph numbers the new version has and the previous had not
 * @param termsRemoved    paragraph numbers the previous version had and the new has not
 * @param termsChanged    paragraph numbers in both whose wording differs
 * @param end             the end date, duration or discharge changed
 * @param service         a service or awareness record was added or changed
 * @param parties         a party's name, date of birth or aliases, a party added or removed, or the relationship
 * @param addresses       an address of any party
 */
public record VersionChanges(Integer previousVersion, List<Integer> termsAdded, List<Integer> termsRemoved,
                             List<Integer> termsChanged, boolean end, boolean service, boolean parties,
                             boolean addresses) {

    public VersionChanges {
        termsAdded = List.copyOf(termsAdded);
        termsRemoved = List.copyOf(termsRemoved);
        termsChanged = List.copyOf(termsChanged);
    }

    /** True when the wording changed: a term was added, removed or reworded. */
    public boolean terms() {
        return !termsAdded.isEmpty() || !termsRemoved.isEmpty() || !termsChanged.isEmpty();
    }

    /** The order as made: every part is new. */
    public static VersionChanges made(OrderDetails order) {
        return new VersionChanges(null, order.terms().stream().map(Term::number).sorted().toList(), List.of(),
                List.of(), true, !order.service().isEmpty(), true, true);
    }

    /** What {@code after} (version {@code previousVersion} + 1 or later) changed from {@code before}. */
    public static VersionChanges between(int previousVersion, OrderDetails before, OrderDetails after) {
        Map<Integer, String> was = byNumber(before);
        Map<Integer, String> now = byNumber(after);
        List<Integer> added = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        now.forEach((number, text) -> {
            if (!was.containsKey(number)) {
                added.add(number);
            } else if (!Objects.equals(was.get(number), text)) {
                changed.add(number);
            }
        });
        List<Integer> removed = was.keySet().stream().filter(n -> !now.containsKey(n)).toList();
        boolean end = before.duration() != after.duration()
                || !Objects.equals(OrderStatusRule.endOf(before), OrderStatusRule.endOf(after))
                || !Objects.equals(before.dischargedAt(), after.dischargedAt());
        return new VersionChanges(previousVersion, added, removed, changed, end,
                !before.service().equals(after.service()), !people(before).equals(people(after))
                || before.relationship() != after.relationship(), !addresses(before).equals(addresses(after)));
    }

    private static Map<Integer, String> byNumber(OrderDetails order) {
        Map<Integer, String> out = new TreeMap<>();
        order.terms().forEach(t -> out.put(t.number(), t.text()));
        return out;
    }

    /** Who the parties are, without their addresses: role, name, date of birth, aliases. */
    private static Set<String> people(OrderDetails order) {
        Set<String> out = new TreeSet<>();
        if (order.respondent() != null) {
            var r = order.respondent();
            out.add("respondent|" + r.name() + "|" + r.dateOfBirth() + "|" + r.aliases());
        }
        person(out, "applicant", order.applicant());
        order.otherProtectedPersons().forEach(p -> person(out, "protected", p));
        order.children().forEach(p -> person(out, "child", p));
        return out;
    }

    private static void person(Set<String> out, String role, ProtectedPerson p) {
        if (p != null) {
            out.add(role + "|" + p.name() + "|" + p.dateOfBirth() + "|" + p.aliases());
        }
    }

    private static List<Object> addresses(OrderDetails order) {
        List<Object> out = new ArrayList<>();
        if (order.respondent() != null) {
            out.add(order.respondent().addresses());
        }
        Stream.concat(Stream.ofNullable(order.applicant()),
                        Stream.concat(order.otherProtectedPersons().stream(), order.children().stream()))
                .forEach(p -> out.add(p.addresses()));
        return out;
    }
}
