package org.nmoregister.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nmoregister.NmoRegisterApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: a module reaches another only through the types at that module's package root (its API) or
 * by events, and no two modules depend on each other in a cycle. Also writes the module diagrams to
 * target/spring-modulith-docs; docs/modules/ keeps a copy of the overview.
 */
class ModularityTest {

    static final ApplicationModules modules = ApplicationModules.of(NmoRegisterApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesTheArchitectureNamesAreThere() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "security", "audit", "orders");
    }

    /**
     * The PlantUML diagrams only: Documenter.writeDocumentation() also writes module canvases, which read the
     * Javadoc that spring-modulith-apt extracts, and Modulith 2.1.1 parses that with Spring Boot's BasicJsonParser,
     * which fails on a Javadoc comment containing double quotes.
     */
    @Test
    void writesTheModuleDiagrams() throws Exception {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path overview = Path.of("target/spring-modulith-docs/components.puml");
        assertThat(overview).isRegularFile();
        assertThat(Files.readString(overview)).contains("Orders", "Security", "Audit");
    }
}
