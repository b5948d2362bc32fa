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
 * who calls): the key's own budget, else {@code defaultPerMinute}. Budgets are for issued keys:
 * the operator's MASTER_API_KEY (used by import scripts, benchmarks and scorers) and open mode
 * have none.
 */
public final class BudgetFilter implements Filter {
    private final RequestBudgets budgets;
    private final int defaultPerMinute;

    /** @param defaultPerMinute 0: no budget unless a key has its own */
    public BudgetFilter(RequestBudgets budgets, int defaultPerMinute) {
        this.budgets = budgets;
        this.defaultPerMinute = defaultPerMinute;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        req.context().get(Principal.class).filter(principal -> principal.keyId() != null).ifPresent(this::spend);
        chain.proceed();
    }

    private void spend(Principal principal) {
        int perMinute = principal.requestsPerMinute() != null ? principal.requestsPerMinute() : defaultPerMinute;
        if (perMinute <= 0) {
            return;
        }
        RequestBudgets.Spend spend = budgets.spend(principal.keyId(), perMinute);
        if (!spend.allowed()) {
            throw new ApiException.TooManyRequests("This key may make " + perMinute + " requests a minute; "
                    + "retry after the Retry-After seconds", Duration.ofMillis(spend.retryAfterMillis()));
        }
    }
}
