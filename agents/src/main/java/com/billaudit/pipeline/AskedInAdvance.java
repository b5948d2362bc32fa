package com.billaudit.pipeline;

import com.billaudit.llm.Deadline;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for what the model was asked in advance, no longer than the analysis may take. */
final class AskedInAdvance {

    private AskedInAdvance() {
    }

    /**
     * The model's answer; empty when it gave none by {@code deadline} (the call is then cancelled)
     * or the wait was interrupted (the interrupt is kept). A call that failed throws, as
     * "{@code what} failed".
     */
    static <T> Optional<T> await(Future<Optional<T>> answer, Deadline deadline, String what) {
        try {
            return answer.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
