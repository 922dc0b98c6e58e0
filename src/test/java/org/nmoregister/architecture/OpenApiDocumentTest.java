package org.nmoregister.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description that court feeds and partner tools generate their clients from is public, valid OpenAPI 3 and
 * describes every /api/v1 endpoint we map.
 */
@IntegrationTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void theDocumentIsPublicValidAndCoversTheApi() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");

        var documented = new TreeSet<String>(result.getOpenAPI().getPaths() == null
                ? Set.of() : result.getOpenAPI().getPaths().keySet());
        assertThat(documented).allMatch(path -> path.startsWith("/api/"), "only API paths are documented");

        var mapped = new TreeSet<String>();
        EndpointAuthorisationTest.ourHandlers(handlerMapping).keySet().forEach(mapping ->
                mapping.getPatternValues().stream().filter(path -> path.startsWith("/api/v1")).forEach(mapped::add));
        assertThat(documented).as("documented paths").containsAll(mapped);
    }
}
