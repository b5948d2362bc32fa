package com.billaudit.server.auth;

import com.billaudit.persistence.cache.RequestBudgets;
import com.billaudit.server.http.ApiException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.time.Duration;

/**
 * Spends one request of the caller's budget on every /v1 request (after {@link AuthFilter} found
 * who calls): an issued key's own budget, else {@code defaultPerMinute}; the master key has
 * {@code masterPerMinute}, generous because import scripts, benchmarks and scorers use it, but
 * there so that no key can flood the service. Open mode has no key and so no budget.
 */
public final class BudgetFilter implements Filter {
    /** The master key's count; issued keys are counted under their ids, which are UUIDs. */
    static final String MASTER_BUDGET = "master-key";

    private final RequestBudgets budgets;
    private final int defaultPerMinute;
    private final int masterPerMinute;

    /**
     * @param defaultPerMinute 0: no budget for an issued key unless it has its own
     * @param masterPerMinute  0: no budget for the master key (and for open mode, which has no key)
     */
    public BudgetFilter(RequestBudgets budgets, int defaultPerMinute, int masterPerMinute) {
        this.budgets = budgets;
        this.defaultPerMinute = defaultPerMinute;
        this.masterPerMinute = masterPerMinute;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        req.context().get(Principal.class).ifPresent(this::spend);
        chain.proceed();
    }

    private void spend(Principal principal) {
        if (principal.keyId() == null) {
            spend(MASTER_BUDGET, masterPerMinute, "The master key");
        } else {
            int perMinute = principal.requestsPerMinute() != null ? principal.requestsPerMinute() : defaultPerMinute;
            spend(principal.keyId(), perMinute, "This key");
        }
    }

    private void spend(String budget, int perMinute, String who) {
        if (perMinute <= 0) {
            return;
        }
        RequestBudgets.Spend spend = budgets.spend(budget, perMinute);
        if (!spend.allowed()) {
            throw new ApiException.TooManyRequests(who + " may make " + perMinute + " requests a minute; "
                    + "retry after the Retry-After seconds", Duration.ofMillis(spend.retryAfterMillis()));
        }
    }
}
