package org.nmoregister.breaches.web;

import org.nmoregister.breaches.internal.EvidenceFile;
import org.nmoregister.platform.files.UploadedFiles;
import org.springframework.http.ResponseEntity;

/** An evidence file as a download, for the API and the breach file page alike, with its hash for continuity. */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    /** Served by what its bytes are, as an attachment: never by the type its uploader claimed. */
    static ResponseEntity<byte[]> of(EvidenceFile file) {
        var download = UploadedFiles.download(file.fileName(), file.content());
        return ResponseEntity.status(download.getStatusCode()).headers(download.getHeaders())
                .header("Digest", "sha-256=" + file.sha256())
                .body(download.getBody());
    }
}
