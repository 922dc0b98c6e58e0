package org.nmoregister.breaches.internal;

/** An evidence file as stored, for download. */
public record EvidenceFile(String fileName, String contentType, byte[] content, String sha256) {
}
