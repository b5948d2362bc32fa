package com.billaudit.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL runs as a child process; when the JVM is killed (no shutdown hook) it
 * keeps running and holds the data directory, so the next start would fail. This finds such a
 * leftover postmaster through its {@code postmaster.pid} and stops it first.
 */
final class OrphanPostmaster {
    private static final System.Logger LOG = System.getLogger(OrphanPostmaster.class.getName());
    private static final long SHUTDOWN_SECONDS = 30;

    private OrphanPostmaster() {
    }

    static void stopIfRunning(Path pgData) {
        find(pgData).ifPresent(postmaster -> stop(postmaster, pgData));
    }

    /** The live postgres process named by the data directory's pid file, if any. */
    static Optional<ProcessHandle> find(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanPostmaster::isPostgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        } catch (RuntimeException e) {
            return Optional.empty(); // a torn or empty pid file: postgres itself deals with it
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster, Path pgData) {
        LOG.log(Level.WARNING, "PostgreSQL (pid {0}) left running on {1} by an earlier process: stopping it",
                postmaster.pid(), pgData);
        postmaster.destroy(); // SIGTERM: postgres finishes its work and shuts down cleanly
        try {
            postmaster.onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL pid " + postmaster.pid() + " did not stop within "
                    + SHUTDOWN_SECONDS + " s; stop it and start again", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for PostgreSQL pid " + postmaster.pid() + " to stop failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a leftover PostgreSQL", e);
        }
    }
}
