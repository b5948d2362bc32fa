package com.billaudit.rulebook;

import com.billaudit.audit.AuditSettings;
import com.billaudit.audit.TariffMatcher;
import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A region's own row wins over the national one for a bill from that region, and only for it. */
class RegionPrecedenceTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2025, 7, 1);
    private static final Rulebook RULEBOOK = new Rulebook(new Scheme("S", "S", "INR", new BigDecimal("0.10")), 1,
            List.of(room("R1", "1500.00", null, null), room("R1", "2000.00", "DL", JAN), room("R1", "2200.00", "DL", JUL),
                    room("R1", "1800.00", "MH", null)),
            0, List.of());

    @Test
    void theRegionRowWinsForItsOwnRegion() {
        assertEquals(Money.of("2000.00"), rate("DL", LocalDate.of(2025, 3, 1)));
        assertEquals(Money.of("1800.00"), rate("mh", LocalDate.of(2025, 3, 1)));
    }

    @Test
    void otherRegionsAndBillsWithoutARegionGetTheNationalRow() {
        assertEquals(Money.of("1500.00"), rate(null, LocalDate.of(2025, 3, 1)));
        assertEquals(Money.of("1500.00"), rate("KA", LocalDate.of(2025, 3, 1)));
    }

    @Test
    void ofARegionsRowsTheOneInForceOnTheLineDateApplies() {
        assertEquals(Money.of("2200.00"), rate("DL", LocalDate.of(2025, 8, 1)));
        assertEquals(Money.of("1500.00"), rate("DL", LocalDate.of(2024, 12, 1)), "before the region's rows start");
    }

    private static BigDecimal rate(String region, LocalDate date) {
        TariffMatcher matcher = new TariffMatcher(RULEBOOK, region, AuditSettings.defaults());
        LineItem line = new LineItem(1, "General Ward Bed Charges", date, BigDecimal.ONE, Money.of("1500.00"),
                Money.of("1500.00"), Category.OTHER, 1, 1.0, null);
        return matcher.matchAll(List.of(line)).getFirst().match().rate();
    }

    private static TariffRow room(String code, String rate, String region, LocalDate from) {
        return new TariffRow(code, "General Ward Bed Charges", Money.of(rate), "per day", Category.ROOM, List.of(),
                region, from);
    }
}
