package com.billaudit.pipeline;

import com.billaudit.audit.AuditSettings;
import com.billaudit.domain.AgentRun;
import com.billaudit.work.Budget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How one agent's failure, timeout, crash or interruption shows in the analysis. */
class AgentRunnerTest {
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Scheduling slack on a busy two-core machine; still far below "waits for the agent". */
    private static final Duration MARGIN = Duration.ofSeconds(2);

    private final AgentThreads cpu = AgentThreads.of(2);
    private final ExecutorService waits = Executors.newVirtualThreadPerTaskExecutor();
    private final AgentRunner agents = new AgentRunner(cpu.executor(), waits,
            new PipelineSettings(Duration.ofSeconds(5), TIMEOUT, TIMEOUT, TIMEOUT, AuditSettings.defaults()),
            PipelineListener.NONE);

    @AfterEach
    void close() {
        waits.shutdownNow();
        cpu.close();
    }

    @Test
    void aFailingAgentIsRecordedFailedAndTheOthersKeepTheirResults() {
        var failing = agents.start("duplicates", () -> {
            throw new IllegalStateException("bug in a rule");
        });
        var working = agents.start("arithmetic", () -> 42);

        assertEquals(Optional.empty(), agents.await(failing));
        assertEquals(Optional.of(42), agents.await(working));
        assertEquals(List.of("duplicates:failed", "arithmetic:ok"), outcomes());
    }

    @Test
    void aTimedOutAgentIsInterruptedAndNotWaitedFor() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();

        Optional<Object> result = agents.attempt("duplicates", () -> spinUntilInterrupted(interrupted));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(result.isEmpty());
        assertTrue(took.compareTo(TIMEOUT.plus(MARGIN)) < 0, "returned after " + took);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the agent's thread was interrupted");
        assertEquals(List.of("duplicates:failed"), outcomes());
    }

    @Test
    void aRequiredStepThatTimesOutEndsTheAnalysisWithItsOwnCode() {
        AgentTimeoutException timeout = assertThrows(AgentTimeoutException.class,
                () -> agents.required("extraction", TIMEOUT, () -> spinUntilInterrupted(new CountDownLatch(1))));
        assertEquals("extraction_timeout", timeout.code());
    }

    @Test
    void aSpentBudgetIsATimeoutNotABug() {
        AgentTimeoutException timeout = assertThrows(AgentTimeoutException.class,
                () -> agents.required("extraction", Duration.ofSeconds(5), () -> {
                    Budget.after(Duration.ZERO).check();
                    return "never";
                }));
        assertEquals("extraction_timeout", timeout.code());
    }

    @Test
    void anErrorInAnyAgentEndsTheAnalysis() {
        var crashing = agents.start("duplicates", AgentRunnerTest::recurse);

        assertThrows(StackOverflowError.class, () -> agents.await(crashing));
        assertEquals(List.of("duplicates:failed"), outcomes());
    }

    @Test
    void anInterruptedOrchestratorStopsWithInterruptionAndCancelsTheAgent() throws Exception {
        CountDownLatch agentInterrupted = new CountDownLatch(1);
        CountDownLatch agentRunning = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AgentRunner patient = new AgentRunner(cpu.executor(), waits,
                new PipelineSettings(Duration.ofSeconds(5), Duration.ofMinutes(5), AuditSettings.defaults()),
                PipelineListener.NONE);
        Thread orchestrator = Thread.ofVirtual().start(() -> {
            try {
                patient.attempt("rate-audit", () -> {
                    agentRunning.countDown();
                    return spinUntilInterrupted(agentInterrupted);
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        assertTrue(agentRunning.await(5, TimeUnit.SECONDS));

        orchestrator.interrupt();
        orchestrator.join(Duration.ofSeconds(5));

        assertFalse(orchestrator.isAlive());
        assertTrue(thrown.get() instanceof AnalysisInterruptedException, String.valueOf(thrown.get()));
        assertTrue(agentInterrupted.await(5, TimeUnit.SECONDS), "the agent was cancelled too");
    }

    @Test
    void llmFallbackRulesRunOnTheCpuPoolNotOnAVirtualThread() {
        AtomicReference<Thread> rulesThread = new AtomicReference<>();
        Optional<String> result = agents.attempt("explanation", Optional::<String>empty, () -> {
            rulesThread.set(Thread.currentThread());
            return "rules";
        });

        assertEquals(Optional.of("rules"), result);
        assertFalse(rulesThread.get().isVirtual());
        assertEquals(List.of("explanation:degraded"), outcomes());
    }

    private List<String> outcomes() {
        return agents.runs().stream().map(r -> r.name() + ":" + r.status().code()).toList();
    }

    /** CPU work that only stops when cancelled, like a rule on a pathological bill. */
    private static Object spinUntilInterrupted(CountDownLatch interrupted) {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        interrupted.countDown();
        throw new IllegalStateException("cancelled");
    }

    private static int recurse() {
        return recurse() + 1;
    }
}
