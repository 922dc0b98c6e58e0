package org.nmoregister.lookup.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nmoregister.lookup.internal.LookupService;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotReadyException;
import org.nmoregister.platform.ReasonRequiredException;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.platform.web.ToDoList;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The control-room page: one search box (a name, optionally with a date of birth; an address starting with its house
 * number, or with a postcode; or a postcode alone), results while the call-handler is still speaking, and a banner
 * that cannot be missed when an order is in force.
 */
@Controller
@PreAuthorize(Authorities.CASEWORK)
class ControlRoomController {

    /** A house number then a word ("14 Elm Grove", "Flat 2, 9a Mill Lane"): names never start with one. */
    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*((flat|apartment|unit)\\s*\\d+[a-z]?\\s*,?\\s*)?\\d+[a-z]?\\s*,?\\s+\\p{L}", Pattern.CASE_INSENSITIVE);

    /** A street's name and type ("Acacia Avenue"): tried as an address when no one has the name typed. */
    private static final Pattern STREET = Pattern.compile("\\p{L}+\\s+(road|rd|street|avenue|ave|lane|ln|drive|close|"
            + "crescent|grove|gardens|gdns|way|court|place|square|terrace|park|mews|walk|row|hill|rise|green|parade)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A date of birth after the name: "John Smith 12/04/1988" or "... 1988-04-12". */
    private static final Pattern DATE_OF_BIRTH =
            Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");

    /** The session attribute that keeps the shift's or incident's log number once given. */
    static final String LOG_NUMBER = "nmo.lookup.logNumber";

    private final LookupService lookup;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final Clock clock;
    private final ToDoList toDo;

    ControlRoomController(LookupService lookup, CurrentUsers currentUsers, ForceDirectory forces, Clock clock,
                          ToDoList toDo) {
        this.toDo = toDo;
        this.lookup = lookup;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.clock = clock;
    }

    /**
     * One step: the search box in every page's header sends {@code q} here; the log number is asked once and kept in
     * the session until changed, so the answer is one GET with its own URL (it survives Back and can be bookmarked
     * for the incident).
     */
    @GetMapping("/lookup")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String reason,
                HttpSession session, Model model) {
        String logNumber = logNumber(reason, session);
        var user = currentUsers.require();
        model.addAttribute("q", q);
        model.addAttribute("reason", logNumber);
        model.addAttribute("lookupLogNumber", logNumber); // the header shows the one just given
        model.addAttribute("forceName", forces.byId(user.forceId()).map(Force::name).orElse(user.forceCode()));
        model.addAttribute("searchedBy", user.displayName() == null ? user.username() : user.displayName());
        model.addAttribute("searchedAt", clock.instant());
        if (q == null || q.isBlank()) {
            if (user.has(org.nmoregister.security.Role.CONTROL_ROOM)) {
                model.addAttribute("toDo", toDo.forSignedInUser()); // the control room's start page is this one
            }
        } else {
            try {
                Map<String, Object> result = split(search(q, logNumber));
                model.addAttribute("result", result);
                model.addAttribute("verdict", Verdict.of(result, (String) model.getAttribute("forceName")));
            } catch (InvalidRequestException | ReasonRequiredException e) {
                model.addAttribute("problem", e.getMessage());
            } catch (NotReadyException e) {
                // shown in place of the verdict, never as "no order found"
                model.addAttribute("notReady", e.getMessage());
            }
        }
        return "lookup/control-room";
    }

    /**
     * The force's orders held but not yet checked, in force or waiting for service: the control room's count on its
     * start page opens this list.
     */
    @GetMapping("/lookup/held")
    String held(@RequestParam(required = false) String page, HttpSession session,
                jakarta.servlet.http.HttpServletRequest request, Model model) {
        String logNumber = logNumber(null, session);
        model.addAttribute("orders", ListPage.of(lookup.heldNotChecked(logNumber), page, request));
        model.addAttribute("reason", logNumber);
        return "lookup/held";
    }

