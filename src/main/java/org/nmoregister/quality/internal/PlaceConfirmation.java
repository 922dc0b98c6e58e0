package org.nmoregister.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceChoices;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.terms.Clause;
import org.nmoregister.quality.PlaceConfirmed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The point of contact's check, during quality assurance, of where each place the order names was put on the map:
 * a place matched to a property with less than full confidence, or to two properties equally well, is shown with
 * its candidates; the point of contact confirms one or chooses "none of these" (the postcode's centre, approximate).
 * The choice is kept on the place by the places module, and {@link PlaceConfirmed} tells the markers to follow.
 */
@Service
public class PlaceConfirmation {

    /** The form's value for "none of these: use the postcode's centre". */
    public static final String POSTCODE_CENTRE = "POSTCODE_CENTRE";

    private final OrderRegister orders;
    private final Gazetteer gazetteer;
    private final PlaceChoices choices;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Confidentiality confidentiality;
    private final ApplicationEventPublisher events;

    PlaceConfirmation(OrderRegister orders, Gazetteer gazetteer, PlaceChoices choices, CurrentUsers currentUsers,
                      AccessLog accessLog, Confidentiality confidentiality, ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.gazetteer = gazetteer;
        this.choices = choices;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.confidentiality = confidentiality;
    }

    /**
     * A place to confirm.
     *
     * @param address    the address as the order writes it (the form sends it back to say which place)
     * @param location   where it is now put (null when it cannot be located at all)
     * @param candidates the properties it may be, closest first
     * @param choice     the point of contact's earlier choice, if any
     */
    public record Place(String address, PlaceLocation location, List<Gazetteer.Candidate> candidates,
                        PlaceChoices.Choice choice) {

        /** The candidate the place is now located at, if it is at one of them. */
        public boolean isLocatedAt(long uprn) {
            return location != null && location.uprn() != null && location.uprn() == uprn;
        }

        public boolean atPostcodeCentre() {
            return location != null && location.approximate();
        }

        public int percent(double confidence) {
            return (int) Math.floor(confidence * 100);
        }
    }

    /**
     * The places of the order's latest version whose match the point of contact should confirm, or has: matched to a
     * property with less than full confidence, or not matched although candidates exist (two equally good), or
     * chosen before. A confidential address is left out for a user not entitled to see it.
     */
    @Transactional(readOnly = true)
    public List<Place> toConfirm(OrderSnapshot latest) {
        CurrentUser user = currentUsers.require();
        boolean entitled = confidentiality.entitled(user);
        ConfidentialValues confidential = entitled ? null : confidentiality.valuesOf(latest.orderId());
        List<Place> places = new ArrayList<>();
        for (String address : addresses(latest.details(), latest.clauses().clauses())) {
            if (!entitled && confidential.appearsIn(address)) {
                continue;
            }
            Optional<PlaceChoices.Choice> choice = choices.choiceFor(latest.orderId(), address);
            PlaceLocation location = choices.locate(latest.orderId(), address).orElse(null);
            List<Gazetteer.Candidate> candidates = gazetteer.candidates(address);
            if (needsConfirming(location, candidates, choice.isPresent())) {
                places.add(new Place(address, location, candidates, choice.orElse(null)));
            }
        }
        return places;
    }

    /** Whether the point of contact is asked about a place: see {@link #toConfirm}. */
    static boolean needsConfirming(PlaceLocation location, List<Gazetteer.Candidate> candidates, boolean chosen) {
        if (chosen) {
            return true;
        }
        if (location != null && location.doubtful()) {
            return true;
        }
        return (location == null || location.approximate()) && !candidates.isEmpty();
    }

    /**
     * Records the point of contact's choice for a place of the order's latest version and logs it.
     *
     * @param property a UPRN among the place's candidates, or {@link #POSTCODE_CENTRE}
     */
    @Transactional
    public void choose(UUID orderId, String address, String property, String field) {
        CurrentUser user = currentUsers.require();
        OrderSnapshot latest = orders.current(orderId); // not found unless the order is the user's force's
        if (address == null || !addresses(latest.details(), latest.clauses().clauses()).contains(address)) {
            throw new InvalidRequestException("place", "That place is not one the order names: reload the page");
        }
        if (property == null || property.isBlank()) {
            throw new InvalidRequestException(field, "Select the property the order means, or none of these");
        }
        Long uprn = null;
        if (!POSTCODE_CENTRE.equals(property)) {
            if (property.length() > 12 || !property.chars().allMatch(Character::isDigit)) {
                throw new InvalidRequestException(field, "Select one of the properties listed");
            }
            uprn = Long.parseLong(property);
        }
        try {
            choices.choose(latest.forceId(), orderId, address, uprn, user.username());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(field, e.errors().get(0).reason());
        }
        // the UPRN, never the address: the log is read more widely than a C8 address may be
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null, uprn == null
                ? "Place located at its postcode's centre: none of the properties matched is the one meant"
                : "Place confirmed at property UPRN " + uprn);
        OrderDetails details = latest.details();
        events.publishEvent(new PlaceConfirmed(latest.forceId(), orderId, details.court(), details.caseNumber(),
                details.orderType() == null ? null : details.orderType().name()));
    }

    /**
     * The addresses of the places the order's terms name, as the markers locate them: each place's address as
     * written, and for "her home" without one, the applicant's address on record.
     */
    static Set<String> addresses(OrderDetails order, List<Clause> clauses) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Clause clause : clauses) {
            for (Clause.Place place : clause.places()) {
                if (place.address() != null && !place.address().isBlank()) {
                    addresses.add(place.address().strip());
                } else if (place.kind() == Clause.PlaceKind.HOME && order.applicant() != null
                        && !order.applicant().addresses().isEmpty()) {
                    addresses.add(order.applicant().addresses().get(0).oneLine());
                }
            }
        }
        return addresses;
    }
}
