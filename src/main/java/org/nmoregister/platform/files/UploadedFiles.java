package org.nmoregister.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * What the register accepts as an uploaded file and how it gives one back. The type is detected from the bytes
 * (Apache Tika), never taken from the client, and only types on {@link #ACCEPTED} are kept as such; a file is always
 * served as an attachment, with {@code X-Content-Type-Options: nosniff} and a display name that cannot name a path
 * or carry control characters. Anything else (HTML, scripts, SVG, archives, programs, unknown bytes) is refused on
 * upload and, if an older record holds it, served as opaque bytes. Plain Java.
 */
public final class UploadedFiles {

    /**
     * What evidence and court documents are: documents, pictures, recordings, messages. Subtypes count (a text
     * file Tika names {@code text/x-log} is plain text), unless they are on {@link #REFUSED}.
     */
    public static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp", "image/heic",
            "image/heif",
            "audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/vnd.wave", "audio/x-wav", "audio/wav", "audio/ogg",
            "audio/opus", "audio/amr", "audio/aac", "audio/x-aac", "audio/3gpp", "audio/flac", "audio/x-flac",
            "video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "video/x-msvideo", "video/webm",
            "video/x-matroska", "video/mpeg", "video/x-ms-wmv", "audio/x-ms-wma", "application/ogg",
            "text/plain", "text/csv",
            "message/rfc822", "application/vnd.ms-outlook",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/rtf");

    /** Types a browser runs or renders as a page, even where they descend from an accepted type (HTML is text). */
    public static final Set<String> REFUSED = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "application/xml", "text/xml", "text/javascript", "application/javascript", "application/x-javascript",
            "text/x-javascript", "text/ecmascript", "application/ecmascript", "text/css", "text/x-vbscript",
            "application/x-msdownload", "application/x-sh", "text/x-sh", "application/x-shockwave-flash",
            "application/hta", "application/x-ms-shortcut", "text/x-php", "text/x-python");

    public static final String OPAQUE = "application/octet-stream";

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private static final int MAX_NAME = 200;

    private UploadedFiles() {
    }

    /** An upload the register keeps: its detected type and a safe display name. */
    public record Accepted(String contentType, String filename) {
    }

    /** Thrown when an upload is not a type the register keeps; the message is for the person who sent it. */
    public static class RefusedFileException extends RuntimeException {
        public RefusedFileException(String message) {
            super(message);
        }
    }

    /**
     * Checks an upload: its type from its bytes (the name only refines a type the bytes already show, e.g. a Word
     * document inside its zip container), refused unless accepted. {@code what} words the refusal ("evidence").
     */
    public static Accepted accept(String clientFilename, byte[] content, String what) {
        String name = displayName(clientFilename, "file");
        String type = detect(content, name);
        if (!accepted(type)) {
            throw new RefusedFileException("is " + describe(type) + ", which is not kept as " + what
                    + ": upload a PDF, a picture, a sound or video recording, a text or office document or an e-mail");
        }
        return new Accepted(type, name);
    }

    /** The type detected from the bytes, with the name as a hint; {@value #OPAQUE} when nothing is recognised. */
    public static String detect(byte[] content, String filename) {
        try {
            return MediaType.parse(TIKA.detect(new ByteArrayInputStream(content == null ? new byte[0] : content),
                    filename)).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return OPAQUE;
        }
    }

    public static boolean accepted(String type) {
        MediaType media = MediaType.parse(type);
        if (media == null) {
            return false;
        }
        for (MediaType t = REGISTRY.normalize(media.getBaseType()); t != null; t = REGISTRY.getSupertype(t)) {
            if (REFUSED.contains(t.toString())) {
                return false;
            }
            if (ACCEPTED.contains(t.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stored file as a download: the type detected from its bytes when it is accepted, else opaque bytes (so an
     * old record holding HTML or an unparseable type neither runs in the browser nor fails), always an attachment.
     */
    public static ResponseEntity<byte[]> download(String storedFilename, byte[] content) {
        String name = displayName(storedFilename, "file");
        String type = detect(content, name);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, accepted(type) ? type : OPAQUE)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /**
     * A name to show and to save under: the last part of any path, no control or bidirectional-override
     * characters, none that Windows forbids, no leading dots, at most {@value #MAX_NAME} characters keeping the
     * extension. {@code fallback} when nothing is left.
     */
    public static String displayName(String filename, String fallback) {
        if (filename == null) {
            return fallback;
        }
        String name = Normalizer.normalize(filename, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .strip()
                .replaceAll("^[.\\s]+", "")
                .replaceAll("[.\\s]+$", "");
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name.isEmpty() ? fallback : name;
    }

    /** RFC 6266: an ASCII {@code filename} for old clients and the exact name as {@code filename*} (RFC 5987). */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String describe(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "text/html", "application/xhtml+xml" -> "a web page (" + type + ")";
            case OPAQUE -> "of a type that could not be recognised";
            default -> "of type " + type;
        };
    }
}
