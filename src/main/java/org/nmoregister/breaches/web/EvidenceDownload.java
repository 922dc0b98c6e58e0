package org.nmoregister.breaches.web;

import org.nmoregister.breaches.internal.BreachService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An evidence file as a download, for the API and the breach file page alike, with its hash for continuity. */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static ResponseEntity<byte[]> of(BreachService.EvidenceFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .header("Digest", "sha-256=" + file.sha256())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
