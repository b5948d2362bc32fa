package com.billaudit.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects what the LLM layer reports, as a metrics adapter would. */
final class RecordingListener implements LlmListener {

    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger tokensIn = new AtomicInteger();
    final AtomicInteger cacheHits = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final List<LlmException.Reason> failures = new CopyOnWriteArrayList<>();

    @Override
    public void called(String agent, long durationMs, int in, int out) {
        calls.incrementAndGet();
        tokensIn.addAndGet(in);
    }

    @Override
    public void cacheHit(String agent) {
        cacheHits.incrementAndGet();
    }

    @Override
    public void failed(String agent, LlmException.Reason reason) {
        failures.add(reason);
    }

    @Override
    public void groundingRejected(String agent, int count) {
        rejected.addAndGet(count);
    }
}
