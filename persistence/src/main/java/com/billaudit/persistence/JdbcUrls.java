package com.billaudit.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads the parts of a PostgreSQL JDBC URL that the migrations need. */
final class JdbcUrls {
    private static final String CURRENT_SCHEMA = "currentschema=";

    private JdbcUrls() {
    }

    /** The first schema of the URL's {@code currentSchema} parameter, or null when it has none. */
    static String currentSchema(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (parameter.toLowerCase(java.util.Locale.ROOT).startsWith(CURRENT_SCHEMA)) {
                String value = URLDecoder.decode(parameter.substring(CURRENT_SCHEMA.length()), StandardCharsets.UTF_8);
                String first = value.split(",")[0].trim();
                return first.isEmpty() ? null : first;
            }
        }
        return null;
    }
}
