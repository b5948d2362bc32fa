package com.billaudit.server;

import com.billaudit.server.analysis.AnalysisService;
import com.billaudit.server.analysis.QuestionService;
import com.billaudit.server.analysis.StatsService;
import com.billaudit.server.analysis.UploadReader;
import com.billaudit.server.apikey.ApiKeyService;
import com.billaudit.server.auth.AuthFilter;
import com.billaudit.server.auth.BudgetFilter;
import com.billaudit.server.document.DocumentService;
import com.billaudit.server.document.PageImages;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.CorsFilter;
import com.billaudit.server.http.MemoryPermits;
import com.billaudit.server.http.ProblemWriter;
import com.billaudit.server.http.RequestContextFilter;
import com.billaudit.server.metrics.HttpMetricsFilter;
import com.billaudit.server.ops.HealthService;
import com.billaudit.server.ops.MetricsService;
import com.billaudit.server.scheme.SchemeService;
import com.billaudit.server.web.WebService;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;

/** The route table: every prefix of the API in one place ({@link Main#routing} delegates here). */
final class Routes {
    private Routes() {
    }

    static void table(HttpRouting.Builder routing, Components c) {
        routing.addFilter(new RequestContextFilter())
                .addFilter(new HttpMetricsFilter(c.metrics()))
                .addFilter(new CorsFilter(c.http().corsOrigins()))
                .addFilter(new AuthFilter(c.authenticator()))
                .addFilter(new BudgetFilter(c.budgets(), c.http().requestsPerMinute(), c.http().masterBudget()))
                .register(new WebService(c.responses()))
                .register("/health", new HealthService(c.health(), c.responses(), c.clock()))
                .register("/metrics", new MetricsService(c.metrics(), c.queueDepth(), c.health(), c.responses()))
                .register("/v1/analyses", new AnalysisService(
                        new UploadReader(c.http().maxUploadBytes(), c.http().maxConcurrentUploads()), c.reader(),
                        c.schemes(), c.analyses(), c.workSignal(), c.waiter(), c.http().defaultScheme(), c.responses(),
                        c.questions().llmAnswers()))
                .register("/v1/analyses", new DocumentService(c.analyses(),
                        new PageImages(c.reader(), Runtime.getRuntime().availableProcessors()), c.responses(),
                        new MemoryPermits(c.http().maxConcurrentUploads(), Duration.ofSeconds(1),
                                "Too many documents are being sent at once; retry shortly")))
                .register("/v1/analyses", new QuestionService(c.analyses(), c.questions().questions(),
                        c.questions().answerer(), c.mapper(), c.responses()))
                .register("/v1/stats", new StatsService(c.analyses(), c.responses()))
                .register("/v1/schemes", new SchemeService(c.schemes(), c.mapper(), c.http().maxUploadBytes(),
                        c.defaultTolerance(), c.responses(), c.clock(), c.referenceChanged()))
                .register("/v1/api-keys", new ApiKeyService(c.apiKeys(), c.mapper(), c.responses(), c.clock()))
                .any(Routes::unknownRoute)
                .error(Throwable.class, new ProblemWriter(c.responses()));
    }

    private static void unknownRoute(ServerRequest req, ServerResponse res) {
        throw new ApiException.NotFound("No route " + req.prologue().method().text() + " " + req.path().absolute().path());
    }
}
