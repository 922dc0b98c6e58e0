package org.nmoregister.safeguarding.internal;

import java.time.Duration;
import org.nmoregister.safeguarding.rules.ExpiryRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The force's expiry-planning times: how long before an order's end planning starts, and when its decision is due. */
@Configuration
class ExpiryConfiguration {

    @Bean
    ExpiryRule expiryRule(@Value("${nmo.safeguarding.expiry.lead:P28D}") Duration lead,
                          @Value("${nmo.safeguarding.expiry.decision-margin:P7D}") Duration decisionMargin) {
        return new ExpiryRule(lead, decisionMargin);
    }
}
