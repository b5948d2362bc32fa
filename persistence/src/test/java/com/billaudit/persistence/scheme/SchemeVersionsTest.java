package com.billaudit.persistence.scheme;

import com.billaudit.domain.Scheme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.billaudit.persistence.scheme.ListVersion.Origin.BUNDLED;
import static com.billaudit.persistence.scheme.ListVersion.Origin.IMPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemeVersionsTest {
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate APR_2025 = LocalDate.of(2025, 4, 1);

    @Test
    void theVersionInForceIsTheLatestStartedOnOrBeforeTheBillDate() {
        List<ListVersion> versions = List.of(version(1, JAN_2025, IMPORT), version(2, APR_2025, IMPORT));

        assertEquals(1, inForce(versions, LocalDate.of(2025, 3, 31)));
        assertEquals(2, inForce(versions, APR_2025));
        assertEquals(2, inForce(versions, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aCorrectionImportedLaterForAnEarlierDateDoesNotDisplaceANewerVersion() {
        List<ListVersion> versions = List.of(version(1, JAN_2025, IMPORT), version(2, APR_2025, IMPORT),
                version(3, JAN_2025, IMPORT));

        assertEquals(3, inForce(versions, LocalDate.of(2025, 2, 1)), "the correction replaces version 1");
        assertEquals(2, inForce(versions, LocalDate.of(2025, 5, 1)), "from April version 2 still applies");
    }

    @Test
    void aBillOlderThanEveryVersionIsAuditedAgainstTheLatestImport() {
        List<ListVersion> versions = List.of(version(1, LocalDate.of(2026, 11, 20), IMPORT),
                version(2, LocalDate.of(2026, 11, 23), IMPORT));

        assertEquals(2, inForce(versions, LocalDate.of(2025, 4, 5)));
    }

    @Test
    void bundledVersionsGiveWayToAnyImportedOne() {
        List<ListVersion> bundledOnly = List.of(version(1, JAN_2025, BUNDLED));
        List<ListVersion> thenImported = List.of(version(1, JAN_2025, BUNDLED), version(2, LocalDate.of(2026, 6, 1), IMPORT));

        assertEquals(1, inForce(bundledOnly, APR_2025));
        assertEquals(2, inForce(thenImported, APR_2025), "even for a bill dated before the import");
    }

    @Test
    void aListWithNoVersionHasNoneInForce() {
        SchemeVersions none = new SchemeVersions(new Scheme("S", "S", "INR", BigDecimal.ZERO), List.of(), List.of());

        assertEquals(Optional.empty(), none.tariffInForce(APR_2025));
        assertTrue(none.nonPayableInForce(APR_2025).isEmpty());
    }

    private static int inForce(List<ListVersion> versions, LocalDate date) {
        return SchemeVersions.inForce(versions, date).orElseThrow().version();
    }

    private static ListVersion version(int number, LocalDate from, ListVersion.Origin origin) {
        return new ListVersion(number, from, origin, 10, Instant.parse("2026-01-01T00:00:00Z"), UUID.randomUUID());
    }
}
