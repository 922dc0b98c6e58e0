package org.nmoregister.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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
        assertThat(Files.readString(overview)).contains("Orders", "Security", "Audit", "Risk", "Sentencing");
    }

    /**
     * docs/modules/ is the diagram of the code as it is: every module's diagram there is the one the code draws. When
     * a module or a dependency changes, rerun this class with {@code -Dnmo.docs.write=true} to copy the new ones.
     */
    @Test
    void theDocumentedDiagramsAreCurrent() throws Exception {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path generated = Path.of("target/spring-modulith-docs");
        Path documented = Path.of("docs/modules");
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(generated)) {
            diagrams = files.filter(f -> f.getFileName().toString().endsWith(".puml")).sorted().toList();
        }
        if (Boolean.getBoolean("nmo.docs.write")) {
            try (Stream<Path> old = Files.list(documented)) {
                for (Path f : old.filter(f -> f.getFileName().toString().endsWith(".puml")).toList()) {
                    Files.delete(f);
                }
            }
            for (Path diagram : diagrams) {
                Files.copy(diagram, documented.resolve(diagram.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // Modulith writes the same components and relations in an order that varies from run to run.
        for (Path diagram : diagrams) {
            Path copy = documented.resolve(diagram.getFileName());
            assertThat(copy).as(copy + " (rerun with -Dnmo.docs.write=true to regenerate)").isRegularFile();
            assertThat(Files.readAllLines(copy)).as(copy + " is not the diagram the code draws "
                    + "(rerun with -Dnmo.docs.write=true to regenerate)")
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(diagram));
        }
    }
}
