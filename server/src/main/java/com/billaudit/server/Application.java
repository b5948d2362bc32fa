package com.billaudit.server;

import com.billaudit.domain.Scheme;
import com.billaudit.intake.DocumentReader;
import com.billaudit.ocr.DocumentIntake;
import com.billaudit.persistence.Database;
import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.persistence.EmbeddedDatabase;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.auth.ApiKeyRepository;
import com.billaudit.persistence.cache.Cache;
import com.billaudit.persistence.cache.Caches;
import com.billaudit.persistence.queue.WorkQueue;
import com.billaudit.persistence.question.QuestionRepository;
import com.billaudit.persistence.reference.ReferenceSeeder;
import com.billaudit.persistence.reference.RulebookCache;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.llm.LlmAgents;
import com.billaudit.pipeline.AgentThreads;
import com.billaudit.pipeline.AnalysisPipeline;
import com.billaudit.server.analysis.CompletionWaiter;
import com.billaudit.server.analysis.QuestionDesk;
import com.billaudit.server.analysis.SpooledUpload;
import com.billaudit.server.auth.Authenticator;
import com.billaudit.server.config.AppConfig;
import com.billaudit.server.http.Json;
import com.billaudit.server.http.Responses;
import com.billaudit.server.intake.CachedReads;
import com.billaudit.server.llm.LlmWiring;
import com.billaudit.server.llm.SharedLlmAnswers;
import com.billaudit.server.metrics.Metrics;
import com.billaudit.server.ops.HealthProbes;
import com.billaudit.server.ops.LlmStatus;
import com.billaudit.server.worker.AnalysisWorkers;
import com.billaudit.server.worker.CompletionSignals;
import com.billaudit.server.worker.IntakeListeners;
import com.billaudit.server.worker.LogContextJobRunner;
import com.billaudit.server.worker.PipelineJobRunner;
import com.billaudit.server.worker.ProgressTracker;
import com.billaudit.server.worker.WorkQueueJobs;
import com.billaudit.server.worker.WorkSignal;
import com.billaudit.server.worker.WorkerIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * The running service: every long-lived resource, opened in order and closed in reverse. Started
 * by {@link Main} and, in-process, by the end-to-end tests.
 */
