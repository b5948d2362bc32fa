package com.billaudit.llm;

import java.time.Duration;

/**
 * The point in time by which a bill's analysis must be done; every LLM call is bounded by what
 * remains.
 *
 * @param document the SHA-256 of the document the calls are about: their cached answers are filed
 *                 under it, so that deleting the analysis deletes them ("" when about no document)
 */
public record Deadline(long endNanos, String document) {

    public static Deadline after(Duration budget) {
        return after(budget, "");
    }

    public static Deadline after(Duration budget, String document) {
        return new Deadline(System.nanoTime() + budget.toNanos(), document == null ? "" : document);
    }

    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** The shorter of {@code own} and what remains of the budget. */
    public Duration cap(Duration own) {
        Duration left = remaining();
        return own.compareTo(left) <= 0 ? own : left;
    }

    public boolean expired() {
        return remaining().isZero();
    }
}
