package org.nmoregister.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the limit, through the real servlet container (MockMvc never parses multipart, so it cannot see
 * this): the API answers 413 problem+json naming the field, a page a readable 413. The limits are lowered so the
 * test sends a megabyte, not 25.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=3MB"})
@ActiveProfiles("test")
class UploadLimitServerTest {

    static final String BOUNDARY = "nmo-upload-limit-test";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final JsonMapper json = JsonMapper.builder().build();

    static byte[] multipart(String field, String filename, int size, String csrf) {
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(filename).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[start.length + size + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        java.util.Arrays.fill(body, start.length, start.length + size, (byte) ' ');
        System.arraycopy(end, 0, body, start.length + size, end.length);
        return body;
    }

    HttpResponse<String> post(String path, byte[] body, String basicUser) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", basicUser == null ? "text/html" : "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basicUser + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void theApiAnswersFourThirteenAsProblemJsonNamingTheField() throws Exception {
        var response = post("/api/v1/notifications/documents", multipart("file", "order.pdf", 1_200_000, null),
                "poc.northshire");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("1 MB");

        var wholeRequest = post("/api/v1/notifications/documents", multipart("file", "order.pdf", 3_300_000, null),
                "poc.northshire");
        assertThat(wholeRequest.statusCode()).isEqualTo(413);
        assertThat(json.readTree(wholeRequest.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("file");
    }

    @Test
    void aPageSaysInWordsThatTheFileIsTooLarge() throws Exception {
        String token = csrf(get("/login"));
        var signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=poc.northshire&password=demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        String form = get("/notifications/new");
        var response = post("/notifications/upload", multipart("file", "order.pdf", 1_200_000, csrf(form)), null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The file is too large").contains("1 MB").contains("Nothing was saved");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
    }
}
