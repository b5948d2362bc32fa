package com.billaudit.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {

    @Test
    void noKeyAndNoBaseUrlMeansRulesModeOnOpenAisEndpoint() {
        var settings = endpoint(null, null);
        assertFalse(settings.enabled());
        assertEquals(LlmSettings.DEFAULT_BASE_URL, settings.baseUrl());
    }

    @Test
    void aBaseUrlAloneEnablesAKeylessCompatibleEndpoint() {
        var settings = endpoint("http://localhost:8080/v1", null);
        assertTrue(settings.enabled());
        assertEquals("http://localhost:8080/v1", settings.baseUrl());
        assertEquals(0.0, settings.temperature());
    }

    @Test
    void aKeyIsSentAsGiven() {
        assertEquals("sk-test", endpoint(null, "sk-test").apiKey());
        assertEquals("sk-test", endpoint("http://localhost:8080/v1", "sk-test").apiKey());
    }

    private static LlmSettings endpoint(String baseUrl, String apiKey) {
        return LlmSettings.endpoint(baseUrl, apiKey, "gpt-4o-mini", Duration.ofSeconds(30), 2, 60, OutputFormat.AUTO,
                Reasoning.AUTO, true, LlmSettings.DEFAULT_CACHE_TTL, true);
    }
}
