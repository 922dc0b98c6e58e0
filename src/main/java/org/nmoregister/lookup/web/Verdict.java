package org.nmoregister.lookup.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.lookup.OrderCard;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.lookup.PlaceResult;
import org.nmoregister.orders.OrderStatus;

/**
 * The one line a call-handler reads first: whether the force holds an order that binds now, before any card.
 *
 * @param outcome {@code yes} (an order in force), {@code held} (in force but not yet checked by the force),
 *                {@code unserved} (held, not yet binding), {@code none} (nothing in force)
 */
record Verdict(String outcome, String headline, String detail) {

    static Verdict of(Map<String, Object> result, String forceName) {
        Map<UUID, OrderCard> orders = new LinkedHashMap<>();
        for (Object person : (List<?>) result.get("people")) {
            ((PersonResult) person).orders().forEach(o -> orders.putIfAbsent(o.id(), o));
        }
        for (Object place : (List<?>) result.get("places")) {
            ((PlaceResult) place).orders().forEach(o -> orders.putIfAbsent(o.id(), o));
        }
        Verdict own = of(List.copyOf(orders.values()), forceName);
        java.util.Set<UUID> elsewhere = new java.util.LinkedHashSet<>();
        for (String key : List.of("elsewherePeople", "elsewherePlaces")) {
            Object found = result.get(key);
            if (found instanceof List<?> list) {
                for (Object match : list) {
                    List<org.nmoregister.lookup.OtherForceCard> cards = match instanceof PersonResult p
                            ? p.otherForceOrders() : ((PlaceResult) match).otherForceOrders();
                    cards.forEach(c -> elsewhere.add(c.id()));
                }
            }
        }
        return elsewhere.isEmpty() ? own : own.alsoElsewhere(elsewhere.size());
    }

    /**
     * The verdict when other forces hold orders too: with none of its own, the headline says another force holds
     * them (the cards say which and whom to call); with its own, the detail adds them.
     */
    Verdict alsoElsewhere(int count) {
        String held = "Held by another force: " + orders(count);
        if (outcome.equals("none")) {
            return new Verdict("elsewhere", held, (detail == null ? "" : detail + " ") + "Not in your force's register:"
                    + " call the owning force on the number on its card.");
        }
        return new Verdict(outcome, headline, (detail == null ? "" : detail + " ") + held + ".");
    }

    static Verdict of(List<OrderCard> orders, String forceName) {
        if (orders.isEmpty()) {
            return new Verdict("none", "No order found in " + forceName, null);
        }
        long inForce = count(orders, OrderStatus.IN_FORCE, null);
        long inForceUnchecked = count(orders, OrderStatus.IN_FORCE, false);
        long unserved = count(orders, OrderStatus.PENDING_SERVICE, null);
        long unservedUnchecked = count(orders, OrderStatus.PENDING_SERVICE, false);
        long notYetMade = orders.stream().filter(o -> o.status() == null).count();
        if (inForce > 0) {
            String also = unserved > 0 ? "; " + orders(unserved) + " not yet served" : "";
            if (inForceUnchecked == inForce) {
                return new Verdict("held", "Held, not yet checked: " + orders(inForce) + " in force",
                        "Treat as in force: an order binds from service whether or not the force has checked it"
                                + also + ".");
            }
            return new Verdict("yes", "Yes: " + orders(inForce) + " in force",
                    inForceUnchecked > 0 ? inForceUnchecked + " of them held, not yet checked: treat as in force"
                            + also + "." : also.isEmpty() ? null : also.substring(2) + ".");
        }
        if (unserved > 0) {
            return new Verdict("unserved", (unservedUnchecked == unserved ? "Held, not yet checked: " : "Held: ")
                    + orders(unserved) + " not yet served", "It binds the respondent once he is served or told of "
                    + "it: serve it, or tell him of it and record that, if you attend.");
        }
        if (notYetMade > 0) {
            return new Verdict("unserved", "Held: " + orders(notYetMade) + " not yet in effect", null);
        }
        return new Verdict("none", "No order in force in " + forceName,
                orders(orders.size()) + " found " + (orders.size() == 1 ? "has" : "have") + " ended.");
    }

    private static long count(List<OrderCard> orders, OrderStatus status, Boolean checked) {
        return orders.stream().filter(o -> o.status() == status && (checked == null || o.checked() == checked))
                .count();
    }

    private static String orders(long n) {
        return n + (n == 1 ? " order" : " orders");
    }
}
