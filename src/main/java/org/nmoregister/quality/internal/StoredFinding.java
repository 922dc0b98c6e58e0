package org.nmoregister.quality.internal;

/** An enforceability finding as quality assurance keeps it with the review. */
record StoredFinding(String code, String severity, Integer clauseIndex, String message) {

    boolean isError() {
        return "ERROR".equals(severity);
    }
}
