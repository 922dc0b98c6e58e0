package org.nmoregister.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the GOV.UK Frontend images where its stylesheet expects them. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // The GDS Transport typeface is licensed for GOV.UK domains only, so its fonts are not served;
        // css/nmo.css falls back to the system sans-serif.
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.13.0/dist/govuk/assets/images/");
    }
}
