package com.billaudit.pipeline;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AgentRun.Mode;
import com.billaudit.domain.AgentRun.Status;
import com.billaudit.work.Budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the agents of one analysis (used from the orchestrating thread only): times each, bounds
 * it with its timeout, records how it fared and tells the listener. Rules run on the bounded CPU
 * pool; an LLM path waits on a virtual thread and hands its fallback to the pool. An agent that
 * times out is cancelled (interrupted) and not waited for.
 *
 * <p>Agents that fail or time out are recorded, not propagated, so the pipeline degrades instead
 * of failing; only {@link #required} steps propagate their failure. An {@link Error} (a stack
 * overflow, memory exhausted) always ends the analysis, and an interrupt of the orchestrating
 * thread ends it with {@link AnalysisInterruptedException}: neither is a failed agent.
 *
 * <p>An agent may have an LLM path beside its rules path. The LLM path answers empty when it
 * cannot be trusted (endpoint down, invalid or ungrounded answer); the rules path then decides
 * and the agent is recorded {@code degraded}. An agent with an LLM path gets the LLM's time on
 * top of its own.
 */
final class AgentRunner {
    private static final System.Logger LOG = System.getLogger(AgentRunner.class.getName());

    private final ExecutorService cpu;
    private final ExecutorService waits;
    private final PipelineSettings settings;
    private final PipelineListener listener;
    private final List<AgentRun> runs = new ArrayList<>();

    /**
     * @param cpu   the bounded platform pool for the rules
     * @param waits virtual threads for whatever only waits (LLM calls, a reader with threads of its own)
     */
    AgentRunner(ExecutorService cpu, ExecutorService waits, PipelineSettings settings, PipelineListener listener) {
        this.cpu = cpu;
        this.waits = waits;
        this.settings = settings;
        this.listener = listener;
    }

    /** A step the analysis cannot do without, bounded by {@code timeout}; its failure or timeout ends the analysis. */
    <T> T required(String agent, Duration timeout, Supplier<T> work) {
        return required(agent, timeout, null, work);
    }

    /** A required step with an optional LLM path ({@code llm} null: rules only). */
    <T> T required(String agent, Duration timeout, Supplier<Optional<T>> llm, Supplier<T> rules) {
        return collect(start(agent, timeout, llm, rules), true).orElseThrow();
    }

    /** A required step that only waits (reading the document waits on the reader's own threads). */
    <T> T requiredWaiting(String agent, Duration timeout, Supplier<T> work) {
        listener.agentStarted(agent);
        Future<Attempt<T>> future = submit(waits, () -> new Attempt<>(work.get(), Mode.RULES, Status.OK));
        return collect(new Started<>(agent, Mode.RULES, timeout, System.nanoTime(), future), true).orElseThrow();
    }

    /** Starts an agent bounded by the agent timeout; collect its result with {@link #await}. */
    <T> Started<T> start(String agent, Supplier<T> work) {
        return start(agent, null, work);
    }

    /** Starts an agent with an optional LLM path ({@code llm} null: rules only). */
    <T> Started<T> start(String agent, Supplier<Optional<T>> llm, Supplier<T> rules) {
        return start(agent, settings.agentTimeout(), llm, rules);
    }

    /** Runs an agent now, bounded by the agent timeout; empty when it failed or timed out. */
    <T> Optional<T> attempt(String agent, Supplier<T> work) {
        return await(start(agent, work));
    }

    <T> Optional<T> attempt(String agent, Supplier<Optional<T>> llm, Supplier<T> rules) {
        return await(start(agent, llm, rules));
    }

    /** The agent's result, or empty when it failed or did not finish within its timeout. */
    <T> Optional<T> await(Started<T> started) {
        return collect(started, false);
    }

    /**
     * Runs CPU work of an LLM path on the pool and waits for it; called from the agent's own
     * virtual thread. Cancelling the agent cancels the work.
     */
    <T> T onCpu(Supplier<T> work) {
        Future<T> future = submit(cpu, work::get);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
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

    private <T> Started<T> start(String agent, Duration timeout, Supplier<Optional<T>> llm, Supplier<T> rules) {
        listener.agentStarted(agent);
        long startNanos = System.nanoTime();
        if (llm == null) {
            return new Started<>(agent, Mode.RULES, timeout, startNanos,
                    submit(cpu, () -> new Attempt<>(rules.get(), Mode.RULES, Status.OK)));
        }
        return new Started<>(agent, Mode.LLM, timeout.plus(settings.llmTimeout()), startNanos,
                submit(waits, () -> withLlm(llm, rules)));
    }

    private <T> Attempt<T> withLlm(Supplier<Optional<T>> llm, Supplier<T> rules) {
        Optional<T> answer;
        try {
            answer = llm.get();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof Budget.Exhausted) {
                throw e; // cancelled, or the rules it reconciles with ran out of time: no fallback can do better
            }
            LOG.log(System.Logger.Level.WARNING, "LLM path failed; rules take over", e);
            answer = Optional.empty();
        }
        if (answer.isPresent()) {
            return new Attempt<>(answer.get(), Mode.LLM, Status.OK);
        }
        return new Attempt<>(onCpu(rules), Mode.RULES, Status.DEGRADED);
    }

    private <T> Optional<T> collect(Started<T> started, boolean required) {
        long remaining = started.timeout().toNanos() - (System.nanoTime() - started.startNanos());
        try {
            Attempt<T> attempt = started.future().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            record(started.agent(), attempt.status(), attempt.mode(), started.startNanos());
            return Optional.of(attempt.value());
        } catch (TimeoutException e) {
            started.future().cancel(true);
            return timedOut(started, required);
        } catch (ExecutionException e) {
            return failed(started, required, e.getCause());
        } catch (InterruptedException e) {
            started.future().cancel(true);
            Thread.currentThread().interrupt();
            record(started.agent(), Status.FAILED, started.intendedMode(), started.startNanos());
            throw new AnalysisInterruptedException(started.agent(), e);
        }
    }

    private <T> Optional<T> timedOut(Started<T> started, boolean required) {
        record(started.agent(), Status.FAILED, started.intendedMode(), started.startNanos());
        LOG.log(System.Logger.Level.WARNING, "agent {0} timed out after {1}; cancelled", started.agent(), started.timeout());
        if (required) {
            throw new AgentTimeoutException(started.agent(), started.timeout());
        }
        return Optional.empty();
    }

    private <T> Optional<T> failed(Started<T> started, boolean required, Throwable cause) {
        if (cause instanceof Budget.Exhausted) {
            return timedOut(started, required);
        }
        record(started.agent(), Status.FAILED, started.intendedMode(), started.startNanos());
        if (required || cause instanceof Error) {
            throw rethrown(cause);
        }
        LOG.log(System.Logger.Level.WARNING, "agent " + started.agent() + " failed", cause);
        return Optional.empty();
    }

    /** An agent's failure as thrown on the orchestrating thread: errors stay errors. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /** A full pool is the agent's failure, collected like any other. */
    private static <V> Future<V> submit(ExecutorService executor, Callable<V> task) {
        try {
            return executor.submit(task);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void record(String agent, Status status, Mode mode, long startNanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        AgentRun run = new AgentRun(agent, status, mode, ms);
        runs.add(run);
        listener.agentFinished(run);
    }

    private record Attempt<T>(T value, Mode mode, Status status) {
    }

    record Started<T>(String agent, Mode intendedMode, Duration timeout, long startNanos, Future<Attempt<T>> future) {
    }
}
