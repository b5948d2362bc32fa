package com.billaudit.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Ends a request body read, or a response body write, that stops making progress. A client that
 * sends part of an upload and then nothing, or asks for a document and never reads it, would
 * otherwise hold the thread, and the permit it holds, for as long as the connection lives: Helidon
 * sets no timeout on the sockets it accepts. A watchdog interrupts the thread instead; a virtual
 * thread interrupted in socket I/O closes the socket, and the read or write fails.
 */
public final class StallGuard {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("stall-watchdog").factory());
    private static final int CHUNK = 64 * 1024;
    private static final int WORKING = 0;
    private static final int DONE = 1;
    private static final int STALLED = 2;

    private final Duration stall;

    /** @param stall how long a body may move no byte before its reading or writing is ended */
    public StallGuard(Duration stall) {
        this.stall = stall;
    }

    /**
     * Runs {@code reader} on {@code body} on this thread, interrupting it when no byte has arrived
     * for the stall time.
     *
     * @throws ApiException.BadRequest when the body stalled (the client will not see it: its connection is closed)
     */
    public <T> T read(InputStream body, Function<InputStream, T> reader) {
        return watch(watch -> reader.apply(new Watched(body, watch)));
    }

    /**
     * Writes {@code content} to {@code out} and closes it, interrupting this thread when the client
     * takes no byte for the stall time.
     *
     * @throws ApiException.BadRequest when the client stopped reading (its connection is closed)
     * @throws UncheckedIOException    when the write fails otherwise
     */
    public void write(byte[] content, OutputStream out) {
        watch(watch -> {
            try (out) {
                for (int offset = 0; offset < content.length; offset += CHUNK) {
                    // a chunk of its own: Helidon's response stream sent bytes from the wrong place
                    // when handed a slice of a larger array (a 19 MB document came back garbled)
                    out.write(Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK)));
                    watch.progress();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing the response failed", e);
            }
            return null;
        });
    }

    private <T> T watch(Function<Watch, T> work) {
        Watch watch = new Watch(Thread.currentThread());
        long every = Math.max(1, stall.toMillis() / 4);
        ScheduledFuture<?> check = WATCHDOG.scheduleAtFixedRate(() -> watch.check(stall.toNanos()), every, every,
                TimeUnit.MILLISECONDS);
        try {
            T result = work.apply(watch);
            if (!watch.finish()) {
                throw stalled();
            }
            return result;
        } catch (RuntimeException e) {
            if (!watch.finish()) {
                throw stalled();
            }
            throw e;
        } finally {
            check.cancel(false);
        }
    }

    private ApiException.BadRequest stalled() {
        // the interrupt was for the socket; whatever runs next on this thread must not meet it
        Thread.interrupted();
        return new ApiException.BadRequest("The body stalled: no byte moved for " + stall.toSeconds() + " s");
    }

    /** One read or write under watch: when bytes last moved, and whether the watchdog struck. */
    private static final class Watch {
        private final Thread worker;
        private final AtomicInteger state = new AtomicInteger(WORKING);
        private volatile long lastProgress = System.nanoTime();

        Watch(Thread worker) {
            this.worker = worker;
        }

        void progress() {
            lastProgress = System.nanoTime();
        }

        void check(long stallNanos) {
            if (System.nanoTime() - lastProgress > stallNanos && state.compareAndSet(WORKING, STALLED)) {
                worker.interrupt();
            }
        }

        /** Whether the work ended before the watchdog struck; after this it never strikes. */
        boolean finish() {
            return state.compareAndSet(WORKING, DONE) || state.get() == DONE;
        }
    }

    /** The body, noting when bytes arrive. */
    private static final class Watched extends FilterInputStream {
        private final Watch watch;

        Watched(InputStream in, Watch watch) {
            super(in);
            this.watch = watch;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            watch.progress();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            watch.progress();
            return n;
        }
    }
}
