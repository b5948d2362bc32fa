package com.billaudit.server.config;

/**
 * How the HTTP side listens and what it accepts.
 *
 * @param masterApiKey   the administrator key, or null when the server runs open (loopback only)
 * @param maxUploadBytes       largest accepted upload body
 * @param defaultScheme        scheme used when an upload names none
 * @param maxConcurrentUploads uploads read, checked and stored at once (each may hold maxUploadBytes)
 */
public record HttpSettings(String host, int port, String masterApiKey, long maxUploadBytes, String defaultScheme,
                           int maxConcurrentUploads) {

    public boolean open() {
        return masterApiKey == null;
    }

    @Override
    public String toString() {
        // never print the secret
        return "HttpSettings[host=" + host + ", port=" + port + ", open=" + open()
                + ", maxUploadBytes=" + maxUploadBytes + ", defaultScheme=" + defaultScheme
                + ", maxConcurrentUploads=" + maxConcurrentUploads + "]";
    }
}
