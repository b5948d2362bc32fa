package com.billaudit.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browser-facing headers: nosniff everywhere, API answers never cached, pages under a CSP, CORS as configured. */
class SecurityHeadersTest {
    private static final String ALLOWED = "https://claims.example.org";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(List.of(ALLOWED));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void apiAnswersAndProblemsAreNotSniffedNorStored() throws Exception {
        for (HttpResponse<String> response : List.of(server.get("/health", null), server.get("/v1/schemes", null))) {
            assertEquals("nosniff", header(response, "X-Content-Type-Options"));
            assertEquals("no-store", header(response, "Cache-Control"));
        }
    }

    @Test
    void theDashboardPageRunsUnderAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.get("/", null);

        assertEquals(200, page.statusCode());
        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("'unsafe-eval'"), policy);
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("no-cache", header(page, "Cache-Control"));
    }

    @Test
    void aConfiguredOriginGetsItsPreflightAndCanReadAnswersEvenErrors() throws Exception {
        HttpResponse<String> preflight = server.send(server.request("/v1/analyses")
                .header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, preflight.statusCode());
        assertEquals(ALLOWED, header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").contains("Authorization"));

        HttpResponse<String> unauthorized = server.send(server.request("/v1/schemes").header("Origin", ALLOWED).GET().build());
        assertEquals(401, unauthorized.statusCode());
        assertEquals(ALLOWED, header(unauthorized, "Access-Control-Allow-Origin"));
        assertTrue(header(unauthorized, "Access-Control-Expose-Headers").contains("X-Request-ID"));
    }

    @Test
    void anyOtherOriginIsNotLetIn() throws Exception {
        HttpResponse<String> preflight = server.send(server.request("/v1/analyses")
                .header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> read = server.send(server.request("/health").header("Origin", "https://evil.example.com").GET().build());

        assertTrue(preflight.statusCode() >= 400, "status " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
