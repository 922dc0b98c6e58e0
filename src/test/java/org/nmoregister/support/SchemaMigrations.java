package org.nmoregister.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A schema of a migration test's own, migrated by the register's migrations: to the last one before the migration
 * under test (whichever number that is once every branch is merged), given rows as the schema then stored them, then
 * to the end. The test drops the schema when done.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Flyway on {@code schema}, up to {@code target} (a version), or to the end when null. */
    public static Flyway flyway(DataSource dataSource, String schema, String target) {
        var config = Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .createSchemas(true).locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    /** The last migration before {@code version}. */
    public static String lastBefore(DataSource dataSource, String schema, String version) {
        return java.util.Arrays.stream(flyway(dataSource, schema, null).info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(MigrationVersion.fromVersion(version)) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
    }
}
