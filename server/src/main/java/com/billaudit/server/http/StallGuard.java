package com.billaudit.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Ends the reading of a request body that stops making progress. A client that sends part of an
 * upload and then nothing would otherwise hold the reading thread, and the upload permit it holds,
 * for as long as the connection lives: Helidon sets no read timeout on the sockets it accepts. A
 * watchdog interrupts the reading thread instead; a virtual thread interrupted in a socket read
 * closes the socket, and the read fails.
 */
public final class StallGuard {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("stall-watchdog").factory());
    private static final int READING = 0;
    private static final int DONE = 1;
    private static final int STALLED = 2;

    private final Duration stall;

    /** @param stall how long a body may send nothing before its reading is ended */
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
        Watched watched = new Watched(body, Thread.currentThread());
        long every = Math.max(1, stall.toMillis() / 4);
        ScheduledFuture<?> check = WATCHDOG.scheduleAtFixedRate(() -> watched.check(stall.toNanos()), every, every,
                TimeUnit.MILLISECONDS);
        try {
            T result = reader.apply(watched);
            if (!watched.finish()) {
                throw stalled();
            }
            return result;
        } catch (RuntimeException e) {
            if (!watched.finish()) {
                throw stalled();
            }
            throw e;
        } finally {
            check.cancel(false);
        }
    }

    private ApiException.BadRequest stalled() {
        // the interrupt was for the read; whatever runs next on this thread must not meet it
        Thread.interrupted();
        return new ApiException.BadRequest("The request body stalled: nothing arrived for " + stall.toSeconds() + " s");
    }

    /** The body, noting when bytes last arrived. */
    private static final class Watched extends FilterInputStream {
        private final Thread reader;
        private final AtomicInteger state = new AtomicInteger(READING);
        private volatile long lastProgress = System.nanoTime();

        Watched(InputStream in, Thread reader) {
            super(in);
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            lastProgress = System.nanoTime();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            lastProgress = System.nanoTime();
            return n;
        }

        void check(long stallNanos) {
            if (System.nanoTime() - lastProgress > stallNanos && state.compareAndSet(READING, STALLED)) {
                reader.interrupt();
            }
        }

        /** Whether the reading ended before the watchdog struck; after this it never strikes. */
        boolean finish() {
            return state.compareAndSet(READING, DONE) || state.get() == DONE;
        }
    }
}
