package org.nmoregister.breaches.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.internal.NewIncident;
import org.nmoregister.breaches.internal.NewReport;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateTimeInput;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.terms.Clause;

/**
 * The report-a-breach page's form, bound as text so that a mistyped value comes back to the page with a message
 * rather than a binding failure. Field names match the page's input ids, so the error summary links to them.
 */
public class BreachForm {

    private String orderId;
    private String reportedAt;
    private String reporterKind;
    private String reporterName;
    private String reporterOrganisation;
    private String logNumber;
    private String actionTaken;
    private String occurredAt;
    private String occurredTo;
    /** What the respondent did: the boxes ticked, each kind once. */
    private List<String> conducts = new ArrayList<>();
    /** How each conduct reached the protected person, by conduct ("channelOf[CONTACT]" = "TEXT"). */
    private Map<String, String> channelOf = new LinkedHashMap<>();
    /** The older form's one conduct and one channel, still read when no box is ticked. */
    private String conduct;
    private String channel;
    /** Every parameter sent, for the date and time boxes ("occurredAt-day", ...). */
    private Map<String, String[]> sent = Map.of();
    private boolean viaThirdParty;
    private String protectedPerson;
    private String address;
    private String postcode;
    private String latitude;
    private String longitude;
    private String placeKind;
    private boolean atVictimOrSuspectAddress;
    private String description;
    private String othersPresent;
    private String witnesses;
    private String termReported;
    private String purpose;
    private String awarenessEvidence;

    /** The date and time questions of the form: the boxes' name and the words an error names them by. */
    static final Map<String, String> DATE_LABELS = Map.of("reportedAt", "When it was reported",
            "occurredAt", "When it happened", "occurredTo", "End of the window");

    /** Keeps every parameter the page sent, so that the date and time boxes can be read. */
    BreachForm sent(Map<String, String[]> parameters) {
        this.sent = parameters == null ? Map.of() : parameters;
        return this;
    }

    /**
     * A date question's boxes as typed; when the page did not send the boxes (an older form, or a moment filled
     * in by the server), the moment the single field holds.
     */
    public DateTimeInput input(String name) {
        String label = DATE_LABELS.get(name);
        if (DateTimeInput.sent(name, sent)) {
            return DateTimeInput.of(name, label, sent);
        }
        String value = switch (name) {
            case "reportedAt" -> reportedAt;
            case "occurredAt" -> occurredAt;
            default -> occurredTo;
        };
        java.time.Instant held = null;
        try {
            held = UkTime.parseInput(value);
        } catch (RuntimeException unreadable) {
            // shown empty; the error names the question
        }
        return DateTimeInput.of(name, label, held);
    }

    /** Whether the box for this kind of conduct is ticked. */
    public boolean chose(String kind) {
        return chosen().contains(kind);
    }

