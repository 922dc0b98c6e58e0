package org.nmoregister.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL engine in-process when no {@code spring.datasource.url} is configured, so that
 * {@code java -jar} on a laptop runs the same engine production runs. Its data survives restarts under
 * {@code nmo.embedded-database.directory} (default {@code ./data/postgres}).
 *
 * <p>The library starts PostgreSQL as a test database: {@code -F} (fsync off) and {@code synchronous_commit=off}.
 * Either lets a power cut or an operating-system crash lose transactions already acknowledged to a court's feed,
 * and fsync off can corrupt the whole cluster. So the database is started durable, as a server is: fsync,
 * synchronous commit and full-page writes on, given as {@code -c} options, which PostgreSQL reads after the
 * library's {@code -F}. Only a throwaway database ({@code nmo.embedded-database.clean=true}, wiped at every start,
 * as the tests' are) may be started fast with {@code nmo.embedded-database.durable=false}; asking for that on a
 * database that keeps its data is refused at start-up. See docs/durability.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${nmo.embedded-database.directory:data/postgres}") String directory,
            @Value("${nmo.embedded-database.port:0}") int port,
            @Value("${nmo.embedded-database.clean:false}") boolean clean,
            @Value("${nmo.embedded-database.durable:true}") boolean durable) {
        if (!durable && !clean) {
            throw new IllegalStateException("nmo.embedded-database.durable=false is only for a throwaway database: "
                    + "set nmo.embedded-database.clean=true as well (its data is wiped at every start), or leave "
                    + "durable on for a database that keeps its data");
        }
        try {
            Path dataDirectory = Path.of(directory).toAbsolutePath();
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    // Spring stops the database (destroyMethod) after everything that uses it has shut down;
                    // the library's own hook would stop it first and leave the event registry waiting.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                // Throwaway (the tests'): the library's speed settings, stated here rather than inherited.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({})", postgres.getPort(), dataDirectory,
                    durable ? "durable: fsync and synchronous commit on" : "throwaway: fsync off, not crash-safe");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /** True when no datasource URL is configured (missing or blank). */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
