package com.billaudit.server.config;

import java.time.Duration;

/**
 * Reference data settings.
 *
 * @param seedBundled whether start-up loads the bundled schemes that do not exist yet
 * @param cacheTtl    how long a loaded rulebook stays in Redis and in the process
 */
public record ReferenceSettings(boolean seedBundled, Duration cacheTtl) {
}
