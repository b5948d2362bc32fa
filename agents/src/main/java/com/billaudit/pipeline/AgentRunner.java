package com.billaudit.pipeline;

import com.billaudit.domain.AgentRun;

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
 * Runs the agents of one analysis (used from the orchestrating thread only): times each, bounds it with the agent timeout, records how it
 * fared and tells the listener. Agents that fail or time out are recorded, not propagated, so
 * the pipeline degrades instead of failing; only {@link #required} steps propagate their failure.
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
        long start = System.nanoTime();
        listener.agentStarted(agent);
        try {
            T result = work.get();
            record(agent, AgentRun.Status.OK, start);
            return result;
        } catch (RuntimeException e) {
            record(agent, AgentRun.Status.FAILED, start);
            throw e;
        }
    }

    /** Starts an agent on its own virtual thread; collect its result with {@link #await}. */
    <T> Started<T> start(String agent, Supplier<T> work) {
        listener.agentStarted(agent);
        return new Started<>(agent, System.nanoTime(), executor.submit(work::get));
    }

    /** Runs an agent now, bounded by the agent timeout; empty when it failed or timed out. */
    <T> Optional<T> attempt(String agent, Supplier<T> work) {
        return await(start(agent, work));
    }

    /** The agent's result, or empty when it failed or did not finish within the agent timeout of its start. */
    <T> Optional<T> await(Started<T> started) {
        long remaining = settings.agentTimeout().toNanos() - (System.nanoTime() - started.startNanos());
        try {
            T result = started.future().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            record(started.agent(), AgentRun.Status.OK, started.startNanos());
            return Optional.of(result);
        } catch (TimeoutException e) {
            started.future().cancel(true);
            LOG.log(System.Logger.Level.WARNING, "agent {0} timed out after {1}", started.agent(), settings.agentTimeout());
            record(started.agent(), AgentRun.Status.FAILED, started.startNanos());
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "agent " + started.agent() + " failed", e.getCause());
            record(started.agent(), AgentRun.Status.FAILED, started.startNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.future().cancel(true);
            record(started.agent(), AgentRun.Status.FAILED, started.startNanos());
        }
        return Optional.empty();
    }

    void skipped(String agent) {
        runs.add(new AgentRun(agent, AgentRun.Status.SKIPPED, AgentRun.Mode.RULES, 0));
    }

    List<AgentRun> runs() {
        return List.copyOf(runs);
    }

    boolean anyFailed() {
        return runs.stream().anyMatch(r -> r.status() == AgentRun.Status.FAILED);
    }

    private void record(String agent, AgentRun.Status status, long startNanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        AgentRun run = new AgentRun(agent, status, AgentRun.Mode.RULES, ms);
        runs.add(run);
        listener.agentFinished(run);
    }

    record Started<T>(String agent, long startNanos, Future<T> future) {
    }
}
