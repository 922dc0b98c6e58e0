package org.nmoregister.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadedFilesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theTypeComesFromTheBytesNotTheNameOrTheClient() {
        assertThat(UploadedFiles.accept("photo.png", PNG, "evidence").contentType()).isEqualTo("image/png");
        assertThat(UploadedFiles.accept("statement.txt", "He rang 14 times.\n".getBytes(StandardCharsets.UTF_8),
                "evidence").contentType()).isEqualTo("text/plain");
        assertThat(UploadedFiles.accept("order.bin", "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1),
                "evidence").contentType()).isEqualTo("application/pdf");
        assertThat(UploadedFiles.accept("message.eml", ("From: court@example.org\r\nSubject: Order\r\n"
                + "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\nBody").getBytes(StandardCharsets.US_ASCII), "evidence")
                .contentType()).isEqualTo("message/rfc822");
    }

    @Test
    void webPagesScriptsPicturesThatRunScriptAndUnknownBytesAreRefused() {
        assertThatThrownBy(() -> UploadedFiles.accept("screenshot.png", HTML, "evidence"))
                .isInstanceOf(UploadedFiles.RefusedFileException.class).hasMessageContaining("web page");
        assertThatThrownBy(() -> UploadedFiles.accept("map.svg", ("<?xml version=\"1.0\"?><svg xmlns="
                + "\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8),
                "evidence")).isInstanceOf(UploadedFiles.RefusedFileException.class);
        assertThatThrownBy(() -> UploadedFiles.accept("x.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                "evidence")).isInstanceOf(UploadedFiles.RefusedFileException.class);
        assertThatThrownBy(() -> UploadedFiles.accept("blob", new byte[] {0, 1, 2, 3, (byte) 0xFE, 5, 0, 7},
                "evidence")).isInstanceOf(UploadedFiles.RefusedFileException.class)
                .hasMessageContaining("could not be recognised");
    }

    @Test
    void aWordDocumentIsRecognisedInsideItsZipButABareArchiveIsNot() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(UploadedFiles.accepted(UploadedFiles.detect(out.toByteArray(), "statement.docx"))).isTrue();
        assertThat(UploadedFiles.accepted(UploadedFiles.detect(out.toByteArray(), "bundle.zip"))).isFalse();
    }

    @Test
    void aDisplayNameCannotNameAPathOrHideItsExtension() {
        assertThat(UploadedFiles.displayName("../../etc/passwd", "file")).isEqualTo("passwd");
        assertThat(UploadedFiles.displayName("C:\\Users\\pc\\..\\photo.jpg", "file")).isEqualTo("photo.jpg");
        assertThat(UploadedFiles.displayName("..", "file")).isEqualTo("file");
        assertThat(UploadedFiles.displayName("invoice\u202Efdp.exe", "file")).isEqualTo("invoicefdp.exe");
        assertThat(UploadedFiles.displayName("a\r\nContent-Type: x\u0000.txt", "file"))
                .isEqualTo("aContent-Type_ x.txt");
        assertThat(UploadedFiles.displayName("x".repeat(300) + ".pdf", "file")).hasSize(200).endsWith(".pdf");
        assertThat(UploadedFiles.displayName("   ", "evidence")).isEqualTo("evidence");
    }

    @Test
    void theAttachmentHeaderCarriesTheExactNameAndAnAsciiFallback() {
        assertThat(UploadedFiles.attachment("Zoë \"quote\" 100%.pdf")).isEqualTo(
                "attachment; filename=\"Zoe _quote_ 100%.pdf\"; filename*=UTF-8''Zo%C3%AB%20%22quote%22%20100%25.pdf");
    }

    @Test
    void aStoredWebPageOrAnUnparseableTypeIsServedAsOpaqueBytesNotAnError() {
        var html = UploadedFiles.download("evil.html", HTML);
        assertThat(html.getHeaders().getFirst("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(html.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(html.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(UploadedFiles.download("photo.png", PNG).getHeaders().getFirst("Content-Type"))
                .isEqualTo("image/png");
    }
}
