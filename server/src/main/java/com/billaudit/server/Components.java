package com.billaudit.server;

import com.billaudit.intake.DocumentReader;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.auth.ApiKeyRepository;
import com.billaudit.persistence.cache.RequestBudgets;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.server.analysis.CompletionWaiter;
import com.billaudit.server.analysis.QuestionDesk;
import com.billaudit.server.auth.Authenticator;
import com.billaudit.server.config.HttpSettings;
import com.billaudit.server.http.Responses;
import com.billaudit.server.metrics.Metrics;
import com.billaudit.server.ops.HealthProbes;
import com.billaudit.server.worker.WorkSignal;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Everything the routes need, built once by {@link Main} (tests build their own, with the
 * database-backed parts left null when the routes under test do not reach them).
 *
 * @param defaultTolerance overcharge tolerance of a scheme created without one
 * @param queueDepth       analyses waiting, read at each metrics scrape
 * @param referenceChanged told the code of a scheme whose lists were just imported (drops cached rulebooks everywhere)
 * @param budgets          per-key request budgets (shared through Redis when configured)
 * @param questions        questions about analyses: their store, their answerer, and the cached model answers
 *                         deleted with an analysis
 */
public record Components(HttpSettings http, BigDecimal defaultTolerance, ObjectMapper mapper, Responses responses,
                         Authenticator authenticator, Metrics metrics, HealthProbes health, LongSupplier queueDepth,
                         DocumentReader reader, AnalysisRepository analyses, SchemeRepository schemes,
                         ApiKeyRepository apiKeys, WorkSignal workSignal, CompletionWaiter waiter, Clock clock,
                         Consumer<String> referenceChanged, RequestBudgets budgets, QuestionDesk questions) {

    /** Components whose request budgets are kept in this process, with no questions desk (routes under test). */
    public Components(HttpSettings http, BigDecimal defaultTolerance, ObjectMapper mapper, Responses responses,
                      Authenticator authenticator, Metrics metrics, HealthProbes health, LongSupplier queueDepth,
                      DocumentReader reader, AnalysisRepository analyses, SchemeRepository schemes,
                      ApiKeyRepository apiKeys, WorkSignal workSignal, CompletionWaiter waiter, Clock clock,
                      Consumer<String> referenceChanged) {
        this(http, defaultTolerance, mapper, responses, authenticator, metrics, health, queueDepth, reader, analyses,
                schemes, apiKeys, workSignal, waiter, clock, referenceChanged, RequestBudgets.inProcess(), QuestionDesk.NONE);
    }

    /** Components with no rulebook cache to tell of imports. */
    public Components(HttpSettings http, BigDecimal defaultTolerance, ObjectMapper mapper, Responses responses,
                      Authenticator authenticator, Metrics metrics, HealthProbes health, LongSupplier queueDepth,
                      DocumentReader reader, AnalysisRepository analyses, SchemeRepository schemes,
                      ApiKeyRepository apiKeys, WorkSignal workSignal, CompletionWaiter waiter, Clock clock) {
        this(http, defaultTolerance, mapper, responses, authenticator, metrics, health, queueDepth, reader, analyses,
                schemes, apiKeys, workSignal, waiter, clock, code -> { });
    }
}
