package org.nmoregister.flags.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Delivers one export to its target: over HTTP, or as a file in a drop directory. */
@Component
class ExportAdapters {

    private final ExportProperties properties;
    private final HttpClient http;

    ExportAdapters(ExportProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.httpTimeout()).build();
    }

    /** The outcome of one attempt. */
    record Outcome(boolean acknowledged, boolean sent, String reference, String error) {
        static Outcome acknowledgedWith(String reference) {
            return new Outcome(true, true, reference, null);
        }

        static Outcome delivered() {
            return new Outcome(false, true, null, null);
        }

        static Outcome failed(String error) {
            return new Outcome(false, false, null, error);
        }
    }

    Outcome send(ExportProperties.Target target, MarkerExportEntity export) {
        return switch (target.type()) {
            case HTTP -> post(target, export);
            case FILE_DROP -> drop(target, export);
        };
    }

    /** For a file drop: the consumer's acknowledgement file, if it has written one. */
    Optional<String> acknowledgement(ExportProperties.Target target, MarkerExportEntity export) {
        if (target.type() != ExportProperties.Type.FILE_DROP || target.acknowledgements() == null) {
            // sent to a file drop by a deployment that has since made the target another kind: sent again when the
            // acknowledgement times out, rather than stopping the dispatcher
            return Optional.empty();
        }
        Path ack = target.acknowledgements().resolve(export.id + ".ack");
        if (!Files.exists(ack)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(ack, StandardCharsets.UTF_8).strip();
            return Optional.of(text.isEmpty() ? ack.getFileName().toString() : clip(text));
        } catch (IOException e) {
            return Optional.of(ack.getFileName().toString());
        }
    }

    private Outcome post(ExportProperties.Target target, MarkerExportEntity export) {
        try {
            var request = HttpRequest.newBuilder(URI.create(target.url()))
                    .timeout(properties.httpTimeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", export.id.toString());
            if (target.authorization() != null && !target.authorization().isBlank()) {
                request.header("Authorization", target.authorization());
            }
            var response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(export.payload)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return Outcome.acknowledgedWith(clip(response.body()));
            }
            return Outcome.failed("HTTP " + response.statusCode() + ": " + clip(response.body()));
        } catch (IOException e) {
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        } catch (IllegalArgumentException e) {
            return Outcome.failed("bad target URL: " + e.getMessage());
        }
    }

    /** Written under a temporary name and moved into place, so the consumer never reads half a file. */
    private Outcome drop(ExportProperties.Target target, MarkerExportEntity export) {
        try {
            Files.createDirectories(target.directory());
            Path temporary = target.directory().resolve("." + export.id + ".json.tmp");
            Files.writeString(temporary, export.payload, StandardCharsets.UTF_8);
            Files.move(temporary, target.directory().resolve(export.id + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return Outcome.delivered();
        } catch (IOException e) {
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
