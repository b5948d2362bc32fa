package com.billaudit.server.config;

import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.OutputFormat;
import com.billaudit.llm.Reasoning;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppConfigTest {

    @Test
    void emptyEnvironmentGivesDocumentedDefaults() {
        AppConfig config = AppConfig.from(Map.of());

        assertEquals(8080, config.http().port());
        assertEquals(20L * 1024 * 1024, config.http().maxUploadBytes());
        assertEquals("CGHS", config.http().defaultScheme());
        assertNull(config.database());
        assertEquals(Duration.ofSeconds(30), config.shutdownGrace());
        assertEquals("0.10", config.pipeline().audit().defaultTolerance().toPlainString());
        assertEquals("INFO", config.logLevel());
    }

    @Test
    void withoutMasterKeyTheServerBindsLoopbackWhateverHostSays() {
        AppConfig config = AppConfig.from(Map.of("HOST", "0.0.0.0"));

        assertTrue(config.http().open());
        assertEquals("127.0.0.1", config.http().host());
    }

    @Test
    void withMasterKeyTheServerBindsAllInterfacesAndHidesTheKey() {
        AppConfig config = AppConfig.from(Map.of("MASTER_API_KEY", "s3cret-value"));

        assertFalse(config.http().open());
        assertEquals("0.0.0.0", config.http().host());
        assertFalse(config.http().toString().contains("s3cret-value"));
    }

    @Test
    void invalidValuesNameTheVariable() {
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("PORT", "eighty")))
                .getMessage().contains("PORT"));
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("WORKERS", "-1")))
                .getMessage().contains("WORKERS"));
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("MATCH_THRESHOLD", "1.5")))
                .getMessage().contains("MATCH_THRESHOLD"));
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("LOG_LEVEL", "LOUD")))
                .getMessage().contains("LOG_LEVEL"));
        assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("LLM_TIMEOUT_SECONDS", "soon")))
                .getMessage().contains("LLM_TIMEOUT_SECONDS"));
    }

    @Test
    void anAcceptOnlyProcessHasNoWorkersAndAnLlmNeedsOnlyAnEndpoint() {
        AppConfig config = AppConfig.from(Map.of("WORKERS", "0", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1"));

        assertEquals(0, config.workers().workers());
        assertTrue(config.llm().enabled());
        assertFalse(AppConfig.from(Map.of()).llm().enabled(), "rules mode is the default");
    }

    @Test
    void theLlmVariablesAreReadHere() {
        LlmSettings llm = AppConfig.from(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1",
                "LLM_TIMEOUT_SECONDS", "7", "LLM_CALLS_PER_MINUTE", "5", "LLM_RESPONSE_FORMAT", "json_object",
                "LLM_REASONING", "true", "LLM_REDACT", "false", "LLM_VISION", "off", "LLM_CACHE_TTL", "6h")).llm();
        assertEquals("http://localhost:11434/v1", llm.baseUrl());
        assertEquals(Duration.ofSeconds(7), llm.timeout());
        assertEquals(5, llm.callsPerMinute());
        assertEquals(OutputFormat.JSON_OBJECT, llm.outputFormat());
        assertEquals(Reasoning.YES, llm.reasoning());
        assertFalse(llm.redact());
        assertFalse(llm.vision());
        assertEquals(Duration.ofHours(6), llm.cacheTtl());
        LlmSettings defaults = AppConfig.from(Map.of()).llm();
        assertEquals(OutputFormat.AUTO, defaults.outputFormat());
        assertTrue(defaults.redact());
        assertTrue(defaults.vision());
        assertEquals(LlmSettings.DEFAULT_CACHE_TTL, defaults.cacheTtl());
    }

    @Test
    void aBadLlmValueNamesItsVariable() {
        for (var bad : Map.of("LLM_MAX_RETRIES", "many", "LLM_RESPONSE_FORMAT", "xml", "LLM_REDACT", "maybe",
                "LLM_CACHE_TTL", "forever").entrySet()) {
            assertTrue(assertThrows(ConfigException.class, () -> AppConfig.from(Map.of(bad.getKey(), bad.getValue())))
                    .getMessage().contains(bad.getKey()));
        }
    }

    @Test
    void postgresUrlBecomesJdbcWithCredentials() {
        AppConfig config = AppConfig.from(Map.of("DATABASE_URL", "postgres://audit:p%40ss@db.internal:6432/bills",
                "DATABASE_POOL_SIZE", "4"));

        assertEquals("jdbc:postgresql://db.internal:6432/bills", config.database().jdbcUrl());
        assertEquals("audit", config.database().user());
        assertEquals("p@ss", config.database().password());
        assertEquals(4, config.database().maxPoolSize());
    }

    @Test
    void jdbcUrlIsKeptAndOtherSchemesAreRejectedWithoutLeakingThePassword() {
        assertEquals("jdbc:postgresql://localhost/test",
                AppConfig.from(Map.of("DATABASE_URL", "jdbc:postgresql://localhost/test")).database().jdbcUrl());
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.from(Map.of("DATABASE_URL", "mysql://root:hunter2@host/db")));
        assertTrue(e.getMessage().contains("DATABASE_URL"));
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
