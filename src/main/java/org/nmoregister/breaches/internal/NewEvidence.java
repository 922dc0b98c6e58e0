package org.nmoregister.breaches.internal;

import org.nmoregister.breaches.investigation.EvidenceKind;

/** An item of evidence added to a breach, with its file when there is one. */
public record NewEvidence(EvidenceKind kind, String description, Integer incidentNumber, String fileName,
                          String contentType, byte[] content) {
}
