package org.nmoregister.breaches.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.check.Outcome;
import org.nmoregister.terms.Clause;

@Entity
@Table(name = "breach_incident")
class BreachIncidentEntity {

    @Id
    UUID id;
    @Column(name = "report_id")
    UUID reportId;
    int number;
    @Column(name = "occurred_from")
    Instant occurredFrom;
    @Column(name = "occurred_to")
    Instant occurredTo;
    /** What the respondent did, in the order reported: at least one, each kind once (V75). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "breach_incident_conduct", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    List<ConductEntry> conducts = new ArrayList<>();
    boolean direct;
    @Column(name = "via_third_party")
    boolean viaThirdParty;
    @Column(name = "protected_person")
    String protectedPerson;
    @Column(name = "location_address")
    String locationAddress;
    String postcode;
    Double latitude;
    Double longitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    Clause.PlaceKind placeKind;
    @Column(name = "at_victim_or_suspect_address")
    boolean atVictimOrSuspectAddress;
    String description;
    @Column(name = "others_present")
    String othersPresent;
    String witnesses;
    @Column(name = "term_reported")
    String termReported;
    @Enumerated(EnumType.STRING)
    Clause.ExceptionKind purpose;
    @Column(name = "awareness_evidence")
    String awarenessEvidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_outcome")
    Outcome checkOutcome;
    @Column(name = "check_blockers")
    String checkBlockers;
    @Column(name = "check_order_version")
    Integer checkOrderVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "check_result")
    String checkResult;
    @Column(name = "checked_at")
    Instant checkedAt;

    protected BreachIncidentEntity() {
    }

    BreachIncidentEntity(UUID reportId, int number) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.number = number;
    }

    /** The conducts as the check takes them. */
    List<ConductReported> reported() {
        return conducts.stream().map(c -> new ConductReported(c.conduct, c.channel)).toList();
    }

    /** The kinds of conduct, in the order reported. */
    List<Conduct> kinds() {
        return conducts.stream().map(c -> c.conduct).toList();
    }

    /** One row of breach_incident_conduct. */
    @Embeddable
    static class ConductEntry {
        @Enumerated(EnumType.STRING)
        Conduct conduct;
        @Enumerated(EnumType.STRING)
        ContactChannel channel;

        protected ConductEntry() {
        }

        ConductEntry(ConductReported reported) {
            this.conduct = reported.conduct();
            this.channel = reported.channel();
        }
    }
}
