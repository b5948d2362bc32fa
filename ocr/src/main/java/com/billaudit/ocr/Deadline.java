package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.time.Duration;

/** The point in time by which a document must be read. */
record Deadline(long nanos) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + Math.max(0, budget.toNanos()));
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
    }

    /** Throws TIMEOUT when the budget is spent. */
    void check() {
        if (System.nanoTime() - nanos >= 0) {
            throw new DocumentRejectedException(Reason.TIMEOUT, "reading the document took longer than its budget");
        }
    }
}
