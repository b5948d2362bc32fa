package com.billaudit.server.config;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** CORS_ORIGINS: comma-separated origins ({@code https://app.example.org:8443}) or {@code *}. */
final class CorsOrigins {
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(?::\\d{1,5})?|\\*");

    private CorsOrigins() {
    }

    static List<String> parse(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> origins = Arrays.stream(raw.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new ConfigException("CORS_ORIGINS", raw,
                        "comma-separated origins like https://app.example.org (scheme, host, optional port; no path), or *");
            }
        }
        return origins;
    }
}
