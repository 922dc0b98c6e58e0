package org.nmoregister.orders.internal;

import java.util.List;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.audit.AccessLogMask;
import org.nmoregister.orders.Confidentiality;
import org.springframework.stereotype.Component;

/**
 * The access log as an auditor not entitled to C8 details reads it: every confidential value of the force's orders
 * is withheld from the subjects, reasons and details, wherever someone typed or recorded it.
 */
@Component
class AccessLogMasking implements AccessLogMask {

    private final Confidentiality confidentiality;

    AccessLogMasking(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    @Override
    public List<AccessLog.Entry> forCurrentUser(List<AccessLog.Entry> entries) {
        return confidentiality.forCurrentUserAcrossForce(entries);
    }
}
