package com.billaudit.server.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowserAndLogSettingsTest {
    @Test
    void corsOriginsAreAListOfOriginsOrAnyAndNoneByDefault() {
        assertEquals(List.of(), AppConfig.from(Map.of()).http().corsOrigins());
        assertEquals(List.of("https://a.example.org", "http://localhost:5173"),
                AppConfig.from(Map.of("CORS_ORIGINS", " https://a.example.org, http://localhost:5173 ")).http().corsOrigins());
        assertEquals(List.of("*"), AppConfig.from(Map.of("CORS_ORIGINS", "*")).http().corsOrigins());
    }

    @Test
    void anOriginWithAPathIsRefusedNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.from(Map.of("CORS_ORIGINS", "https://a.example.org/app")));
        assertTrue(e.getMessage().contains("CORS_ORIGINS"), e.getMessage());
    }

    @Test
    void logFormatIsTextOrJson() {
        assertEquals("text", AppConfig.from(Map.of()).logFormat());
        assertEquals("json", AppConfig.from(Map.of("LOG_FORMAT", "JSON")).logFormat());
        assertThrows(ConfigException.class, () -> AppConfig.from(Map.of("LOG_FORMAT", "xml")));
    }

    @Test
    void theMasterKeyHasAGenerousBudgetOfItsOwnAndOpenModeNone() {
        assertEquals(30_000, AppConfig.from(Map.of("MASTER_API_KEY", "k")).http().masterBudget());
        assertEquals(120, AppConfig.from(Map.of("MASTER_API_KEY", "k", "MASTER_API_KEY_REQUESTS_PER_MINUTE", "120"))
                .http().masterBudget());
        assertEquals(0, AppConfig.from(Map.of("MASTER_API_KEY_REQUESTS_PER_MINUTE", "120")).http().masterBudget(),
                "open mode has no key to count");
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.from(Map.of("MASTER_API_KEY_REQUESTS_PER_MINUTE", "-1")));
        assertTrue(e.getMessage().contains("MASTER_API_KEY_REQUESTS_PER_MINUTE"), e.getMessage());
    }
}
