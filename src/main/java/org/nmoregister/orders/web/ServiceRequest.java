package org.nmoregister.orders.web;

import java.time.Instant;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;

/** Service on, or awareness of, the respondent. */
record ServiceRequest(Instant servedAt, ServiceMethod method, String servedBy, String proofDocument, String notes) {

    ServiceRecord toRecord() {
        return new ServiceRecord(servedAt, method, blankToNull(servedBy), blankToNull(proofDocument), blankToNull(notes));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
