package org.nmoregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Every page and API answer carries the security headers; HSTS only over HTTPS. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse page(String path, boolean https) throws Exception {
        return mvc.perform(get(path).secure(https).with(user(users.loadUserByUsername("officer.northshire"))))
                .andReturn().getResponse();
    }

    @Test
    void pagesSendAStrictPolicyNoReferrerNoFramingAndNoPowerfulFeatures() throws Exception {
        for (String path : List.of("/orders", "/lookup", "/login", "/no-such-page")) {
            var response = page(path, false);
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
            assertThat(csp).as(path).doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Strict-Transport-Security")).as(path + " over plain HTTP").isNull();
        }
    }

    @Test
    void httpsAnswersCarryHsts() throws Exception {
        assertThat(page("/orders", true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        var api = mvc.perform(get("/api/v1/courts").secure(true).with(httpBasic("officer.northshire", "demo")))
                .andReturn().getResponse();
        assertThat(api.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    @Test
    void theApiAllowsNothingToLoadOrFrameIt() throws Exception {
        var api = mvc.perform(get("/api/v1/courts").with(httpBasic("officer.northshire", "demo")))
                .andReturn().getResponse();
        assertThat(api.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(api.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    /** Through the real server: a proxy's X-Forwarded-Proto makes the answer HTTPS, with HSTS and a Secure cookie. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("test")
    class BehindAProxy {

        @LocalServerPort
        int port;

        private HttpResponse<String> signInPage(String forwardedProto) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
            if (forwardedProto != null) {
                request.header("X-Forwarded-Proto", forwardedProto);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void theSessionCookieIsSameSiteAlwaysAndSecureWhenTheProxySaysHttps() throws Exception {
            var plain = signInPage(null);
            String plainCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(plainCookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

            var proxied = signInPage("https");
            assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains("JSESSIONID", "HttpOnly", "SameSite=Lax", "Secure");
            assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).startsWith("max-age=31536000"));
            assertThat(proxied.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'"));
        }
    }
}
