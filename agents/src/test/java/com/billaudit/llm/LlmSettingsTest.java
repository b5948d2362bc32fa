package com.billaudit.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {

    @Test
    void noKeyAndNoBaseUrlMeansRulesMode() {
        assertFalse(LlmSettings.fromEnvironment(Map.of()).enabled());
    }

    @Test
    void aBaseUrlAloneEnablesAKeylessCompatibleEndpoint() {
        var settings = LlmSettings.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:8080/v1",
                "LLM_TIMEOUT_SECONDS", "7", "LLM_CALLS_PER_MINUTE", "5"));
        assertTrue(settings.enabled());
        assertEquals(Duration.ofSeconds(7), settings.timeout());
        assertEquals(5, settings.callsPerMinute());
        assertEquals(0.0, settings.temperature());
    }

    @Test
    void aNonNumericLimitIsRejectedWithItsName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LlmSettings.fromEnvironment(Map.of("LLM_MAX_RETRIES", "many")));
        assertTrue(e.getMessage().contains("LLM_MAX_RETRIES"));
    }

    @Test
    void compatibilityPrivacyAndCacheSettingsAreRead() {
        var settings = LlmSettings.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1",
                "LLM_RESPONSE_FORMAT", "json_object", "LLM_REASONING", "true", "LLM_REDACT", "false",
                "LLM_CACHE_TTL", "6h"));
        assertEquals(OutputFormat.JSON_OBJECT, settings.outputFormat());
        assertEquals(Reasoning.YES, settings.reasoning());
        assertFalse(settings.redact());
        assertEquals(Duration.ofHours(6), settings.cacheTtl());
        var defaults = LlmSettings.fromEnvironment(Map.of());
        assertEquals(OutputFormat.AUTO, defaults.outputFormat());
        assertTrue(defaults.redact());
        assertEquals(LlmSettings.DEFAULT_CACHE_TTL, defaults.cacheTtl());
    }

    @Test
    void anUnknownResponseFormatIsRejectedWithItsName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LlmSettings.fromEnvironment(Map.of("LLM_RESPONSE_FORMAT", "xml")));
        assertTrue(e.getMessage().contains("LLM_RESPONSE_FORMAT"));
    }
}
