package com.billaudit.server.config;

import com.billaudit.audit.AuditSettings;
import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.OutputFormat;
import com.billaudit.llm.Reasoning;
import com.billaudit.ocr.OcrSettings;
import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.pipeline.PipelineSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole configuration, read once from the environment at start-up. Invalid values fail
 * start-up with a {@link ConfigException} naming the variable.
 *
 * <table>
 * <caption>Environment variables</caption>
 * <tr><th>Variable</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>PORT</td><td>8080</td><td>HTTP port (0 = any free port)</td></tr>
 * <tr><td>HOST</td><td>0.0.0.0 with a master key, else 127.0.0.1</td><td>interface to bind; without MASTER_API_KEY always loopback</td></tr>
 * <tr><td>MASTER_API_KEY</td><td>(none: open, loopback only)</td><td>administrator key for {@code Authorization: Bearer} / {@code X-API-Key}</td></tr>
 * <tr><td>DATABASE_URL</td><td>(none: embedded PostgreSQL under DATA_DIR)</td><td>{@code jdbc:postgresql://…} or {@code postgres://user:pass@host:port/db}</td></tr>
 * <tr><td>DATABASE_POOL_SIZE</td><td>10</td><td>maximum database connections</td></tr>
 * <tr><td>REDIS_URL</td><td>(none: in-process cache)</td><td>{@code redis://host:port} shared cache</td></tr>
 * <tr><td>DATA_DIR</td><td>./data</td><td>folder of the embedded database</td></tr>
 * <tr><td>MAX_UPLOAD_BYTES</td><td>20971520 (20 MiB)</td><td>largest accepted upload; larger answers 413</td></tr>
 * <tr><td>MAX_CONCURRENT_UPLOADS</td><td>8</td><td>uploads read, checked and stored at once, and as many stored documents sent back or rendered at once; more wait up to a second, then answer 503 with Retry-After</td></tr>
 * <tr><td>DEFAULT_SCHEME</td><td>CGHS</td><td>scheme for uploads that name none; created at start-up (with the bundled lists when it is a bundled scheme, else header only)</td></tr>
 * <tr><td>WORKERS</td><td>number of cores</td><td>analyses run at once by this process (0: accept uploads only, another process analyses them)</td></tr>
 * <tr><td>JOB_LEASE_SECONDS</td><td>20</td><td>lease of a claimed analysis, renewed by a heartbeat every quarter of it while it runs: after a crash, another worker takes the analysis over within this time</td></tr>
 * <tr><td>JOB_MAX_ATTEMPTS</td><td>3</td><td>claims before an analysis is failed for good</td></tr>
 * <tr><td>INTAKE_TIMEOUT_SECONDS</td><td>600</td><td>time budget for reading a whole document (PDF text, OCR); each OCR'd page also has its own 60 s</td></tr>
 * <tr><td>AGENT_TIMEOUT_SECONDS</td><td>20</td><td>time any other single agent may take; past it the agent is cancelled</td></tr>
 * <tr><td>EXTRACTION_TIMEOUT_SECONDS</td><td>60</td><td>time extracting the line items may take; past it the analysis fails ({@code extraction_timeout})</td></tr>
 * <tr><td>OVERCHARGE_TOLERANCE</td><td>0.10</td><td>default fraction above the reference rate still accepted</td></tr>
 * <tr><td>MATCH_THRESHOLD</td><td>0.80</td><td>similarity (0..1) below which a tariff match is not trusted</td></tr>
 * <tr><td>OCR_LANGUAGES</td><td>eng</td><td>Tesseract languages, e.g. {@code eng+hin}</td></tr>
 * <tr><td>TESSDATA_PREFIX</td><td>/usr/share/tesseract-ocr/5/tessdata</td><td>folder of the *.traineddata files</td></tr>
 * <tr><td>OCR_ENGINES</td><td>number of cores</td><td>single-threaded OCR engines</td></tr>
 * <tr><td>OCR_DPI</td><td>300</td><td>resolution scanned PDF pages are rendered at</td></tr>
 * <tr><td>OCR_MAX_PAGES</td><td>50</td><td>pages a document may have</td></tr>
 * <tr><td>OCR_MAX_PIXELS</td><td>80000000</td><td>pixels one page image may have</td></tr>
 * <tr><td>SHUTDOWN_GRACE_SECONDS</td><td>30</td><td>how long shutdown waits for running analyses</td></tr>
 * <tr><td>OPENAI_API_KEY</td><td>(none)</td><td>key of an OpenAI-compatible endpoint; with neither it nor OPENAI_BASE_URL the service runs in rules mode</td></tr>
 * <tr><td>OPENAI_BASE_URL</td><td>https://api.openai.com/v1</td><td>endpoint root including {@code /v1}; setting it alone enables the LLM (local servers)</td></tr>
 * <tr><td>LLM_MODEL</td><td>gpt-4o-mini</td><td>model name sent with each call</td></tr>
 * <tr><td>LLM_TIMEOUT_SECONDS</td><td>30</td><td>longest a single LLM call may take; an agent's LLM path gets this long in all, then its rules take over</td></tr>
 * <tr><td>LLM_MAX_RETRIES</td><td>2</td><td>retries after HTTP 429/5xx</td></tr>
 * <tr><td>LLM_CALLS_PER_MINUTE</td><td>60</td><td>LLM calls allowed per minute, shared by all replicas through Redis</td></tr>
 * <tr><td>LLM_RESPONSE_FORMAT</td><td>auto</td><td>json_schema, json_object or none; auto starts with json_schema and steps down when the endpoint refuses it</td></tr>
 * <tr><td>LLM_REASONING</td><td>auto</td><td>true for reasoning models (no temperature, max_completion_tokens); auto switches when the endpoint refuses temperature/max_tokens</td></tr>
 * <tr><td>LLM_REDACT</td><td>true</td><td>mask names, phone numbers, patient/IPD/UHID ids and addresses in text sent to the model</td></tr>
 * <tr><td>LLM_VISION</td><td>true</td><td>whether the model reads the images of scanned pages OCR read poorly (false for a text-only model)</td></tr>
 * <tr><td>LLM_CACHE_TTL</td><td>1d</td><td>how long a model answer is cached: seconds or 45s, 30m, 6h, 1d; deleted with its analysis</td></tr>
 * <tr><td>REFERENCE_SEED</td><td>true</td><td>load the bundled schemes (CGHS, NPPA) at start-up when they do not exist yet</td></tr>
 * <tr><td>REFERENCE_CACHE_TTL</td><td>6h</td><td>how long a loaded rulebook stays cached (Redis and in process): seconds or 45s, 30m, 6h, 1d</td></tr>
 * <tr><td>LOG_LEVEL</td><td>INFO</td><td>ERROR, WARN, INFO, DEBUG or TRACE</td></tr>
 * <tr><td>LOG_FORMAT</td><td>text</td><td>{@code text}, or {@code json}: one JSON object a line with the request id and analysis id</td></tr>
 * <tr><td>API_KEY_REQUESTS_PER_MINUTE</td><td>600</td><td>requests a minute an issued key may make unless it has its own budget, counted across all replicas (through Redis when configured); past it 429 with Retry-After; 0: no limit</td></tr>
 * <tr><td>MASTER_API_KEY_REQUESTS_PER_MINUTE</td><td>30000</td><td>requests a minute the MASTER_API_KEY may make, counted across all replicas like any key's; 0: no limit</td></tr>
 * <tr><td>INTAKE_CACHE_DIR</td><td>(none)</td><td>development only: keeps what intake read per document there, so scoring a set again skips OCR</td></tr>
 * <tr><td>CORS_ORIGINS</td><td>(none)</td><td>comma-separated origins whose pages may call the API from a browser, or {@code *}</td></tr>
 * </table>
 *
 * @param database null when the embedded database is to be used (DATABASE_URL unset)
 * @param redisUrl    null for the in-process cache
 * @param intakeCacheDir null unless documents' readings are to be kept on disk (development)
 */
public record AppConfig(HttpSettings http, DatabaseSettings database, int databasePoolSize, String redisUrl,
                        Path dataDir, WorkerSettings workers, PipelineSettings pipeline, OcrSettings ocr,
                        Duration shutdownGrace, String logLevel, LlmSettings llm, ReferenceSettings reference,
                        String logFormat, Path intakeCacheDir) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    private static final Set<String> LOG_LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
    private static final Set<String> LOG_FORMATS = Set.of("text", "json");
    private static final Duration OCR_PAGE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration IDLE_POLL = Duration.ofSeconds(2);

    public static AppConfig fromEnv() {
        return from(System.getenv());
    }

    public static AppConfig from(Map<String, String> environment) {
        Env env = new Env(environment);
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        int poolSize = env.integer("DATABASE_POOL_SIZE", 10, 1, 500);
        String url = env.optional("DATABASE_URL");
        return new AppConfig(http(env), url == null ? null : DatabaseUrl.parse(url, poolSize), poolSize,
                env.optional("REDIS_URL"), Path.of(env.string("DATA_DIR", "./data")), workers(env, cores),
                pipeline(env), ocr(env, cores), env.seconds("SHUTDOWN_GRACE_SECONDS", 30, 0, 3600), logLevel(env),
                llm(env), reference(env), logFormat(env),
                env.optional("INTAKE_CACHE_DIR") == null ? null : Path.of(env.optional("INTAKE_CACHE_DIR")));
    }

    private static ReferenceSettings reference(Env env) {
        return new ReferenceSettings(env.flag("REFERENCE_SEED", true),
                env.duration("REFERENCE_CACHE_TTL", Duration.ofHours(6), Duration.ofSeconds(1), Duration.ofDays(30)));
    }

    private static LlmSettings llm(Env env) {
        return LlmSettings.endpoint(env.optional("OPENAI_BASE_URL"), env.optional("OPENAI_API_KEY"),
                env.string("LLM_MODEL", "gpt-4o-mini"), env.seconds("LLM_TIMEOUT_SECONDS", 30, 1, 600),
                env.integer("LLM_MAX_RETRIES", 2, 0, 10), env.integer("LLM_CALLS_PER_MINUTE", 60, 1, 100_000),
                OutputFormat.fromSetting(oneOf(env, "LLM_RESPONSE_FORMAT", "auto",
                        Set.of("auto", "json_schema", "json_object", "none"))),
                Reasoning.fromSetting(oneOf(env, "LLM_REASONING", "auto", Set.of("auto", "true", "false"))),
                env.flag("LLM_REDACT", true),
                env.duration("LLM_CACHE_TTL", LlmSettings.DEFAULT_CACHE_TTL, Duration.ofSeconds(1), Duration.ofDays(365)),
                env.flag("LLM_VISION", true));
    }

    /** The value, lower-cased, when it is one of {@code allowed}. */
    private static String oneOf(Env env, String name, String fallback, Set<String> allowed) {
        String value = env.string(name, fallback).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new ConfigException(name, value, "one of " + allowed);
        }
        return value;
    }

    private static HttpSettings http(Env env) {
        String masterKey = env.optional("MASTER_API_KEY");
        // open mode must never be reachable from other machines, whatever HOST says
        String host = masterKey == null ? "127.0.0.1" : env.string("HOST", "0.0.0.0");
        return new HttpSettings(host, env.integer("PORT", 8080, 0, 65535), masterKey,
                env.number("MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES, 1, 2L * 1024 * 1024 * 1024),
                schemeCode(env), CorsOrigins.parse(env.optional("CORS_ORIGINS")),
                env.integer("API_KEY_REQUESTS_PER_MINUTE", HttpSettings.DEFAULT_REQUESTS_PER_MINUTE, 0, 1_000_000),
                env.integer("MASTER_API_KEY_REQUESTS_PER_MINUTE", HttpSettings.DEFAULT_MASTER_REQUESTS_PER_MINUTE, 0,
                        10_000_000),
                env.integer("MAX_CONCURRENT_UPLOADS", HttpSettings.DEFAULT_CONCURRENT_UPLOADS, 1, 1024));
    }

    private static String schemeCode(Env env) {
        String code = env.string("DEFAULT_SCHEME", "CGHS");
        if (!SchemeCodes.valid(code)) {
            throw new ConfigException("DEFAULT_SCHEME", code, SchemeCodes.DESCRIPTION);
        }
        return code;
    }

    private static WorkerSettings workers(Env env, int cores) {
        return new WorkerSettings(env.integer("WORKERS", cores, 0, 256), env.seconds("JOB_LEASE_SECONDS", 20, 4, 86_400),
                env.integer("JOB_MAX_ATTEMPTS", 3, 1, 100), IDLE_POLL);
    }

    private static PipelineSettings pipeline(Env env) {
        AuditSettings defaults = AuditSettings.defaults();
        AuditSettings audit = new AuditSettings(env.decimal("OVERCHARGE_TOLERANCE", "0.10", "0", "10"),
                env.decimal("MATCH_THRESHOLD", "0.80", "0", "1").doubleValue(), defaults.arithmeticAbsolute(),
                defaults.arithmeticRelative(), defaults.totalTolerance(), defaults.okBelow(), defaults.criticalPct());
        return new PipelineSettings(env.seconds("INTAKE_TIMEOUT_SECONDS", 600, 1, 3600),
                env.seconds("AGENT_TIMEOUT_SECONDS", 20, 1, 3600), env.seconds("EXTRACTION_TIMEOUT_SECONDS", 60, 1, 3600),
                env.seconds("LLM_TIMEOUT_SECONDS", 30, 1, 600), audit);
    }

    private static OcrSettings ocr(Env env, int cores) {
        return new OcrSettings(env.string("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata"),
                env.string("OCR_LANGUAGES", "eng"), env.integer("OCR_ENGINES", cores, 1, 64),
                env.integer("OCR_DPI", 300, 72, 1200), env.integer("OCR_MAX_PAGES", 50, 1, 10_000),
                env.number("OCR_MAX_PIXELS", 80_000_000L, 1_000_000L, 2_000_000_000L), OCR_PAGE_TIMEOUT);
    }

    private static String logFormat(Env env) {
        return oneOf(env, "LOG_FORMAT", "text", LOG_FORMATS);
    }

    private static String logLevel(Env env) {
        String level = env.string("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new ConfigException("LOG_LEVEL", level, "one of " + LOG_LEVELS);
        }
        return level;
    }
}
