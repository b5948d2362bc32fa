package com.billaudit.persistence.scheme;

import com.billaudit.domain.Category;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.FreshSchema;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemeRepositoryTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2025, 7, 1);

    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final SchemeRepository schemes = new SchemeRepository(schema.database());

    @BeforeEach
    void empty() {
        schema.empty("schemes");
    }

    @Test
    void upsertCreatesThenUpdatesTheHeader() {
        assertTrue(schemes.upsert(new Scheme("PAYER", "Payer", "INR", new BigDecimal("0.10"))));
        assertFalse(schemes.upsert(new Scheme("PAYER", "Payer renamed", "USD", new BigDecimal("0.125"))));

        assertEquals(new Scheme("PAYER", "Payer renamed", "USD", new BigDecimal("0.125")),
                schemes.find("PAYER").orElseThrow());
        assertTrue(schemes.find("NOPE").isEmpty());
    }

    @Test
    void aToleranceReadsBackAsItWasMeant() {
        schemes.upsert(new Scheme("PAYER", "Payer", "INR", new BigDecimal("0.1")));

        assertEquals(new BigDecimal("0.10"), schemes.find("PAYER").orElseThrow().overchargeTolerance());
    }

    @Test
    void eachImportIsANewVersionAndTheLatestIsInForce() {
        schemes.upsert(scheme("PAYER"));
        assertEquals(1, schemes.replaceTariff("PAYER", List.of(row("A1", "Old consult", "100.00", null, null))));
        assertEquals(2, schemes.replaceTariff("PAYER", List.of(row("B1", "Blood count", "150.00", null, null),
                row("B2", "X-ray chest", "300.00", null, null))));

        Rulebook rulebook = schemes.rulebook("PAYER", JAN).orElseThrow();

        assertEquals(2, rulebook.tariffVersion());
        assertEquals(List.of("B1", "B2"), rulebook.tariff().stream().map(TariffRow::code).toList());
        assertEquals(0, rulebook.nonPayableVersion());
        assertTrue(rulebook.nonPayable().isEmpty());
        assertEquals(scheme("PAYER"), rulebook.scheme());
    }

    @Test
    void aLargeImportIsStoredWholeAndInOrderAcrossBatches() {
        schemes.upsert(scheme("PAYER"));
        List<TariffRow> rows = java.util.stream.IntStream.rangeClosed(1, 2_345)
                .mapToObj(i -> row("R" + i, "Service " + i, i + ".00", null, null)).toList();

        int version = schemes.replaceTariff("PAYER", rows);

        Rulebook rulebook = schemes.rulebook("PAYER", version, 0).orElseThrow();
        assertEquals(rows.stream().map(TariffRow::code).toList(), rulebook.tariff().stream().map(TariffRow::code).toList());
    }

    @Test
    void theRulebookHoldsTheRowsInForceOnTheDatePerRegion() {
        schemes.upsert(scheme("PAYER"));
        TariffRow national = row("C1", "Consultation", "100.00", null, null);
        TariffRow nationalFromJuly = row("C1", "Consultation", "120.00", null, JUL);
        TariffRow delhi = row("C1", "Consultation", "140.00", "DL", JAN);
        TariffRow delhiFromJuly = row("C1", "Consultation", "160.00", "DL", JUL);
        TariffRow futureOnly = row("F1", "New procedure", "900.00", null, JUL);
        schemes.replaceTariff("PAYER", List.of(national, nationalFromJuly, delhi, delhiFromJuly, futureOnly));

        List<TariffRow> march = schemes.rulebook("PAYER", LocalDate.of(2025, 3, 1)).orElseThrow().tariff();
        List<TariffRow> august = schemes.rulebook("PAYER", LocalDate.of(2025, 8, 1)).orElseThrow().tariff();

        assertEquals(List.of(national, delhi), march);
        assertEquals(List.of(nationalFromJuly, delhiFromJuly, futureOnly), august);
    }

    @Test
    void aFailedImportChangesNothing() {
        schemes.upsert(scheme("PAYER"));
        schemes.replaceTariff("PAYER", List.of(row("A1", "Consult", "100.00", null, null)));
        TariffRow tooLarge = row("A2", "Impossible", "10000000000.00", null, null);

        assertThrows(RuntimeException.class, () -> schemes.replaceTariff("PAYER",
                List.of(row("A3", "Fine", "1.00", null, null), tooLarge)));

        Rulebook rulebook = schemes.rulebook("PAYER", JAN).orElseThrow();
        assertEquals(1, rulebook.tariffVersion());
        assertEquals(List.of("A1"), rulebook.tariff().stream().map(TariffRow::code).toList());
        assertEquals(1, schemes.list().getFirst().tariffVersion());
    }

    @Test
    void importingIntoAnUnknownSchemeFails() {
        assertThrows(NoSuchElementException.class, () -> schemes.replaceTariff("NOPE", List.of()));
        assertThrows(NoSuchElementException.class, () -> schemes.replaceNonPayable("NOPE", List.of()));
        assertTrue(schemes.rulebook("NOPE", JAN).isEmpty());
    }

    @Test
    void theNonPayableListIsVersionedToo() {
        schemes.upsert(scheme("PAYER"));
        NonPayableItem gloves = new NonPayableItem("Gloves", "consumable", "Included in procedure", List.of("glove"));
        NonPayableItem admission = new NonPayableItem("Admission kit", null, null, List.of());
        schemes.replaceNonPayable("PAYER", List.of(gloves));
        assertEquals(2, schemes.replaceNonPayable("PAYER", List.of(admission, gloves)));

        Rulebook rulebook = schemes.rulebook("PAYER", JAN).orElseThrow();

        assertEquals(2, rulebook.nonPayableVersion());
        assertEquals(List.of(admission, gloves), rulebook.nonPayable());
    }

    @Test
    void listShowsEachSchemeWithItsVersionsAndSizes() {
        schemes.upsert(scheme("BETA"));
        schemes.upsert(scheme("ALPHA"));
        schemes.replaceTariff("ALPHA", List.of(row("A1", "Consult", "100.00", null, null),
                row("A2", "Dressing", "50.00", null, null)));
        schemes.replaceNonPayable("ALPHA", List.of(new NonPayableItem("Gloves", "consumable", "x", List.of())));

        List<SchemeSummary> list = schemes.list();

        assertEquals(List.of("ALPHA", "BETA"), list.stream().map(s -> s.scheme().code()).toList());
        SchemeSummary alpha = list.getFirst();
        assertEquals(1, alpha.tariffVersion());
        assertEquals(2, alpha.tariffRows());
        assertEquals(1, alpha.nonPayableVersion());
        assertEquals(1, alpha.nonPayableRows());
        SchemeSummary beta = list.get(1);
        assertEquals(0, beta.tariffVersion());
        assertEquals(0, beta.tariffRows());
        assertTrue(alpha.updatedAt() != null && beta.updatedAt() != null);
    }

    @Test
    void searchMatchesCodeNameOrAliasCaseInsensitively() {
        schemes.upsert(scheme("PAYER"));
        TariffRow cbc = new TariffRow("LAB-7", "Complete blood count", Money.of("150.00"), "per test",
                Category.INVESTIGATION, List.of("CBC", "Haemogram"), null, null);
        TariffRow xray = row("RAD-1", "X-ray chest 100%", "300.00", null, null);
        schemes.replaceTariff("PAYER", List.of(cbc, xray));

        assertEquals(List.of(cbc), schemes.searchTariff("PAYER", "haemo", 10));
        assertEquals(List.of(cbc), schemes.searchTariff("PAYER", "lab-", 10));
        assertEquals(List.of(cbc), schemes.searchTariff("PAYER", "BLOOD", 10));
        assertEquals(List.of(xray), schemes.searchTariff("PAYER", "100%", 10));
        assertEquals(List.of(), schemes.searchTariff("PAYER", "x_ray", 10));
        assertEquals(List.of(cbc, xray), schemes.searchTariff("PAYER", null, 10));
        assertEquals(List.of(cbc), schemes.searchTariff("PAYER", "", 1));
    }

    @Test
    void anAnalysisGetsTheVersionInForceOnTheBillDate() {
        schemes.upsert(scheme("PAYER"));
        schemes.replaceTariff("PAYER", List.of(row("C1", "Consultation", "100.00", null, null)), JAN);
        schemes.replaceTariff("PAYER", List.of(row("C1", "Consultation", "150.00", null, null)), JUL);
        schemes.replaceNonPayable("PAYER", List.of(new NonPayableItem("Gloves", null, null, List.of())), JUL);

        Rulebook march = schemes.rulebook("PAYER", LocalDate.of(2025, 3, 1)).orElseThrow();
        Rulebook august = schemes.rulebook("PAYER", LocalDate.of(2025, 8, 1)).orElseThrow();

        assertEquals(1, march.tariffVersion());
        assertEquals(Money.of("100.00"), march.tariff().getFirst().rate());
        assertEquals(2, august.tariffVersion());
        assertEquals(Money.of("150.00"), august.tariff().getFirst().rate());
        assertEquals(1, march.nonPayableVersion(), "the only non-payable version, though it starts later");
    }

    @Test
    void aWholeVersionHoldsEveryRowWhateverItsOwnDate() {
        schemes.upsert(scheme("PAYER"));
        TariffRow now = row("C1", "Consultation", "100.00", null, JAN);
        TariffRow later = row("C1", "Consultation", "120.00", null, JUL);
        int version = schemes.replaceTariff("PAYER", List.of(now, later), JAN);

        Rulebook whole = schemes.rulebook("PAYER", version, 0).orElseThrow();

        assertEquals(List.of(now, later), whole.tariff());
        assertEquals(List.of(), whole.nonPayable());
    }

    @Test
    void versionsListEveryImportWithItsDateOriginAndToken() {
        schemes.upsert(scheme("PAYER"));
        schemes.replaceTariff("PAYER", List.of(row("C1", "Consultation", "100.00", null, null)), JAN);
        schemes.replaceTariff("PAYER", List.of(row("C1", "Consultation", "150.00", null, null),
                row("C2", "Dressing", "80.00", null, null)), JUL);

        SchemeVersions versions = schemes.versions("PAYER").orElseThrow();
        SchemeSummary summary = schemes.list(LocalDate.of(2025, 8, 1)).getFirst();

        assertEquals(List.of(1, 2), versions.tariff().stream().map(ListVersion::version).toList());
        assertEquals(List.of(JAN, JUL), versions.tariff().stream().map(ListVersion::effectiveFrom).toList());
        assertEquals(List.of(1, 2), versions.tariff().stream().map(ListVersion::rows).toList());
        assertTrue(versions.tariff().stream().allMatch(v -> v.origin() == ListVersion.Origin.IMPORT));
        assertFalse(versions.tariff().get(0).token().equals(versions.tariff().get(1).token()));
        assertEquals(2, summary.tariffVersion());
        assertEquals(2, summary.tariffRows());
        assertEquals(versions.tariff(), summary.tariffVersions());
        assertEquals(1, schemes.list(LocalDate.of(2025, 3, 1)).getFirst().tariffVersion());
    }

    @Test
    void seedingCreatesABundledSchemeOnceAndLeavesImportsAlone() {
        Scheme bundled = new Scheme("BUNDLED", "Bundled", "INR", new BigDecimal("0.10"));
        List<TariffRow> tariff = List.of(row("C1", "Consultation", "100.00", null, null));
        List<NonPayableItem> nonPayable = List.of(new NonPayableItem("Gloves", null, null, List.of()));

        SchemeRepository.SeedResult first = schemes.seed(bundled, tariff, nonPayable, JAN);
        SchemeRepository.SeedResult again = schemes.seed(bundled, tariff, nonPayable, JAN);
        schemes.replaceTariff("BUNDLED", List.of(row("C1", "Consultation", "90.00", null, null)), LocalDate.of(2026, 6, 1));

        assertEquals(new SchemeRepository.SeedResult(true, 1, 1), first);
        assertFalse(again.changedAnything());
        SchemeVersions versions = schemes.versions("BUNDLED").orElseThrow();
        assertEquals(ListVersion.Origin.BUNDLED, versions.tariff().getFirst().origin());
        assertEquals(2, schemes.rulebook("BUNDLED", LocalDate.of(2025, 3, 1)).orElseThrow().tariffVersion(),
                "an imported list replaces the bundled one for every date");
    }

    @Test
    void otherBundledDataInANewReleaseIsSeededAsANewVersionUntilAListIsImported() {
        Scheme bundled = new Scheme("RELEASE", "Release", "INR", new BigDecimal("0.10"));
        schemes.seed(bundled, List.of(row("C1", "Consultation", "100.00", null, null)), List.of(), JAN);

        SchemeRepository.SeedResult corrected = schemes.seed(bundled,
                List.of(row("C1", "Consultation", "120.00", null, null)), List.of(), JAN);
        SchemeRepository.SeedResult same = schemes.seed(bundled,
                List.of(row("C1", "Consultation", "120.00", null, null)), List.of(), JAN);
        schemes.replaceTariff("RELEASE", List.of(row("C1", "Consultation", "90.00", null, null)), JAN);
        SchemeRepository.SeedResult afterImport = schemes.seed(bundled,
                List.of(row("C1", "Consultation", "130.00", null, null)), List.of(), JAN);

        assertEquals(2, corrected.tariffVersion());
        assertFalse(same.changedAnything());
        assertFalse(afterImport.changedAnything());
        assertEquals(List.of(ListVersion.Origin.BUNDLED, ListVersion.Origin.BUNDLED, ListVersion.Origin.IMPORT),
                schemes.versions("RELEASE").orElseThrow().tariff().stream().map(ListVersion::origin).toList());
    }

    @Test
    void seedingAddsTheListsOfAHeaderOnlyScheme() {
        schemes.upsert(scheme("PAYER"));

        SchemeRepository.SeedResult result = schemes.seed(scheme("PAYER"),
                List.of(row("C1", "Consultation", "100.00", null, null)), List.of(), JAN);

        assertEquals(new SchemeRepository.SeedResult(false, 1, 0), result);
    }

    @Test
    void replicasSeedingAtOnceLoadTheDataOnce() throws Exception {
        Scheme bundled = new Scheme("RACE", "Race", "INR", new BigDecimal("0.10"));
        List<TariffRow> tariff = List.of(row("C1", "Consultation", "100.00", null, null));
        int replicas = 4;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(replicas);
        List<java.util.concurrent.Future<SchemeRepository.SeedResult>> results = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(replicas)) {
            for (int i = 0; i < replicas; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return schemes.seed(bundled, tariff, List.of(), JAN);
                }));
            }
        }
        long created = 0;
        for (var result : results) {
            created += result.get().tariffVersion() > 0 ? 1 : 0;
        }

        assertEquals(1, created);
        assertEquals(1, schemes.versions("RACE").orElseThrow().tariff().size());
    }

    private static Scheme scheme(String code) {
        return new Scheme(code, code + " scheme", "INR", new BigDecimal("0.10"));
    }

    private static TariffRow row(String code, String name, String rate, String region, LocalDate from) {
        return new TariffRow(code, name, Money.of(rate), "per service", Category.CONSULTATION, List.of(), region, from);
    }
}
