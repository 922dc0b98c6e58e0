package org.nmoregister.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains. The API ({@code /api/**}) is stateless: HTTP Basic for local accounts (so {@code curl -u} works) and
 * JWT bearer tokens when an issuer is configured; it never reads the browser session, so it needs no CSRF token.
 * The pages use a form or OIDC login with a session and CSRF protection. Authorisation of each endpoint is declared
 * on its handler with {@code @PreAuthorize}; a test walks every mapping to make sure none is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Endpoints anyone may reach; every other mapping needs an explicit rule on its handler. */
    static final String[] PUBLIC_PAGES = {
        "/login", "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        "/actuator/health", "/actuator/health/**", "/draft-check"
    };

    /**
     * Pages: scripts, styles, fonts and images from this site only (no inline script, style or handler: the
     * templates keep theirs in /js and /css), nothing may frame a page, forms post only here.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The API answers data, never a document to render: nothing at all may load from or frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** No page needs the camera, microphone, location, payment or USB; an injected script cannot ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one authentication provider for local accounts (form sign-in and HTTP Basic), behind the sign-in
     * throttle. Bearer tokens are checked by the resource server's own provider.
     */
    @Bean
    AuthenticationProvider localAccounts(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    /**
     * Headers for every response: the policy, no referrer (page addresses carry a reason or a searched name),
     * no framing, no sniffing, and HSTS when the request came over HTTPS, directly or through a proxy that said so
     * in X-Forwarded-Proto (server.forward-headers-strategy: native trusts it from internal proxies only).
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> headers(String policy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** Sign-in refused: a locked account or address is told so (in words that fit both), anything else as before. */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        response.sendRedirect(request.getContextPath()
                + (e instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    /** HTTP Basic refused: 429 with Retry-After when locked, else 401; problem+json either way. */
    static void basicRefused(HttpServletResponse response, AuthenticationException e) throws java.io.IOException {
        if (e instanceof ThrottledAuthenticationProvider.SignInLockedException locked) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), locked.until()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, ThrottledAuthenticationProvider.LOCKED);
            return;
        }
        problem(response, HttpStatus.UNAUTHORIZED, "Authentication is required: HTTP Basic with a local account, "
                + "or a bearer token from the force's identity provider.");
    }

    /**
     * Spring Security's default firewall, with its header rule checked in one pass rather than by a regular
     * expression (same rule: see {@link HeaderValues}).
     */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer firewall() {
        var firewall = new org.springframework.security.web.firewall.StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderValues::allowed);
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return web -> web.httpFirewall(firewall);
    }

    /**
     * No tracing spans around each security filter, authentication and authorisation: they cost an eighth of a
     * lookup's CPU and repeat what the per-request HTTP metrics already show. Refusals are still logged and counted.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
                                 @Value("${nmo.security.roles-claim:roles}") String rolesClaim,
                                 java.time.Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/terms/check").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> basicRefused(response, e)))
                .headers(headers(API_POLICY))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Authentication is required."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "Your role does not allow this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
        if (jwtDecoder.getIfAvailable() != null) {
            var converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> rolesAsAuthorities(jwt.getClaim(rolesClaim)));
            var decoder = new CachingJwtDecoder(jwtDecoder.getObject(), clock);
            http.oauth2ResourceServer(rs -> rs.bearerTokenResolver(new BearerHeaderResolver())
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                                  @Value("${nmo.security.roles-claim:roles}") String rolesClaim) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(UnsentForms.resumingUnsentForms())
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(UnsentForms.keepingUnsentForms()))
                .headers(headers(PAGE_POLICY))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        if (oidcClients.getIfAvailable() != null) {
            // Roles come from the identity provider's roles claim, as for bearer tokens.
            http.oauth2Login(oidc -> oidc.loginPage("/login").userInfoEndpoint(info -> info.userAuthoritiesMapper(
                    authorities -> oidcRoles(authorities, rolesClaim))));
        }
        return http.build();
    }

    static Collection<GrantedAuthority> oidcRoles(Collection<? extends GrantedAuthority> granted, String rolesClaim) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (GrantedAuthority authority : granted) {
            if (authority instanceof org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority oidc) {
                authorities.addAll(rolesAsAuthorities(oidc.getIdToken().getClaim(rolesClaim)));
                if (oidc.getUserInfo() != null) {
                    authorities.addAll(rolesAsAuthorities(oidc.getUserInfo().getClaim(rolesClaim)));
                }
            }
        }
        return authorities.stream().distinct().toList();
    }

    static Collection<GrantedAuthority> rolesAsAuthorities(Object claim) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (claim instanceof Collection<?> roles) {
            for (Object role : roles) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toString().toUpperCase()));
            }
        }
        return authorities;
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
