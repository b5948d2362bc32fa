package com.billaudit.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /openapi.json is true to the route table both ways, and its readable page loads. */
class OpenApiRoutesTest {
    /** Static files of the pages: served, but not API operations. */
    private static final Set<String> STATIC_FILES = Set.of("GET /ui/{file}", "GET /webjars/swagger-ui/{file}");
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void everyRouteOfTheRouteTableIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        Set<String> served = new TreeSet<>(RouteTable.of(server.components));
        served.removeAll(STATIC_FILES);

        Set<String> documented = documentedOperations(server.json(server.get("/openapi.json", null)));

        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(served);
        assertEquals(Set.of(), undocumented, "routes the server serves that openapi.json does not document");
        assertEquals(Set.of(), missing, "operations openapi.json documents that the server does not serve");
        assertTrue(served.contains("POST /v1/analyses") && served.contains("GET /health"), served.toString());
    }

    @Test
    void theDocumentIsServedAsItIsInTheJarWithoutAKey() throws Exception {
        HttpResponse<String> response = server.get("/openapi.json", null);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("web/openapi.json")) {
            assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), response.body());
        }
        assertEquals("3.1.0", server.json(response).get("openapi").asText());
    }

    @Test
    void theReadablePageLoadsSwaggerUiFromTheWebJarUnderAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.get("/docs", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        for (String script : new String[] {"/webjars/swagger-ui/swagger-ui-bundle.js", "/ui/docs.js"}) {
            assertTrue(page.body().contains("src=\"" + script + "\""), script);
            HttpResponse<String> file = server.get(script, null);
            assertEquals(200, file.statusCode(), script);
            assertTrue(file.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"), script);
        }
        assertEquals(200, server.get("/webjars/swagger-ui/swagger-ui.css", null).statusCode());
    }

    @Test
    void fileNamesCannotLeaveTheirFolder() throws Exception {
        for (String path : new String[] {"/ui/..%2Fopenapi.json", "/ui/%2e%2e", "/ui/no-such.js", "/ui/Main.class"}) {
            assertEquals(404, server.get(path, null).statusCode(), path);
        }
    }

    private static Set<String> documentedOperations(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(verb -> {
                if (VERBS.contains(verb)) {
                    operations.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }
}
