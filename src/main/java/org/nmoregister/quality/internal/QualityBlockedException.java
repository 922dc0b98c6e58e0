package org.nmoregister.quality.internal;

import java.util.List;

/** ERROR findings stand in the way of quality assurance. */
public class QualityBlockedException extends RuntimeException {

    private final transient List<StoredFinding> errors;

    QualityBlockedException(List<StoredFinding> errors) {
        super(errors.size() + " ERROR finding(s) must be resolved with the court, or overridden by a supervisor with a reason");
        this.errors = List.copyOf(errors);
    }

    public List<java.util.Map<String, Object>> blockingFindings() {
        return errors.stream().map(f -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity());
            m.put("clauseIndex", f.clauseIndex());
            m.put("message", f.message());
            return m;
        }).toList();
    }
}
