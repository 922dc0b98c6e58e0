package org.nmoregister.orders.web;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.Instant;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;

/** Service on, or awareness of, the respondent. */
record ServiceRequest(@DateWindow(DateWindow.Kind.HAPPENED) Instant servedAt, ServiceMethod method,
                      @Size(max = 200) String servedBy, @Size(max = 500) String proofDocument,
                      @Size(max = 2000) String notes) {

    ServiceRecord toRecord() {
        return new ServiceRecord(servedAt, method, blankToNull(servedBy), blankToNull(proofDocument), blankToNull(notes));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
