package com.billaudit.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The bounded platform-thread pool the agents' CPU work runs on (extraction, the audit rules, the
 * verdict, the explanation). Virtual threads would run it on their carriers, the very threads
 * every HTTP request needs; a core-sized pool leaves the carriers to the requests. The waiting
 * (the orchestrator, LLM calls) stays on virtual threads.
 */
public final class AgentThreads implements AutoCloseable {
    /** Agent tasks waiting for a thread; analyses beyond it fail their agent rather than pile up. */
    private static final int QUEUE = 1024;
    private static final long IDLE_SECONDS = 30;

    private final ThreadPoolExecutor pool;

    private AgentThreads(int threads) {
        pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                Thread.ofPlatform().daemon().name("agent-cpu-", 1).factory());
        // idle threads go, so a pipeline nobody closes (a test's) holds none
        pool.allowCoreThreadTimeOut(true);
    }

    /** A pool of {@code threads} platform threads. */
    public static AgentThreads of(int threads) {
        return new AgentThreads(Math.max(1, threads));
    }

    /** One thread per core. */
    public static AgentThreads perCore() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    ExecutorService executor() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