    /** The results part of the page alone, which the page's script fetches as the call-handler types. */
    @GetMapping("/lookup/results")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String reason,
                   HttpSession session, Model model) {
        page(q, reason, session, model);
        return "lookup/control-room :: results";
    }

    /** A log number given now replaces the one kept; none given means the one kept for this shift or incident. */
    private static String logNumber(String given, HttpSession session) {
        if (given != null && !given.isBlank()) {
            String logNumber = given.strip();
            session.setAttribute(LOG_NUMBER, logNumber.length() > 100 ? logNumber.substring(0, 100) : logNumber);
            return logNumber;
        }
        Object kept = session.getAttribute(LOG_NUMBER);
        return kept instanceof String text ? text : null;
    }

    /**
     * Separates other forces' matches (existence cards only) from the force's own, so the page shows them under
     * their own heading and the verdict counts them apart.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> split(Map<String, Object> result) {
        Map<String, Object> split = new java.util.HashMap<>(result);
        List<org.nmoregister.lookup.PersonResult> people = (List<org.nmoregister.lookup.PersonResult>) result.get("people");
        List<org.nmoregister.lookup.PlaceResult> places = (List<org.nmoregister.lookup.PlaceResult>) result.get("places");
        split.put("people", people.stream().filter(p -> !p.heldByAnotherForce()).toList());
        split.put("places", places.stream().filter(p -> !p.heldByAnotherForce()).toList());
        split.put("elsewherePeople", people.stream().filter(org.nmoregister.lookup.PersonResult::heldByAnotherForce)
                .toList());
        split.put("elsewherePlaces", places.stream().filter(org.nmoregister.lookup.PlaceResult::heldByAnotherForce)
                .toList());
        return split;
    }

    private Map<String, Object> search(String q, String reason) {
        String text = q.strip();
        var postcode = Postcode.parse(text);
        if (postcode.isPresent()) {
            return Map.of("kind", "places", "places", lookup.places(postcode.get().toString(), null, null, null, reason),
                    "people", List.of());
        }
        if (ADDRESS.matcher(text).find() || Postcode.findIn(text).isPresent()) {
            try {
                return Map.of("kind", "places", "places", lookup.placesAtAddress(text, null, reason),
                        "people", List.of());
            } catch (InvalidRequestException e) {
                if (e.errors().stream().noneMatch(error -> error.field().equals("address"))) {
                    throw e;
                }
                // an answer, not a mistake: shown as "no order found" with what would let the search go further
                return Map.of("kind", "places", "places", List.of(), "people", List.of(),
                        "note", "This address " + e.errors().get(0).reason() + ".");
            }
        }
        // A date of birth may follow the name: "John Smith 12/04/1988" or "... 1988-04-12".
        LocalDate dateOfBirth = null;
        var dob = DATE_OF_BIRTH.matcher(text);
        if (dob.find()) {
            try {
                dateOfBirth = dob.group(1) != null
                        ? LocalDate.of(Integer.parseInt(dob.group(3)), Integer.parseInt(dob.group(2)),
                                Integer.parseInt(dob.group(1)))
                        : LocalDate.parse(dob.group(0));
            } catch (java.time.DateTimeException e) {
                throw new InvalidRequestException("dateOfBirth", "'" + dob.group(0) + "' is not a real date");
            }
            text = (text.substring(0, dob.start()) + " " + text.substring(dob.end())).strip();
        }
        var people = lookup.people(text, dateOfBirth, reason);
        if (people.isEmpty() && dateOfBirth == null && STREET.matcher(text).find()) {
            // "Acacia Avenue, Leeds": no one of that name, so perhaps a street typed without a house number
            try {
                var places = lookup.placesAtAddress(text, null, reason);
                if (!places.isEmpty()) {
                    return Map.of("kind", "places", "places", places, "people", List.of());
                }
            } catch (InvalidRequestException e) {
                // no protected place is recorded in such a street: the answer is that no order was found
            }
        }
        return Map.of("kind", "people", "people", people, "places", List.of());
    }
}
