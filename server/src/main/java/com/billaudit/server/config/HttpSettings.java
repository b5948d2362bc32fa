package com.billaudit.server.config;

import java.util.List;

/**
 * How the HTTP side listens and what it accepts.
 *
 * @param masterApiKey   the administrator key, or null when the server runs open (loopback only)
 * @param maxUploadBytes          largest accepted upload body
 * @param defaultScheme           scheme used when an upload names none
 * @param corsOrigins             origins whose pages may call the API from a browser ({@code *}: any); empty: none
 * @param requestsPerMinute       request budget of a key that has none of its own (0: unlimited)
 * @param masterRequestsPerMinute request budget of the master key (0: unlimited)
 * @param maxConcurrentUploads    uploads read, checked and stored at once (each spooled to a temporary file, then held in memory while checked and stored)
 */
public record HttpSettings(String host, int port, String masterApiKey, long maxUploadBytes, String defaultScheme,
                           List<String> corsOrigins, int requestsPerMinute, int masterRequestsPerMinute,
                           int maxConcurrentUploads) {
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    /**
     * 500 a second: ten times what import scripts, the acceptance scorers and scripts/bench send at
     * their busiest, so only a runaway client (or a leaked master key in a loop) ever meets it.
     */
    public static final int DEFAULT_MASTER_REQUESTS_PER_MINUTE = 30_000;
    public static final int DEFAULT_CONCURRENT_UPLOADS = 8;

    public HttpSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Settings that let no other origin in, with the default request budget and upload concurrency. */
    public HttpSettings(String host, int port, String masterApiKey, long maxUploadBytes, String defaultScheme) {
        this(host, port, masterApiKey, maxUploadBytes, defaultScheme, List.of());
    }

    /** Settings with the default request budget and upload concurrency. */
    public HttpSettings(String host, int port, String masterApiKey, long maxUploadBytes, String defaultScheme,
                        List<String> corsOrigins) {
        this(host, port, masterApiKey, maxUploadBytes, defaultScheme, corsOrigins, DEFAULT_REQUESTS_PER_MINUTE,
                DEFAULT_MASTER_REQUESTS_PER_MINUTE, DEFAULT_CONCURRENT_UPLOADS);
    }

    public boolean open() {
        return masterApiKey == null;
    }

    /** The master key's budget; open mode (loopback, no key at all) has none. */
    public int masterBudget() {
        return open() ? 0 : masterRequestsPerMinute;
    }

    @Override
    public String toString() {
        // never print the secret
        return "HttpSettings[host=" + host + ", port=" + port + ", open=" + open()
                + ", maxUploadBytes=" + maxUploadBytes + ", defaultScheme=" + defaultScheme + ", corsOrigins=" + corsOrigins
                + ", requestsPerMinute=" + requestsPerMinute + ", masterRequestsPerMinute=" + masterRequestsPerMinute
                + ", maxConcurrentUploads=" + maxConcurrentUploads + "]";
    }
}
