package com.billaudit.persistence.cache;

/**
 * Per-key request budgets: at most {@code perMinute} requests in a minute that starts with the
 * key's first request. Shared by every replica when the cache is Redis.
 */
public interface RequestBudgets {

    /** Budgets kept by this process alone. */
    static RequestBudgets inProcess() {
        return new InProcessRequestBudgets(System::currentTimeMillis);
    }

    /** Counts one request of {@code key} against {@code perMinute}. */
    Spend spend(String key, int perMinute);

    /**
     * @param allowed          whether the request is within the budget
     * @param retryAfterMillis when refused, how long until the budget is renewed
     */
    record Spend(boolean allowed, long remaining, long retryAfterMillis) {
        static Spend of(long used, int perMinute, long windowLeftMillis) {
            boolean allowed = used <= perMinute;
            return new Spend(allowed, Math.max(0, perMinute - used), allowed ? 0 : Math.max(1, windowLeftMillis));
        }
    }
}
