package com.billaudit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deploy files, checked as far as a machine without a container engine can: they parse, name
 * only files that exist, variables the configuration reads, routes the server serves and series
 * /metrics exposes; promtool accepts the Prometheus files and their alerts fire when they should.
 */
class DeployFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Read by the JVM launch line or Tesseract, not by AppConfig. */
    private static final Set<String> PROCESS_VARIABLES = Set.of("OMP_THREAD_LIMIT", "JAVA_OPTS", "MALLOC_ARENA_MAX");
    private static final Pattern TABLE_VARIABLE = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);
    private static final Pattern JAVADOC_VARIABLE = Pattern.compile("<tr><td>([A-Z0-9_]+)</td>");
    private static final Pattern PROMQL_NAME = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "and", "or", "unless",
            "le", "status", "route", "method", "agent_id", "verdict", "source", "agent", "reason", "direction",
            "found_in", "instance", "job", "area", "bool", "group_left", "group_right", "offset",
            "sum", "min", "max", "avg", "count", "group", "topk", "bottomk", "quantile", "stddev", "stdvar");

    private static TestServer server;
    private static Set<String> routes;
    private static Set<String> series;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        routes = RouteTable.of(server.components);
        series = new TreeSet<>();
        server.get("/health/liveness", null); // HTTP series appear with the first request they count
        server.get("/metrics", null).body().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> series.add(l.split("[{ ]")[0]));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theReadmeConfigurationTableIsTheOneAppConfigReads() throws IOException {
        assertEquals(javadocVariables(), readmeVariables());
    }

    @Test
    void dockerfileCopiesOnlyWhatExistsRunsAsNonRootAndChecksHealthWithAToolItInstalls() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile.railway"));
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            String source = copy.group(1);
            assertTrue(Files.exists(ROOT.resolve(source)), "COPY of a missing path: " + source);
            assertFalse(ignored.contains(source), ".dockerignore hides what the Dockerfile copies: " + source);
            copies++;
        }
        assertTrue(copies >= 6);
        assertTrue(Files.readString(ROOT.resolve("server/pom.xml")).contains("<finalName>server</finalName>"),
                "the image copies server/target/server.jar");
        assertTrue(dockerfile.contains("COPY --from=build /src/server/target/server.jar /app/server.jar"));

        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(runtime);
        assertTrue(user.find() && !Set.of("root", "0").contains(user.group(1)), "runs as a non-root user");
        assertTrue(runtime.contains("useradd --system --uid " + user.group(1)), "the user exists in the image");
        assertTrue(runtime.contains("-XX:MaxRAMPercentage=50") && Files.readString(ROOT.resolve("scripts/lib/common.sh"))
                .contains("-XX:MaxRAMPercentage=50") && Files.readString(ROOT.resolve("Procfile")).contains("-XX:MaxRAMPercentage=50"),
                "heap sized from the container's memory, the same share everywhere");

        Matcher health = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD (.*)").matcher(runtime);
        assertTrue(health.find(), "a HEALTHCHECK");
        String check = health.group(1);
        assertFalse(check.contains("/dev/tcp"), "dash has no /dev/tcp");
        assertTrue(check.contains("curl") && runtime.matches("(?s).*apt-get install[^\\n]* curl.*"), "curl is installed");
        assertGetRoute(pathIn(check));

        Matcher exposed = Pattern.compile("(?m)^EXPOSE (\\d+)").matcher(runtime);
        assertTrue(exposed.find());
        assertTrue(runtime.contains("PORT=" + exposed.group(1)), "EXPOSE matches PORT");
        assertKnownVariables(envNames(runtime), "Dockerfile.railway");
    }

    @Test
    void railwayAndProcfileStartTheJarTheBuildMakesAndCheckARealRoute() throws IOException {
        JsonNode railway = new TomlMapper().readTree(ROOT.resolve("railway.toml").toFile());
        assertEquals("DOCKERFILE", railway.at("/build/builder").asText());
        assertTrue(Files.exists(ROOT.resolve(railway.at("/build/dockerfilePath").asText())));
        assertTrue(railway.at("/deploy/startCommand").asText().contains("-jar /app/server.jar"));
        assertGetRoute(railway.at("/deploy/healthcheckPath").asText());
        assertTrue(Set.of("ON_FAILURE", "ALWAYS", "NEVER").contains(railway.at("/deploy/restartPolicyType").asText()));

        String procfile = Files.readString(ROOT.resolve("Procfile"));
        assertTrue(procfile.startsWith("web: "), procfile);
        assertTrue(procfile.contains("-jar server/target/server.jar"), procfile);
    }

    @Test
    void composeWiresTheServiceToItsDatabaseCacheAndMonitoring() throws IOException {
        Path deploy = ROOT.resolve("deploy");
        JsonNode compose = new YAMLMapper().readTree(deploy.resolve("compose.yaml").toFile());
        JsonNode services = compose.get("services");
        for (String name : List.of("bill-audit", "postgres", "redis", "prometheus", "grafana")) {
            assertNotNull(services.get(name), "service " + name);
        }
        JsonNode app = services.get("bill-audit");
        Path context = deploy.resolve(app.at("/build/context").asText()).normalize();
        assertTrue(Files.exists(context.resolve(app.at("/build/dockerfile").asText())));
        List<String> env = new ArrayList<>();
        app.get("environment").fieldNames().forEachRemaining(env::add);
        assertKnownVariables(env, "compose.yaml");
        String port = app.at("/environment/PORT").asText();
        assertTrue(app.get("ports").toString().contains(":" + port + "\""), "the published port is PORT");
        assertTrue(app.at("/environment/DATABASE_URL").asText().contains("@postgres:5432/"));
        assertTrue(app.at("/environment/REDIS_URL").asText().startsWith("redis://redis:"));
        for (JsonNode service : services) {
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertTrue(Files.exists(deploy.resolve(source)), "mounted path missing: " + source);
                }
            }
        }

        JsonNode scrape = new YAMLMapper().readTree(deploy.resolve("prometheus/prometheus.yml").toFile())
                .at("/scrape_configs/0");
        assertEquals("bill-audit:" + port, scrape.at("/static_configs/0/targets/0").asText());
        assertGetRoute(scrape.get("metrics_path").asText());
    }

    @Test
    void alertRulesPassPromtoolAndFireOnTheirUnitTests() throws Exception {
        Path prometheus = ROOT.resolve("deploy/prometheus");
        assertPromtool(prometheus, "check", "config", "prometheus.yml");
        assertPromtool(prometheus, "check", "rules", "alerts.yml");
        assertPromtool(prometheus, "test", "rules", "alerts.test.yml");

        List<String> names = new ArrayList<>();
        for (JsonNode rule : new YAMLMapper().readTree(prometheus.resolve("alerts.yml").toFile()).at("/groups/0/rules")) {
            names.add(rule.get("alert").asText());
            assertExposed(rule.get("expr").asText(), "alert " + rule.get("alert").asText());
        }
        String tests = Files.readString(prometheus.resolve("alerts.test.yml"));
        for (String name : names) {
            assertTrue(tests.contains("alertname: " + name), "alert without a unit test: " + name);
        }
    }

    @Test
    void theGrafanaDashboardQueriesOnlySeriesTheServiceExposes() throws IOException {
        Path grafana = ROOT.resolve("deploy/grafana");
        JsonNode dashboard = new ObjectMapper().readTree(grafana.resolve("dashboards/bill-audit.json").toFile());
        String datasourceUid = new YAMLMapper().readTree(grafana.resolve("provisioning/datasources/prometheus.yml")
                .toFile()).at("/datasources/0/uid").asText();
        int queries = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            assertEquals(datasourceUid, panel.at("/datasource/uid").asText(), panel.get("title").asText());
            for (JsonNode target : panel.get("targets")) {
                assertExposed(target.get("expr").asText(), "panel " + panel.get("title").asText());
                queries++;
            }
        }
        assertTrue(queries >= 15, "queries: " + queries);
    }

    /** Every metric name in a PromQL expression is one /metrics exposes. */
    private static void assertExposed(String expr, String where) {
        String withoutStrings = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\[[^]]*]", "");
        Matcher name = PROMQL_NAME.matcher(withoutStrings);
        int found = 0;
        while (name.find()) {
            String token = name.group(1);
            if (!PROMQL_WORDS.contains(token) && !token.matches("\\d.*")) {
                assertTrue(series.contains(token) || token.equals("up"), where + " queries " + token + ", not exposed");
                found++;
            }
        }
        assertTrue(found > 0, where + ": no metric in " + expr);
    }

    private static void assertGetRoute(String path) {
        assertTrue(routes.contains("GET " + path), "no route GET " + path + " in " + routes);
    }

    private static void assertKnownVariables(List<String> names, String file) throws IOException {
        Set<String> known = new TreeSet<>(readmeVariables());
        known.addAll(PROCESS_VARIABLES);
        for (String name : names) {
            assertTrue(known.contains(name), file + " sets " + name + ", which nothing reads");
        }
    }

    private static String pathIn(String command) {
        Matcher url = Pattern.compile("http://[^/\\s]+(/[^\\s\"|]*)").matcher(command);
        assertTrue(url.find(), command);
        return url.group(1);
    }

    private static List<String> envNames(String dockerfileStage) {
        List<String> names = new ArrayList<>();
        Matcher env = Pattern.compile("(?m)(?:^ENV |^\\s+)([A-Z_][A-Z0-9_]*)=").matcher(dockerfileStage);
        while (env.find()) {
            names.add(env.group(1));
        }
        assertTrue(names.contains("PORT"), names.toString());
        return names;
    }

    private static Set<String> readmeVariables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## How a bill is analysed"));
        return matches(TABLE_VARIABLE, table);
    }

    private static Set<String> javadocVariables() throws IOException {
        return matches(JAVADOC_VARIABLE, Files.readString(
                ROOT.resolve("server/src/main/java/com/billaudit/server/config/AppConfig.java")));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void assertPromtool(Path dir, String... args) throws Exception {
        Promtool.passes(dir, new byte[0], args);
    }
}