    private List<String> chosen() {
        List<String> out = new ArrayList<>();
        (conducts == null || conducts.isEmpty() ? (conduct == null ? List.<String>of() : List.of(conduct))
                : conducts).stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The report, or every field that cannot be read. */
    NewReport toReport() {
        List<FieldError> errors = new ArrayList<>();
        UUID order = null;
        if (orderId != null && !orderId.isBlank()) {
            try {
                order = UUID.fromString(orderId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("orderId", "is not an order id"));
            }
        }
        var reported = when("reportedAt", reportedAt, errors);
        var kind = choice("reporterKind", reporterKind, ReporterKind.class, errors);
        var incident = toIncident(errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewReport(order, reported, kind, reporterName, reporterOrganisation,
                protectedPerson, actionTaken, List.of(incident), logNumber);
    }

    NewIncident toIncident() {
        List<FieldError> errors = new ArrayList<>();
        var incident = toIncident(errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return incident;
    }

    private NewIncident toIncident(List<FieldError> errors) {
        return new NewIncident(when("occurredAt", occurredAt, errors),
                when("occurredTo", occurredTo, errors), conducts(errors), null, viaThirdParty, protectedPerson,
                number("latitude", latitude, errors), number("longitude", longitude, errors), postcode, address,
                choice("placeKind", placeKind, Clause.PlaceKind.class, errors), atVictimOrSuspectAddress, description,
                othersPresent, witnesses, termReported, choice("purpose", purpose, Clause.ExceptionKind.class, errors),
                awarenessEvidence);
    }

    /** Each conduct ticked with its means; an unknown value adds its error. */
    private List<ConductReported> conducts(List<FieldError> errors) {
        List<ConductReported> out = new ArrayList<>();
        for (String value : chosen()) {
            Conduct kind = choice("conducts", value, Conduct.class, errors);
            if (kind == null) {
                continue;
            }
            String how = channelOf == null ? null : channelOf.get(kind.name());
            out.add(new ConductReported(kind, how == null || how.isBlank()
                    ? choice("channel", channel, ContactChannel.class, errors)
                    : choice("channel-" + kind.name(), how, ContactChannel.class, errors)));
        }
        return out;
    }

    /** A moment from its date and time boxes, or from the older single field when the boxes were not sent. */
    private java.time.Instant when(String field, String value, List<FieldError> errors) {
        if (DateTimeInput.sent(field, sent)) {
            return DateTimeInput.of(field, DATE_LABELS.get(field), sent).read(errors);
        }
        return time(field, value, errors);
    }

    static java.time.Instant time(String field, String value, List<FieldError> errors) {
        try {
            return UkTime.parseInput(value);
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "enter a real date and time, for example 21/11/2026 14:30"));
            return null;
        }
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "choose one of the options"));
            return null;
        }
    }

    /**
     * An optional field read by {@code parse}: null when blank, else the value, or a refusal naming the field.
     * Pages read every field as text so that a mistyped value comes back with a message, not a binding failure.
     */
    static <T> T parsed(String field, String value, java.util.function.Function<String, T> parse, String reason) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidRequestException(field, reason);
        }
    }

    private static Double number(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number in decimal degrees, for example 53.8008"));
            return null;
        }
    }

    public String getOrderId() { return orderId; }
    public void setOrderId(String v) { orderId = v; }
    public String getReportedAt() { return reportedAt; }
    public void setReportedAt(String v) { reportedAt = v; }
    public String getReporterKind() { return reporterKind; }
    public void setReporterKind(String v) { reporterKind = v; }
    public String getLogNumber() { return logNumber; }
    public void setLogNumber(String v) { logNumber = v; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String v) { reporterName = v; }
    public String getReporterOrganisation() { return reporterOrganisation; }
    public void setReporterOrganisation(String v) { reporterOrganisation = v; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String v) { actionTaken = v; }
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String v) { occurredAt = v; }
    public String getOccurredTo() { return occurredTo; }
    public void setOccurredTo(String v) { occurredTo = v; }
    public List<String> getConducts() { return conducts; }
    public void setConducts(List<String> v) { conducts = v == null ? new ArrayList<>() : v; }
    public Map<String, String> getChannelOf() { return channelOf; }
    public void setChannelOf(Map<String, String> v) { channelOf = v == null ? new LinkedHashMap<>() : v; }
    public String getConduct() { return conduct; }
    public void setConduct(String v) { conduct = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public boolean isViaThirdParty() { return viaThirdParty; }
    public void setViaThirdParty(boolean v) { viaThirdParty = v; }
    public String getProtectedPerson() { return protectedPerson; }
    public void setProtectedPerson(String v) { protectedPerson = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getPlaceKind() { return placeKind; }
    public void setPlaceKind(String v) { placeKind = v; }
    public boolean isAtVictimOrSuspectAddress() { return atVictimOrSuspectAddress; }
    public void setAtVictimOrSuspectAddress(boolean v) { atVictimOrSuspectAddress = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getOthersPresent() { return othersPresent; }
    public void setOthersPresent(String v) { othersPresent = v; }
    public String getWitnesses() { return witnesses; }
    public void setWitnesses(String v) { witnesses = v; }
    public String getTermReported() { return termReported; }
    public void setTermReported(String v) { termReported = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getAwarenessEvidence() { return awarenessEvidence; }
    public void setAwarenessEvidence(String v) { awarenessEvidence = v; }
}
