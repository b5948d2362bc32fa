package com.billaudit.extraction;

import java.util.function.Supplier;

/**
 * A value bound for the length of one call on the current thread and restored after it, for
 * what a whole extraction shares (its locale, its memo of lines) without threading it through
 * every small reader. The shape of {@code java.lang.ScopedValue}, which the build cannot use
 * yet: it compiles for Java 21, where that class is a preview.
 */
final class ThreadScoped<T> {
    private final ThreadLocal<T> current = new ThreadLocal<>();

    /** Runs {@code work} with {@code value} bound, then binds again what was bound before. */
    <R> R within(T value, Supplier<R> work) {
        T outer = current.get();
        current.set(value);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** The bound value, or null outside any {@link #within}. */
    T orNull() {
        return current.get();
    }
}
