package org.nmoregister.safeguarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.safeguarding.rules.ContactRoute;
import org.nmoregister.safeguarding.rules.KnowsNumber;
import org.nmoregister.safeguarding.rules.SafeContact;

/** A protected person's safe contact details (confidential), one row per order and person. */
@Entity
@Table(name = "safeguarding_safe_contact")
class SafeContactEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "person_key")
    String personKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "safe_route")
    ContactRoute route;
    @Column(name = "safe_phone")
    String phone;
    @Column(name = "safe_email")
    String email;
    @Column(name = "safe_address")
    String address;
    @Column(name = "times_to_avoid")
    String timesToAvoid;
    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_knows_number")
    KnowsNumber respondentKnowsNumber;
    String language;
    @Column(name = "interpreter_needed")
    boolean interpreterNeeded;
    @Column(name = "communication_needs")
    String communicationNeeds;
    boolean prefilled;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected SafeContactEntity() {
    }

    SafeContactEntity(UUID forceId, UUID orderId, String personKey) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.orderId = orderId;
        this.personKey = personKey;
        this.respondentKnowsNumber = KnowsNumber.NOT_KNOWN;
    }

    SafeContact value() {
        return new SafeContact(route, phone, email, address, timesToAvoid, respondentKnowsNumber, language,
                interpreterNeeded, communicationNeeds);
    }

    void set(SafeContact c) {
        route = c.route();
        phone = c.phone();
        email = c.email();
        address = c.address();
        timesToAvoid = c.timesToAvoid();
        respondentKnowsNumber = c.respondentKnowsNumber();
        language = c.language();
        interpreterNeeded = c.interpreterNeeded();
        communicationNeeds = c.communicationNeeds();
    }
}
