package org.nmoregister.terms.web;

import java.time.Clock;
import org.nmoregister.terms.TermsChecker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java checker and the draft checker's rate limit into the application. */
@Configuration(proxyBeanMethods = false)
class TermsWebConfiguration {

    @Bean
    TermsChecker termsChecker() {
        return new TermsChecker();
    }

    @Bean
    DraftCheckRateLimiter draftCheckRateLimiter(Clock clock,
                                                @Value("${nmo.terms.draft-check.requests-per-minute:30}") int perMinute) {
        return new DraftCheckRateLimiter(clock, perMinute);
    }
}
