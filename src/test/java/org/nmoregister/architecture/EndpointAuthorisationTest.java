package org.nmoregister.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of ours declares who may call it. The security filter chains only separate signed-in from anonymous
 * users; the role rules live on the handlers, so a handler without one would be open to every signed-in user of
 * every role.
 */
@IntegrationTest
class EndpointAuthorisationTest {

    private static final List<Class<? extends Annotation>> AUTHORISATION =
            List.of(PreAuthorize.class, PostAuthorize.class, Secured.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    MockMvc mvc;

    @Test
    void everyHandlerOfOursHasAnAuthorisationRule() {
        Map<RequestMappingInfo, HandlerMethod> ours = ourHandlers(handlerMapping);
        // The walk must see our handlers at all, or it would pass by finding nothing.
        assertThat(ours.values()).extracting(handler -> handler.getBeanType().getSimpleName())
                .contains("SignInController");

        var unguarded = new TreeSet<String>();
        ours.forEach((mapping, handler) -> {
            if (!hasAuthorisationRule(handler.getBeanType(), handler.getMethod())) {
                unguarded.add(handler.getBeanType().getName() + "#" + handler.getMethod().getName() + " " + mapping);
            }
        });
        assertThat(unguarded)
                .as("handlers with no @PreAuthorize, @PostAuthorize or @Secured on the method or its class")
                .isEmpty();
    }

    @Test
    void theRuleCheckSeesMethodAndClassAnnotationsAndTheirAbsence() throws Exception {
        assertThat(hasAuthorisationRule(Unguarded.class, Unguarded.class.getDeclaredMethod("open"))).isFalse();
        assertThat(hasAuthorisationRule(Unguarded.class, Unguarded.class.getDeclaredMethod("guarded"))).isTrue();
        assertThat(hasAuthorisationRule(GuardedClass.class, GuardedClass.class.getDeclaredMethod("page"))).isTrue();
    }

    @Test
    void everyFixedApiGetAnswers401ProblemJsonWithoutCredentials() throws Exception {
        var paths = new TreeSet<String>();
        // A path nobody mapped is still behind authentication, never a 404 that tells a stranger what exists.
        paths.add("/api/v1/no-such-resource");
        ourHandlers(handlerMapping).keySet().stream()
                .filter(mapping -> mapping.getMethodsCondition().getMethods().isEmpty()
                        || mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/v1") && !path.contains("{") && !path.contains("*"))
                .forEach(paths::add);

        for (String path : paths) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    /** The request mappings of our own controllers, leaving out Spring's and springdoc's. */
    static Map<RequestMappingInfo, HandlerMethod> ourHandlers(RequestMappingHandlerMapping handlerMapping) {
        var ours = new LinkedHashMap<RequestMappingInfo, HandlerMethod>();
        handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.nmoregister")) {
                ours.put(mapping, handler);
            }
        });
        return ours;
    }

    static boolean hasAuthorisationRule(Class<?> beanType, Method method) {
        return Stream.<AnnotatedElement>of(method, beanType).anyMatch(element ->
                AUTHORISATION.stream().anyMatch(annotation -> AnnotatedElementUtils.hasAnnotation(element, annotation)));
    }

    /** Fixtures for the rule check; not beans (no @Controller), so the application never maps them. */
    static class Unguarded {
        @GetMapping("/open")
        String open() {
            return "open";
        }

        @GetMapping("/guarded")
        @PreAuthorize("hasRole('ADMIN')")
        String guarded() {
            return "guarded";
        }
    }

    @Secured("ROLE_ADMIN")
    static class GuardedClass {
        @GetMapping("/page")
        String page() {
            return "page";
        }
    }
}
