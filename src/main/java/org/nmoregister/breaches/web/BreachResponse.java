package org.nmoregister.breaches.web;

import org.nmoregister.breaches.BreachRisk;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.breaches.internal.BreachFile;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.review.Inadequacy;

/** A breach file as the API gives it; each incident carries its check in the same shape as the dry run. */
record BreachResponse(UUID id, String reference, UUID orderId, boolean breachIsOffence, Instant reportedAt,
                      Instant recordedAt, String recordedBy, ReporterKind reporterKind, String reporterName,
                      String reporterOrganisation, String protectedPerson, String respondentName,
                      boolean domesticAbuse, String actionTaken, List<Incident> incidents,
                      List<BreachFile.EvidenceView> evidence, BreachFile.Crime crime, BreachFile.Response response,
                      BreachFile.Arrest arrest, BreachFile.Interview interview,
                      BreachFile.Investigation investigation, BreachFile.Outcome outcome,
                      List<BreachFile.CourtResultView> courtResults, List<BreachFile.DirectionView> directions,
                      Set<Inadequacy> inadequacies, BreachRisk.Assessment risk) {

    /**
     * @param conducts what the respondent did, each with its means
     * @param conduct  the first of {@code conducts}, kept for clients of the one-conduct shape
     * @param channel  the first conduct's means, likewise
     */
    record Incident(int number, Instant occurredFrom, Instant occurredTo, List<Conduct> conducts, String conduct,
                    String channel,
                    boolean direct, boolean viaThirdParty, String protectedPerson, String address, String postcode,
                    Double latitude, Double longitude, String placeKind, boolean atVictimOrSuspectAddress,
                    String description, String othersPresent, String witnesses, String termReported, String purpose,
                    String awarenessEvidence, CheckResponse check, Instant checkedAt) {
    }

    /** One thing the respondent did, and how it reached the protected person. */
    record Conduct(String conduct, String channel) {
    }

    static BreachResponse of(BreachFile f) {
        return new BreachResponse(f.id(), f.reference(), f.orderId(), f.breachIsOffence(), f.reportedAt(),
                f.recordedAt(), f.recordedBy(), f.reporterKind(), f.reporterName(), f.reporterOrganisation(),
                f.protectedPerson(), f.respondentName(), f.domesticAbuse(), f.actionTaken(),
                f.incidents().stream().map(i -> new Incident(i.number(), i.occurredFrom(), i.occurredTo(),
                        i.conducts().stream().map(c -> new Conduct(name(c.conduct()), name(c.channel()))).toList(),
                        name(i.conducts().get(0).conduct()), name(i.conducts().get(0).channel()), i.direct(), i.viaThirdParty(), i.protectedPerson(),
                        i.address(), i.postcode(), i.latitude(), i.longitude(), name(i.placeKind()),
                        i.atVictimOrSuspectAddress(), i.description(), i.othersPresent(), i.witnesses(),
                        i.termReported(), name(i.purpose()), i.awarenessEvidence(), CheckResponse.of(i.check()),
                        i.checkedAt())).toList(),
                f.evidence(), f.crime(), f.response(), f.arrest(), f.interview(), f.investigation(), f.outcome(),
                f.courtResults(), f.directions(), f.inadequacies(), f.risk());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
