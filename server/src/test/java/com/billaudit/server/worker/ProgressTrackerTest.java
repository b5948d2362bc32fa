package com.billaudit.server.worker;

import com.billaudit.persistence.analysis.AnalysisProgress;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTrackerTest {
    private final List<AnalysisProgress> written = new ArrayList<>();
    private final List<UUID> writtenFor = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final ProgressTracker tracker = new ProgressTracker((id, progress) -> {
        writtenFor.add(id);
        written.add(progress);
    }, clock);

    @Test
    void atMostOneWriteASecondPerAnalysis() {
        UUID id = UUID.randomUUID();
        try (ProgressTracker.JobProgress job = tracker.start(id)) {
            job.agentStarted("intake");
            tracker.pageRead("ocr", 1.0, 0.9);
            tracker.pageRead("ocr", 1.0, 0.9);
            clock.advance(Duration.ofMillis(1000));
            tracker.pageRead("ocr", 1.0, 0.9);
            clock.advance(Duration.ofMillis(400));
            job.agentStarted("extraction");
            clock.advance(Duration.ofMillis(600));
            job.agentStarted("rate-audit");
        }

        assertEquals(List.of(new AnalysisProgress("ocr", 3, null), new AnalysisProgress("audit", 3, 3)), written,
                "intake is not written again: the claim stored it");
        assertEquals(List.of(id, id), writtenFor);
    }

    @Test
    void pagesAreCountedOnlyWhileOneDocumentIsReadHere() {
        try (ProgressTracker.JobProgress first = tracker.start(UUID.randomUUID());
             ProgressTracker.JobProgress second = tracker.start(UUID.randomUUID())) {
            first.agentStarted("intake");
            second.agentStarted("intake");
            clock.advance(Duration.ofSeconds(2));
            tracker.pageRead("ocr", 1.0, 0.9);
            assertEquals(List.of(), written, "whose page it was is unknown: nothing written");

            second.agentStarted("classification");
            tracker.pageRead("pdf-text", 0.1, null);
        }

        assertEquals(new AnalysisProgress("intake", 1, null), written.getLast());
    }

    @Test
    void nothingIsWrittenAfterTheRunEnded() {
        ProgressTracker.JobProgress job = tracker.start(UUID.randomUUID());
        job.close();
        job.agentStarted("explanation");

        assertEquals(List.of(), written);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
