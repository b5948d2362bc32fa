package com.billaudit.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real service shared by the tests of one class, on a fresh database, with a master key of
 * its own: started before the class's {@code @BeforeAll} methods and closed after its last test.
 * Declare it as a static {@code @RegisterExtension} field.
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {
    private final String master = "master-" + UUID.randomUUID();
    private final Map<String, String> env;
    private TestServer server;
    private Api admin;

    /** @param env variables besides MASTER_API_KEY, e.g. {@code WORKERS} */
    SharedServer(Map<String, String> env) {
        this.env = env;
    }

    SharedServer() {
        this(Map.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, String> all = new HashMap<>(env);
        all.put("MASTER_API_KEY", master);
        server = TestServer.start(all);
        admin = new Api(server.baseUrl(), master);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** A client holding the master key. */
    Api admin() {
        return admin;
    }

    String master() {
        return master;
    }

    String baseUrl() {
        return server.baseUrl();
    }
}