public final class Application implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Application.class.getName());
    private static final Duration STATUS_POLL = Duration.ofSeconds(1);
    /** Spooled uploads a killed process left behind are deleted at start-up once this old. */
    private static final Duration SPOOL_AGE = Duration.ofDays(1);
    private static final String DEFAULT_CURRENCY = "INR";

    private final AppConfig config;
    private EmbeddedDatabase embedded;
    private Database database;
    private Cache cache;
    private RulebookCache rulebooks;
    private DocumentIntake intake;
    private AgentThreads agentThreads;
    private AnalysisWorkers workers;
    private WebServer server;

    private Application(AppConfig config) {
        this.config = config;
    }

    public static Application start(AppConfig config) {
        Application app = new Application(config);
        try {
            app.open();
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void open() {
        database = Database.open(databaseSettings());
        cache = Caches.connect(config.redisUrl());
        Metrics metrics = new Metrics();
        Clock clock = Clock.systemUTC();
        AnalysisRepository analyses = new AnalysisRepository(database);
        ProgressTracker progress = new ProgressTracker(analyses::recordProgress, clock);
        intake = new DocumentIntake(config.ocr(), new IntakeListeners(metrics, progress));
        SchemeRepository schemes = new SchemeRepository(database);
        if (config.reference().seedBundled()) {
            ReferenceSeeder.seed(schemes);
        }
        ensureDefaultScheme(schemes);
        WorkQueue queue = new WorkQueue(database, config.workers().maxAttempts());
        metrics.queueAgeFrom(queue::oldestWaitingSeconds);
        metrics.readinessFrom(this::databaseAnswers);
        WorkSignal wakeUps = new WorkSignal(config.workers().workers());
        CompletionSignals completions = new CompletionSignals();
        LlmStatus llmStatus = config.llm().enabled()
                ? new LlmStatus(true, config.llm().model(), metrics) : LlmStatus.disabled();
        SharedLlmAnswers llmAnswers = new SharedLlmAnswers(cache, config.llm().cacheTtl());
        LlmAgents llm = LlmWiring.agents(config.llm(), llmAnswers,
                Caches.callPermits(cache, config.llm().callsPerMinute()), llmStatus, config.pipeline().audit().totalTolerance());
        agentThreads = AgentThreads.perCore();
        DocumentReader reader = config.intakeCacheDir() == null ? intake : new CachedReads(intake, config.intakeCacheDir());
        AnalysisPipeline pipeline = new AnalysisPipeline(reader, config.pipeline(), metrics, llm, agentThreads);
        rulebooks = new RulebookCache(schemes, cache, config.reference().cacheTtl(), metrics::rulebookFound);
        workers = new AnalysisWorkers(new WorkQueueJobs(queue),
                new LogContextJobRunner(new PipelineJobRunner(rulebooks, pipeline, progress)), config.workers(), wakeUps,
                completions, metrics::analysisFailed, WorkerIds.forThisProcess());
        ApiKeyRepository apiKeys = new ApiKeyRepository(database);
        ObjectMapper mapper = Json.mapper();
        HealthProbes probes = new HealthProbes(database::pingMillis, cache::pingMillis, cache.kind(),
                intake::ocrAvailable, llmStatus, version(), workers, queue::oldestWaiting);
        Components components = new Components(config.http(), config.pipeline().audit().defaultTolerance(), mapper,
                new Responses(mapper), new Authenticator(config.http().masterApiKey(), apiKeys::authenticate), metrics,
                probes, queue::depth, intake, analyses, schemes, apiKeys, wakeUps,
                new CompletionWaiter(completions, analyses::status, STATUS_POLL), clock, rulebooks::changed,
                Caches.requestBudgets(cache),
                new QuestionDesk(new QuestionRepository(database), LlmWiring.questions(llm, config.llm()), llmAnswers));
        SpooledUpload.sweep(clock.instant(), SPOOL_AGE);
        workers.start();
        serve(components);
    }

    private void serve(Components components) {
        server = WebServer.builder().host(config.http().host()).port(config.http().port()).shutdownHook(false)
                .routing(routing -> Main.routing(routing, components)).build().start();
        announce();
    }

    private boolean databaseAnswers() {
        try {
            database.pingMillis();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private DatabaseSettings databaseSettings() {
        if (config.database() != null) {
            return config.database();
        }
        LOG.log(Level.INFO, "DATABASE_URL not set: starting embedded PostgreSQL under {0}", config.dataDir().toAbsolutePath());
        embedded = EmbeddedDatabase.start(config.dataDir());
        DatabaseSettings settings = embedded.settings();
        return new DatabaseSettings(settings.jdbcUrl(), settings.user(), settings.password(), config.databasePoolSize());
    }

    private void ensureDefaultScheme(SchemeRepository schemes) {
        String code = config.http().defaultScheme();
        if (schemes.find(code).isEmpty()) {
            schemes.upsert(new Scheme(code, code, DEFAULT_CURRENCY, config.pipeline().audit().defaultTolerance()));
            LOG.log(Level.INFO, "created default scheme {0} (header only: import its tariff with POST /v1/schemes/{0}/tariffs)", code);
        }
    }

    private void announce() {
        String url = "http://" + config.http().host() + ":" + server.port();
        if (config.llm().enabled()) {
            LOG.log(Level.INFO, "LLM agents on: model {0} at {1}", config.llm().model(), config.llm().baseUrl());
        } else {
            LOG.log(Level.INFO, "no LLM configured (OPENAI_API_KEY / OPENAI_BASE_URL): every agent runs in rules mode");
        }
        if (config.http().open()) {
            LOG.log(Level.WARNING, "*** MASTER_API_KEY is not set: the API runs OPEN (no authentication), "
                    + "listening on loopback only. Set MASTER_API_KEY to serve other machines. ***");
            LOG.log(Level.INFO, "Serving at {0} (no key needed)", url);
        } else {
            LOG.log(Level.INFO, "Serving at {0}: send ''Authorization: Bearer <MASTER_API_KEY>'' or ''X-API-Key'', "
                    + "and create further keys with POST /v1/api-keys", url);
        }
    }

    private static String version() {
        String version = Application.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The port the server listens on (useful with PORT=0). */
    public int port() {
        return server.port();
    }

    /** Stop accepting, let running analyses finish (bounded by the grace), release the rest, close all. */
    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        stopWorkers();
        closeQuietly(agentThreads);
        closeQuietly(intake);
        closeQuietly(rulebooks);
        closeQuietly(cache);
        closeQuietly(database);
        closeQuietly(embedded);
    }

    private void stopWorkers() {
        if (workers == null) {
            return;
        }
        try {
            int released = workers.stop(config.shutdownGrace());
            LOG.log(Level.INFO, "workers stopped; {0} unfinished analyses handed back to the queue", released);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "interrupted while stopping workers");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "releasing held analyses failed; their leases will expire", e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing " + resource.getClass().getSimpleName() + " failed", e);
        }
    }
}
