package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.breaches.investigation.ReporterKind;

/**
 * A breach as reported, with its incidents.
 *
 * @param controlRoomLog the incident or log number the control room was working under, when reported from it
 */
public record NewReport(UUID orderId, Instant reportedAt, ReporterKind reporterKind, String reporterName,
                        String reporterOrganisation, String protectedPerson, String actionTaken,
                        List<NewIncident> incidents, String controlRoomLog) {

    public NewReport(UUID orderId, Instant reportedAt, ReporterKind reporterKind, String reporterName,
                     String reporterOrganisation, String protectedPerson, String actionTaken,
                     List<NewIncident> incidents) {
        this(orderId, reportedAt, reporterKind, reporterName, reporterOrganisation, protectedPerson, actionTaken,
                incidents, null);
    }
}
