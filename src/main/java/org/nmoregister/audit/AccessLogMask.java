package org.nmoregister.audit;

import java.util.List;

/**
 * Withholds what a reader of the access log is not entitled to see in it. What users typed (a searched address, a
 * reason) is kept verbatim in the log, because the audit must be exact; but an auditor not entitled to confidential
 * (C8) details must not learn a refuge's address from someone else's search. Implemented by the orders module,
 * which owns the masking rule; without an implementation the entries are shown as recorded.
 */
public interface AccessLogMask {

    List<AccessLog.Entry> forCurrentUser(List<AccessLog.Entry> entries);
}
