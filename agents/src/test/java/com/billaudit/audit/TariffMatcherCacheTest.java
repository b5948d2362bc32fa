package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.Rulebook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class TariffMatcherCacheTest {
    private static final Rulebook V1 = Bills.rulebook(List.of(Bills.row("I1", "Serum Ferritin", "450",
            Category.INVESTIGATION)), List.of());
    private static final Rulebook OTHER_ROWS = Bills.rulebook(List.of(Bills.row("I1", "Serum Ferritin", "500",
            Category.INVESTIGATION)), List.of());

    @Test
    void theSameTariffAndRegionShareOneMatcher() {
        TariffMatcherCache cache = new TariffMatcherCache(4);

        assertSame(cache.matcher(V1, "ka", Bills.SETTINGS), cache.matcher(V1, "KA", Bills.SETTINGS));
        assertNotSame(cache.matcher(V1, "KA", Bills.SETTINGS), cache.matcher(V1, null, Bills.SETTINGS));
        assertNotSame(cache.matcher(V1, null, Bills.SETTINGS), cache.matcher(OTHER_ROWS, null, Bills.SETTINGS));
    }

    @Test
    void aRulebookRebuiltWithEqualRowsFindsTheMatcherPreparedBefore() {
        TariffMatcherCache cache = new TariffMatcherCache(4);
        Rulebook rebuilt = Bills.rulebook(List.of(Bills.row("I1", "Serum Ferritin", "450", Category.INVESTIGATION)),
                List.of());

        assertSame(cache.matcher(V1, null, Bills.SETTINGS), cache.matcher(rebuilt, null, Bills.SETTINGS));
    }

    @Test
    void theLeastRecentlyUsedMatcherMakesRoom() {
        TariffMatcherCache cache = new TariffMatcherCache(1);
        TariffMatcher first = cache.matcher(V1, null, Bills.SETTINGS);

        cache.matcher(OTHER_ROWS, null, Bills.SETTINGS);

        assertNotSame(first, cache.matcher(V1, null, Bills.SETTINGS));
    }
}
