package com.billaudit.persistence;

import org.junit.jupiter.api.Test;

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
    void openingAMigratedSchemaAgainChangesNothing() {
        try (FreshSchema schema = FreshSchema.create();
             Database again = Database.open(FreshSchema.settings(schema.name()))) {
            int migrations = again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
            assertTrue(migrations >= 1);
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
