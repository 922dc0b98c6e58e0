package org.nmoregister.intake.bulk.internal;

import java.time.Instant;
import java.util.List;
import org.nmoregister.intake.bulk.RowReport.RowError;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ServiceRecord;

/**
 * A row read and checked: either the order it describes (version 1 without service, then its service and its
 * discharge, each recorded as the next version) or everything wrong with it.
 */
public record ParsedRow(int rowNumber, String caseNumber, OrderDetails order, ServiceRecord service,
                        Instant dischargedAt, List<RowError> errors) {

    public ParsedRow {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
