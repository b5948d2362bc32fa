package com.billaudit.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one way out to the LLM: cache first, then a permit from the shared rate limit, then the
 * call under {@code min(own timeout, remaining budget)}, retried with backoff on 429/5xx.
 * Every failure is reported to the listener and surfaces as an {@link LlmException}.
 */
public final class LlmGateway {

    private final LlmSettings settings;
    private final LlmAnswerCache cache;
    private final CallPermits permits;
    private final LlmListener listener;
    private final Duration backoffBase;
    private final ObjectMapper json = new ObjectMapper();

    public LlmGateway(LlmSettings settings, LlmAnswerCache cache, CallPermits permits, LlmListener listener,
                      Duration backoffBase) {
        this.settings = settings;
        this.cache = cache;
        this.permits = permits;
        this.listener = listener;
        this.backoffBase = backoffBase;
    }

    public LlmListener listener() {
        return listener;
    }

    /**
     * The failure of an answer that states what its input does not (a number, a line, a
     * finding): counted as a grounding rejection, and for {@link #ask} an invalid answer.
     */
    public LlmException ungrounded(String agent, String claim) {
        listener.groundingRejected(agent, 1);
        return new LlmException(LlmException.Reason.INVALID_ANSWER, agent + ": states " + claim);
    }

    /**
     * Asks and validates; any failure (call, parse or {@code validate} throwing an
     * {@link LlmException}) is reported and answered with empty, the signal to use rules.
     */
    public <T, R> Optional<R> ask(LlmCall<T> call, Deadline deadline, Function<T, R> validate) {
        try {
            return Optional.of(validate.apply(call(call, deadline)));
        } catch (LlmException e) {
            if (e.reason() == LlmException.Reason.INVALID_ANSWER) {
                listener.failed(call.agent(), e.reason());
            }
            return Optional.empty();
        }
    }

    /** The answer to {@code call}, from the cache when it was asked before. */
    public <T> T call(LlmCall<T> call, Deadline deadline) {
        String key = CacheKey.of(deadline.document(), call.agent(), settings.model(), call.promptVersion(), call.input())
                .value();
        Optional<T> cached = cache.get(key).flatMap(answer -> decode(answer, call.answerType()));
        if (cached.isPresent()) {
            listener.cacheHit(call.agent());
            return cached.get();
        }
        try {
            T answer = callWithRetries(call, deadline);
            cache.put(key, encode(answer));
            return answer;
        } catch (LlmException e) {
            listener.failed(call.agent(), e.reason());
            throw e;
        }
    }

    private <T> T callWithRetries(LlmCall<T> call, Deadline deadline) {
        for (int attempt = 0; ; attempt++) {
            try {
                return callOnce(call, deadline);
            } catch (LlmException e) {
                if (!LlmFailures.isRetryable(e) || attempt >= settings.maxRetries()) {
                    throw e;
                }
                pause(backoffBase.multipliedBy(1L << attempt), deadline, call.agent());
            }
        }
    }

    private <T> T callOnce(LlmCall<T> call, Deadline deadline) {
        Duration limit = deadline.cap(settings.timeout());
        if (limit.isZero()) {
            throw new LlmException(LlmException.Reason.TIMEOUT, call.agent() + ": the bill's budget is spent");
        }
        if (!permits.tryAcquire()) {
            throw new LlmException(LlmException.Reason.NO_PERMIT, call.agent() + ": LLM call budget spent");
        }
        long start = System.nanoTime();
        Result<T> result = runBounded(call, limit);
        report(call.agent(), start, result.tokenUsage());
        if (result.content() == null) {
            throw new LlmException(LlmException.Reason.MALFORMED_ANSWER, call.agent() + ": empty answer");
        }
        return result.content();
    }

    /** Runs the blocking call on a virtual thread so the deadline holds even if the HTTP client's does not. */
    private <T> Result<T> runBounded(LlmCall<T> call, Duration limit) {
        FutureTask<Result<T>> task = new FutureTask<>(call.invocation());
        Thread.ofVirtual().name("llm-" + call.agent()).start(task);
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new LlmException(LlmException.Reason.TIMEOUT, call.agent() + ": no answer within " + limit, e);
        } catch (ExecutionException e) {
            throw LlmFailures.translate(call.agent(), e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Reason.INTERRUPTED, call.agent() + ": interrupted", e);
        }
    }

    private void pause(Duration wait, Deadline deadline, String agent) {
        if (deadline.remaining().compareTo(wait) <= 0) {
            throw new LlmException(LlmException.Reason.TIMEOUT, agent + ": no budget left to retry");
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Reason.INTERRUPTED, agent + ": interrupted", e);
        }
    }

    private void report(String agent, long startNanos, TokenUsage usage) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        listener.called(agent, ms, in, out);
    }

    private <T> Optional<T> decode(String answer, Class<T> type) {
        try {
            return Optional.of(json.readValue(answer, type));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a stale or foreign entry: ask again
        }
    }

    private String encode(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer records always serialise", e);
        }
    }
}
