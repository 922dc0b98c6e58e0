package org.nmoregister.breaches.check;

import java.time.Instant;
import org.nmoregister.places.Coordinates;
import org.nmoregister.terms.Clause;

/** An incident as an officer records it, built fluently for the scenarios. */
final class Reported {

    private Instant from = Orders.DURING;
    private Instant to;
    private final Conduct conduct;
    private ContactChannel channel;
    private boolean direct = true;
    private boolean viaThirdParty;
    private String person;
    private IncidentLocation location = IncidentLocation.UNKNOWN;
    private Clause.ExceptionKind purpose;
    private String awareness;
    private String description;

    private Reported(Conduct conduct) {
        this.conduct = conduct;
    }

    static Reported of(Conduct conduct) {
        return new Reported(conduct);
    }

    static Reported contact(ContactChannel channel) {
        return new Reported(Conduct.CONTACT).by(channel);
    }

    Reported at(Instant when) {
        this.from = when;
        return this;
    }

    Reported between(Instant start, Instant end) {
        this.from = start;
        this.to = end;
        return this;
    }

    Reported by(ContactChannel c) {
        this.channel = c;
        return this;
    }

    Reported throughSomeoneElse() {
        this.direct = false;
        this.viaThirdParty = true;
        return this;
    }

    Reported to(String who) {
        this.person = who;
        return this;
    }

    Reported where(Coordinates point) {
        this.location = new IncidentLocation(point, location.placeKind(), null);
        return this;
    }

    Reported atPlace(Clause.PlaceKind kind) {
        this.location = new IncidentLocation(location.point(), kind, null);
        return this;
    }

    Reported purpose(Clause.ExceptionKind p) {
        this.purpose = p;
        return this;
    }

    Reported awareness(String evidence) {
        this.awareness = evidence;
        return this;
    }

    Reported saying(String text) {
        this.description = text;
        return this;
    }

    Incident build() {
        return new Incident(from, to, conduct, channel, direct, viaThirdParty, person, location, purpose, awareness,
                description);
    }
}
