package com.billaudit.server.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceSettingsTest {

    @Test
    void byDefaultBundledSchemesAreSeededAndRulebooksCachedForSixHours() {
        ReferenceSettings reference = AppConfig.from(Map.of()).reference();

        assertTrue(reference.seedBundled());
        assertEquals(Duration.ofHours(6), reference.cacheTtl());
    }

    @Test
    void theTtlReadsAsSecondsOrWithAUnit() {
        assertEquals(Duration.ofSeconds(90), ttl("90"));
        assertEquals(Duration.ofMinutes(30), ttl("30m"));
        assertEquals(Duration.ofHours(2), ttl("2h"));
        assertEquals(Duration.ofDays(1), ttl("1d"));
        assertFalse(AppConfig.from(Map.of("REFERENCE_SEED", "false")).reference().seedBundled());
    }

    @Test
    void badValuesNameTheVariable() {
        assertTrue(assertThrows(ConfigException.class, () -> ttl("soon")).getMessage().contains("REFERENCE_CACHE_TTL"));
        assertTrue(assertThrows(ConfigException.class, () -> ttl("0")).getMessage().contains("REFERENCE_CACHE_TTL"));
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("REFERENCE_SEED", "maybe")))
                .getMessage().contains("REFERENCE_SEED"));
    }

    private static Duration ttl(String value) {
        return AppConfig.from(Map.of("REFERENCE_CACHE_TTL", value)).reference().cacheTtl();
    }
}
