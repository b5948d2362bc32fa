package com.billaudit.server.config;

import com.billaudit.persistence.DatabaseSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Turns DATABASE_URL ({@code jdbc:postgresql:…} or {@code postgres://user:pass@host:port/db}) into settings. */
final class DatabaseUrl {
    private static final String VARIABLE = "DATABASE_URL";

    private DatabaseUrl() {
    }

    static DatabaseSettings parse(String url, int poolSize) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(url, null, null, poolSize);
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            return fromUri(url, poolSize);
        }
        throw new ConfigException(VARIABLE, redacted(url), "a jdbc:postgresql: or postgres:// URL");
    }

    private static DatabaseSettings fromUri(String url, int poolSize) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new ConfigException(VARIABLE, redacted(url), "postgres://user:password@host:port/database");
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query;
            String[] credentials = userInfo(uri.getRawUserInfo());
            return new DatabaseSettings(jdbc, credentials[0], credentials[1], poolSize);
        } catch (URISyntaxException e) {
            throw new ConfigException(VARIABLE, redacted(url), "a valid URL (" + e.getReason() + ")");
        }
    }

    private static String[] userInfo(String raw) {
        if (raw == null) {
            return new String[] {null, null};
        }
        int colon = raw.indexOf(':');
        String user = colon < 0 ? raw : raw.substring(0, colon);
        String password = colon < 0 ? null : raw.substring(colon + 1);
        return new String[] {decode(user), password == null ? null : decode(password)};
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** The URL without its password, safe for an error message. */
    static String redacted(String url) {
        return url.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
    }
}
