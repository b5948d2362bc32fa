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
 * who calls): the key's own budget, else {@code defaultPerMinute}; the master key has one too.
 * Open mode (no keys at all) has none.
 */
public final class BudgetFilter implements Filter {
    private static final String MASTER = "master";

    private final RequestBudgets budgets;
    private final int defaultPerMinute;
    private final boolean open;

    /** @param defaultPerMinute 0: no budget unless a key has its own */
    public BudgetFilter(RequestBudgets budgets, int defaultPerMinute, boolean open) {
        this.budgets = budgets;
        this.defaultPerMinute = defaultPerMinute;
        this.open = open;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        req.context().get(Principal.class).filter(principal -> !open).ifPresent(this::spend);
        chain.proceed();
    }

    private void spend(Principal principal) {
        int perMinute = principal.requestsPerMinute() != null ? principal.requestsPerMinute() : defaultPerMinute;
        if (perMinute <= 0) {
            return;
        }
        RequestBudgets.Spend spend = budgets.spend(principal.keyId() == null ? MASTER : principal.keyId(), perMinute);
        if (!spend.allowed()) {
            throw new ApiException.TooManyRequests("This key may make " + perMinute + " requests a minute; "
                    + "retry after the Retry-After seconds", Duration.ofMillis(spend.retryAfterMillis()));
        }
    }
}
