package org.nmoregister.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query parameter or form field holding a NUL character, naming it, before any controller sees it:
 * PostgreSQL cannot store or even compare text with one, so it could only fail later, as a 500 or in another user's
 * batch. Raised inside the dispatcher, so the API answers problem+json and a page a readable message.
 */
@Configuration(proxyBeanMethods = false)
public class RequestParameterCheck implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page for a request that failed: reading its parameters again would fail again (an upload
            // over the size limit), and they were checked, or never reached, on the way in
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf('\u0000') >= 0) {
                throw new InvalidRequestException(name.replace('\u0000', '?'),
                        "a parameter name contains a NUL character (\\u0000)");
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new InvalidRequestException(name, "contains a NUL character (\\u0000), which text cannot hold");
                }
            }
        }
        return true;
    }
}
