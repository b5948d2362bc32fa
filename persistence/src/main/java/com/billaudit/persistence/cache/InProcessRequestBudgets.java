package com.billaudit.persistence.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Budgets kept by this process alone (no Redis, or Redis down). */
final class InProcessRequestBudgets implements RequestBudgets {
    private static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    InProcessRequestBudgets(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    @Override
    public Spend spend(String key, int perMinute) {
        long now = clockMillis.getAsLong();
        Window window = windows.compute(key, (k, current) -> current == null || current.endsAt <= now
                ? new Window(now + WINDOW_MILLIS, 1) : new Window(current.endsAt, current.used + 1));
        windows.entrySet().removeIf(e -> e.getValue().endsAt <= now); // forget keys that went quiet
        return Spend.of(window.used, perMinute, window.endsAt - now);
    }

    private record Window(long endsAt, long used) {
    }
}
