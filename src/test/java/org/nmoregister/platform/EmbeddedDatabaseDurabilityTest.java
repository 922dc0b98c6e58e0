package org.nmoregister.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL that keeps the register's data under ./data is started as durable as a server, whatever
 * the library's test defaults are; only the tests' throwaway one may trade that for speed, and only because it is
 * wiped at every start. Each case starts the database the application's way, from its own configuration files.
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path data;

    /** The configuration files (application.yml and the profiles' files) and the embedded database, nothing else. */
    private ApplicationContextRunner application(String... properties) {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                // The embedded database is what is under test, whatever server the environment names.
                .withPropertyValues("spring.datasource.url=")
                .withPropertyValues(properties);
    }

    @Test
    void theApplicationsEmbeddedDatabaseFlushesEveryCommitToDisk() {
        // As ./mvnw spring-boot:run starts it (the demo profile), with its data in a directory that is kept.
        application("spring.profiles.active=demo", "nmo.embedded-database.directory=" + data).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(show(jdbc, "fsync")).isEqualTo("on");
            assertThat(show(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(show(jdbc, "full_page_writes")).isEqualTo("on");
            assertThat(show(jdbc, "data_directory")).isEqualTo(data.toRealPath().toString());
        });
    }

    @Test
    void theTestsThrowawayDatabaseMayBeFastBecauseItIsWipedAtEveryStart() {
        application("spring.profiles.active=test").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getEnvironment().getProperty("nmo.embedded-database.clean")).isEqualTo("true");
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(show(jdbc, "fsync")).isEqualTo("off");
            assertThat(show(jdbc, "synchronous_commit")).isEqualTo("off");
        });
    }

    @Test
    void aFastDatabaseThatKeepsItsDataIsRefused() {
        application("nmo.embedded-database.directory=" + data, "nmo.embedded-database.durable=false").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("nmo.embedded-database.durable=false is only for a throwaway database");
        });
    }

    private static String show(JdbcTemplate jdbc, String setting) {
        return jdbc.queryForObject("SHOW " + setting, String.class);
    }
}
