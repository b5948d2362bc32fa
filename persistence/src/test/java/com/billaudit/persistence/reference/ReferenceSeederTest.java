package com.billaudit.persistence.reference;

import com.billaudit.persistence.FreshSchema;
import com.billaudit.persistence.scheme.ListVersion;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.persistence.scheme.SchemeSummary;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceSeederTest {
    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final SchemeRepository schemes = new SchemeRepository(schema.database());

    @Test
    void aFreshDatabaseGetsTheBundledSchemesOnceWithEveryRow() {
        ReferenceSeeder.seed(schemes);
        ReferenceSeeder.seed(schemes);

        List<SchemeSummary> list = schemes.list();
        assertEquals(List.of("CGHS", "NPPA"), list.stream().map(s -> s.scheme().code()).toList());
        for (SchemeSummary summary : list) {
            BundledScheme bundled = BundledReference.schemes().stream()
                    .filter(b -> b.scheme().code().equals(summary.scheme().code())).findFirst().orElseThrow();
            assertEquals(1, summary.tariffVersions().size(), "seeded once");
            assertEquals(bundled.tariff().size(), summary.tariffRows());
            assertEquals(bundled.nonPayable().size(), summary.nonPayableRows());
            ListVersion version = summary.tariffVersions().getFirst();
            assertEquals(ListVersion.Origin.BUNDLED, version.origin());
            assertEquals(bundled.effectiveFrom(), version.effectiveFrom());
        }
        assertTrue(schemes.searchTariff("CGHS", "Dolo 650", 5).stream()
                .anyMatch(row -> row.name().equals("Paracetamol 650 mg Tablet")));
    }
}
