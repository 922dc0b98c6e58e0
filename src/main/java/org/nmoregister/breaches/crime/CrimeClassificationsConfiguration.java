package org.nmoregister.breaches.crime;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the crime classifications once at start-up; a missing or invalid file stops the start-up. */
@Configuration(proxyBeanMethods = false)
class CrimeClassificationsConfiguration {

    static final String DEFAULT_FILE = "classpath:reference/crime/classifications.json";

    @Bean
    CrimeClassifications crimeClassifications(
            ResourceLoader resources,
            @Value("${nmo.breaches.crime-classifications:" + DEFAULT_FILE + "}") String location,
            @Value("${nmo.breaches.crime-recording-target:PT24H}") Duration recordingTarget) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new InvalidClassificationsException(location, List.of(
                    "there is no such file (nmo.breaches.crime-classifications)"), null);
        }
        return CrimeClassifications.read(resource::getInputStream, location, recordingTarget);
    }
}
