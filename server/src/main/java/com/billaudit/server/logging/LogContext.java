package com.billaudit.server.logging;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request id and analysis id of the work the current thread does, for log lines. Inherited by
 * the virtual threads an analysis starts (its parallel audit agents), so their lines carry it too.
 */
public final class LogContext {
    private static final InheritableThreadLocal<Ids> CURRENT = new InheritableThreadLocal<>();
    private static final Pattern ANALYSIS_PATH = Pattern.compile("^/v1/analyses/([0-9a-fA-F-]{36})(?:/.*)?$");

    private LogContext() {
    }

    /** What log lines written now should name; both null outside a request or an analysis. */
    public record Ids(String requestId, String analysisId) {
    }

    static Ids current() {
        Ids ids = CURRENT.get();
        return ids == null ? new Ids(null, null) : ids;
    }

    /** Runs {@code work} with the request's id, and the analysis id when the path names one. */
    public static void forRequest(String requestId, String path, Runnable work) {
        Matcher analysis = ANALYSIS_PATH.matcher(path);
        run(new Ids(requestId, analysis.matches() ? analysis.group(1) : null), work);
    }

    /** Runs {@code work} as the analysis {@code analysisId}'s. */
    public static <T> T forAnalysis(UUID analysisId, java.util.function.Supplier<T> work) {
        Ids previous = CURRENT.get();
        CURRENT.set(new Ids(previous == null ? null : previous.requestId(), analysisId.toString()));
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    private static void run(Ids ids, Runnable work) {
        Ids previous = CURRENT.get();
        CURRENT.set(ids);
        try {
            work.run();
        } finally {
            restore(previous);
        }
    }

    private static void restore(Ids previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
