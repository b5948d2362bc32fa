package com.billaudit.server.worker;

import com.billaudit.domain.TextSource;
import com.billaudit.ocr.IntakeListener;
import com.billaudit.persistence.analysis.AnalysisProgress;
import com.billaudit.pipeline.PipelineListener;
import com.billaudit.pipeline.ProgressStage;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Where each analysis this process runs is (contract 1.1 {@code progress}), written to the
 * analysis's row so that every replica answers the same. One small update at most every
 * {@link #MIN_INTERVAL} per analysis: a text bill that runs through in a blink writes once, a
 * scan that takes a minute writes as its pages are read.
 *
 * <p>Stages come from the pipeline, per job. Pages come from intake, which reports them for the
 * whole process without saying whose they are (its page threads serve every document), so a
 * page is counted only while exactly one document is being read here; with several read at
 * once, their stage still shows but their page counts wait until reading ends.
 */
public final class ProgressTracker implements IntakeListener {
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(ProgressTracker.class.getName());

    private final BiConsumer<UUID, AnalysisProgress> store;
    private final Clock clock;
    private final Set<JobProgress> reading = ConcurrentHashMap.newKeySet();

    /** @param store writes one analysis's progress (the repository) */
    public ProgressTracker(BiConsumer<UUID, AnalysisProgress> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The progress of one analysis this process starts running; close it when the run ends. The
     * claim stored the analysis at intake just now (the queue does that in the claiming
     * statement), so intake starting is not written again: a text bill's only progress write spared.
     */
    public JobProgress start(UUID analysisId) {
        return new JobProgress(analysisId);
    }

    @Override
    public void pageRead(String textSource, double seconds, Double confidence) {
        JobProgress only = soleReader();
        if (only != null) {
            only.pageRead(TextSource.OCR.code().equals(textSource));
        }
    }

    private JobProgress soleReader() {
        JobProgress found = null;
        for (JobProgress job : reading) {
            if (found != null) {
                return null;
            }
            found = job;
        }
        return found;
    }

    /** One running analysis: told by the pipeline which agent starts, by intake which page was read. */
    public final class JobProgress implements PipelineListener, AutoCloseable {
        private final UUID analysisId;
        private ProgressStage stage = ProgressStage.INTAKE;
        private int pagesDone;
        private Integer pages;
        private Instant lastWrite;
        private boolean closed;

        private JobProgress(UUID analysisId) {
            this.analysisId = analysisId;
            this.lastWrite = clock.instant(); // when the claim stored the intake stage
        }

        @Override
        public synchronized void agentStarted(String agent) {
            ProgressStage started = ProgressStage.ofAgent(agent);
            if (started == ProgressStage.INTAKE) {
                reading.add(this);
            } else {
                reading.remove(this);
                // reading is over: what was read is all there is
                pages = pages == null && pagesDone > 0 ? Integer.valueOf(pagesDone) : pages;
            }
            if (started != stage) {
                stage = started;
                write();
            }
        }

        synchronized void pageRead(boolean ocr) {
            pagesDone++;
            if (ocr) {
                stage = ProgressStage.OCR;
            }
            write();
        }

        @Override
        public synchronized void close() {
            reading.remove(this);
            closed = true;
        }

        private void write() {
            Instant now = clock.instant();
            if (closed || Duration.between(lastWrite, now).compareTo(MIN_INTERVAL) < 0) {
                return;
            }
            lastWrite = now;
            try {
                store.accept(analysisId, new AnalysisProgress(stage.code(), pagesDone, pages));
            } catch (RuntimeException e) {
                // progress is a courtesy: the analysis goes on without it
                LOG.log(Level.DEBUG, "progress of " + analysisId + " not written: " + e.getMessage());
            }
        }
    }
}
