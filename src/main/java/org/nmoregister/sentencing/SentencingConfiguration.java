package org.nmoregister.sentencing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the guideline file once at start-up. nmo.sentencing.guideline names it (classpath: or file:); by default the
 * Sentencing Council's 2018 guideline shipped with the register. A missing or invalid file stops the start-up with
 * every problem named.
 */
@Configuration(proxyBeanMethods = false)
class SentencingConfiguration {

    static final String DEFAULT_GUIDELINE = "classpath:reference/sentencing/breach-of-protective-order-2018.json";

    @Bean
    SentencingGuide sentencingGuide(ResourceLoader resources,
                                    @Value("${nmo.sentencing.guideline:" + DEFAULT_GUIDELINE + "}") String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new InvalidGuidelineException(location, java.util.List.of(
                    "there is no such file (nmo.sentencing.guideline)"));
        }
        return SentencingGuide.read(resource::getInputStream, location);
    }
}
