package com.billaudit.pipeline;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AgentRun.Mode;
import com.billaudit.domain.AgentRun.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the agents of one analysis (used from the orchestrating thread only): times each, bounds
 * it with the agent timeout, records how it fared and tells the listener. Agents that fail or
 * time out are recorded, not propagated, so the pipeline degrades instead of failing; only
 * {@link #required} steps propagate their failure.
 *
 * <p>An agent may have an LLM path beside its rules path. The LLM path answers empty when it
 * cannot be trusted (endpoint down, invalid or ungrounded answer); the rules path then decides
 * and the agent is recorded {@code degraded}. Without an LLM path the agent runs in rules mode.
 */
final class AgentRunner {
    private static final System.Logger LOG = System.getLogger(AgentRunner.class.getName());

    private final ExecutorService executor;
    private final PipelineSettings settings;
    private final PipelineListener listener;
    private final List<AgentRun> runs = new ArrayList<>();

    AgentRunner(ExecutorService executor, PipelineSettings settings, PipelineListener listener) {
        this.executor = executor;
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs a step the analysis cannot do without; its exception ends the analysis. */
    <T> T required(String agent, Supplier<T> work) {
        return required(agent, null, work);
    }

    /** A required step with an optional LLM path ({@code llm} null: rules only). */
    <T> T required(String agent, Supplier<Optional<T>> llm, Supplier<T> rules) {
        long start = System.nanoTime();
        listener.agentStarted(agent);
        try {
            Attempt<T> attempt = run(llm, rules);
            record(agent, attempt.status(), attempt.mode(), start);
            return attempt.value();
        } catch (RuntimeException e) {
            record(agent, Status.FAILED, llm == null ? Mode.RULES : Mode.LLM, start);
            throw e;
        }
    }

    /** Starts an agent on its own virtual thread; collect its result with {@link #await}. */
    <T> Started<T> start(String agent, Supplier<T> work) {
        return start(agent, null, work);
    }

    /** Starts an agent with an optional LLM path ({@code llm} null: rules only). */
    <T> Started<T> start(String agent, Supplier<Optional<T>> llm, Supplier<T> rules) {
        listener.agentStarted(agent);
        Mode intended = llm == null ? Mode.RULES : Mode.LLM;
        return new Started<>(agent, intended, System.nanoTime(), executor.submit(() -> run(llm, rules)));
    }

    /** Runs an agent now, bounded by the agent timeout; empty when it failed or timed out. */
    <T> Optional<T> attempt(String agent, Supplier<T> work) {
        return await(start(agent, work));
    }

    <T> Optional<T> attempt(String agent, Supplier<Optional<T>> llm, Supplier<T> rules) {
        return await(start(agent, llm, rules));
    }

    /** The agent's result, or empty when it failed or did not finish within the agent timeout of its start. */
    <T> Optional<T> await(Started<T> started) {
        long remaining = settings.agentTimeout().toNanos() - (System.nanoTime() - started.startNanos());
        try {
            Attempt<T> attempt = started.future().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            record(started.agent(), attempt.status(), attempt.mode(), started.startNanos());
            return Optional.of(attempt.value());
        } catch (TimeoutException e) {
            started.future().cancel(true);
            LOG.log(System.Logger.Level.WARNING, "agent {0} timed out after {1}", started.agent(), settings.agentTimeout());
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "agent " + started.agent() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.future().cancel(true);
        }
        record(started.agent(), Status.FAILED, started.intendedMode(), started.startNanos());
        return Optional.empty();
    }

    void skipped(String agent) {
        runs.add(new AgentRun(agent, Status.SKIPPED, Mode.RULES, 0));
    }

    List<AgentRun> runs() {
        return List.copyOf(runs);
    }

    boolean anyFailed() {
        return runs.stream().anyMatch(r -> r.status() == Status.FAILED);
    }

    private static <T> Attempt<T> run(Supplier<Optional<T>> llm, Supplier<T> rules) {
        if (llm == null) {
            return new Attempt<>(rules.get(), Mode.RULES, Status.OK);
        }
        Optional<T> answer;
        try {
            answer = llm.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "LLM path failed; rules take over", e);
            answer = Optional.empty();
        }
        return answer.map(value -> new Attempt<>(value, Mode.LLM, Status.OK))
                .orElseGet(() -> new Attempt<>(rules.get(), Mode.RULES, Status.DEGRADED));
    }

    private void record(String agent, Status status, Mode mode, long startNanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        AgentRun run = new AgentRun(agent, status, mode, ms);
        runs.add(run);
        listener.agentFinished(run);
    }

    private record Attempt<T>(T value, Mode mode, Status status) {
    }

    record Started<T>(String agent, Mode intendedMode, long startNanos, Future<Attempt<T>> future) {
    }
}
