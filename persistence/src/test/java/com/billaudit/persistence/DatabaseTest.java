package com.billaudit.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @Test
    void migratesIntoTheSchemaNamedByTheUrl() {
        try (FreshSchema schema = FreshSchema.create()) {
            long tables = schema.database().jdbi().withHandle(h -> h.createQuery("""
                            SELECT count(*) FROM information_schema.tables
                            WHERE table_schema = :schema AND table_name IN ('analyses', 'documents', 'schemes',
                                  'tariff_rows', 'api_keys', 'flyway_schema_history')""")
                    .bind("schema", schema.name()).mapTo(Long.class).one());
            assertEquals(6, tables);
            assertTrue(schema.database().pingMillis() >= 0);
        }
    }

    @Test
    void everyMigrationIsAppliedOnceAndOpeningAgainChangesNothing() throws Exception {
        try (FreshSchema schema = FreshSchema.create()) {
            List<String> applied = history(schema.database());
            assertEquals(migrationFiles(), applied.stream().map(row -> row.split("\\|")[0]).toList());
            try (Database again = Database.open(FreshSchema.settings(schema.name()))) {
                assertEquals(applied, history(again), "versions, checksums and install times unchanged");
            }
        }
    }

    /** Version, checksum and install time of every successful migration, in order. */
    private static List<String> history(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT version || '|' || checksum || '|' || installed_on FROM flyway_schema_history"
                                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    /** The versions of the migration files this module ships (V1__x.sql gives "1"), in version order. */
    private static List<String> migrationFiles() throws Exception {
        Path folder = Path.of(DatabaseTest.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    @Test
    void readsTheCurrentSchemaOfAJdbcUrl() {
        assertEquals("e2e_1", JdbcUrls.currentSchema("jdbc:postgresql://h:5432/test?user=postgres&currentSchema=e2e_1"));
        assertEquals("a", JdbcUrls.currentSchema("jdbc:postgresql://h/test?currentschema=a%2Cpublic"));
        assertNull(JdbcUrls.currentSchema("jdbc:postgresql://h:5432/test?user=postgres"));
        assertNull(JdbcUrls.currentSchema("jdbc:postgresql://h:5432/test"));
    }
}
