package org.nmoregister.risk.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The active DASH question set, loaded and validated at start-up from {@code nmo.risk.dash.question-set}
 * ({@code classpath:} or {@code file:}); the application does not start with a set that fails validation.
 */
@Configuration
class RiskConfiguration {

    static final String DEFAULT_SET = "classpath:reference/dash/safelives-dash-2009.json";
    private static final Logger log = LoggerFactory.getLogger(RiskConfiguration.class);

    @Bean
    DashQuestionSet dashQuestionSet(@Value("${nmo.risk.dash.question-set:" + DEFAULT_SET + "}") String location,
                                    ResourceLoader resources, JsonMapper json) {
        DashQuestionSet set = new DashQuestionSetLoader(json).load(resources.getResource(location));
        log.info("DASH question set {} from {}: {} questions, HIGH at {} 'yes', MEDIUM at {}", set.label(), location,
                set.questions().size(), set.thresholds().high(), set.thresholds().medium());
        return set;
    }
}
