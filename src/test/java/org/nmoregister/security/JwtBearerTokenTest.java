package org.nmoregister.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production forces sign users in with their own identity provider; the API then takes its JWT bearer tokens, with
 * the force and roles as claims. A token signed by a key the register does not trust, or naming no known force,
 * gets nothing.
 */
@IntegrationTest
@Import(JwtBearerTokenTest.TrustedIssuer.class)
class JwtBearerTokenTest {

    static final RSAKey TRUSTED = generate("trusted");
    static final RSAKey STRANGER = generate("stranger");

    @Autowired
    MockMvc mvc;

    @Test
    void aTokenFromTheForcesIdentityProviderIsAccepted() throws Exception {
        // a case number no order has, written as courts write one: the access log shows it, and a shouted word
        // there ("NONE") would read as a code to the plain-words walk of the pages
        mvc.perform(get("/api/v1/orders").param("caseNumber", "LS26Z0000000")
                        .header("Authorization", "Bearer " + token(TRUSTED, "northshire", List.of("OFFICER"))))
                .andExpect(status().isOk());
    }

    @Test
    void rolesComeFromTheToken() throws Exception {
        mvc.perform(get("/api/v1/access-log")
                        .header("Authorization", "Bearer " + token(TRUSTED, "northshire", List.of("OFFICER"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log")
                        .header("Authorization", "Bearer " + token(TRUSTED, "northshire", List.of("SUPERVISOR"))))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        mvc.perform(get("/api/v1/orders").param("caseNumber", "X")
                        .header("Authorization", "Bearer " + token(STRANGER, "northshire", List.of("OFFICER"))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNamingNoKnownForceSeesNothing() throws Exception {
        mvc.perform(get("/api/v1/orders").param("caseNumber", "X")
                        .header("Authorization", "Bearer " + token(TRUSTED, "atlantis", List.of("OFFICER"))))
                .andExpect(status().isForbidden());
    }

    private static String token(RSAKey key, String force, List<String> roles) {
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var claims = JwtClaimsSet.builder().subject("pc.jones").issuer("https://idp.example.police.uk")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim("force", force).claim("roles", roles).claim("name", "PC Jones").build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAKey generate(String id) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(id).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class TrustedIssuer {
        @Bean
        JwtDecoder jwtDecoder() throws Exception {
            return NimbusJwtDecoder.withPublicKey(TRUSTED.toRSAPublicKey()).build();
        }
    }
}
