package com.billaudit.persistence.reference;

import com.billaudit.domain.Category;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.TariffRow;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped reference data: valid for import, every row sourced, every dataset with its provenance. */
class BundledReferenceTest {

    @Test
    void theBundledSchemesParseAsAnImportWouldAndHaveNoCodeTwice() {
        List<BundledScheme> schemes = BundledReference.schemes();

        assertEquals(List.of("CGHS", "NPPA"), schemes.stream().map(s -> s.scheme().code()).toList());
        for (BundledScheme scheme : schemes) {
            assertFalse(scheme.tariff().isEmpty(), scheme.scheme().code());
            assertFalse(scheme.nonPayable().isEmpty(), scheme.scheme().code());
            Set<String> codes = new HashSet<>();
            scheme.tariff().forEach(row -> assertTrue(codes.add(row.code()), "code twice: " + row.code()));
        }
    }

    @Test
    void theDatasetsHaveTheSizesOfACommonServiceTariffAMedicineListAndTheIrdaiList() {
        BundledScheme cghs = BundledReference.schemes().getFirst();
        Map<Category, Long> byCategory = cghs.tariff().stream()
                .collect(Collectors.groupingBy(TariffRow::category, Collectors.counting()));

        long services = cghs.tariff().size() - byCategory.get(Category.MEDICINE);
        assertTrue(services >= 150 && services <= 300, "services: " + services);
        assertTrue(byCategory.get(Category.MEDICINE) >= 80 && byCategory.get(Category.MEDICINE) <= 150);
        for (Category needed : List.of(Category.CONSULTATION, Category.INVESTIGATION, Category.IMAGING,
                Category.PROCEDURE, Category.ROOM, Category.NURSING)) {
            assertTrue(byCategory.getOrDefault(needed, 0L) > 0, needed + " rows missing");
        }
        assertTrue(cghs.nonPayable().size() >= 100, "IRDAI lists I-IV hold about 130 items");
    }

    @Test
    void everyMedicineIsPricedPerUnitWithBrandAliases() {
        List<TariffRow> medicines = BundledReference.schemes().get(1).tariff();

        for (TariffRow row : medicines) {
            assertEquals(Category.MEDICINE, row.category());
            assertTrue(row.unit().startsWith("per "), row.code() + " unit " + row.unit());
            assertFalse(row.aliases().isEmpty(), row.code() + " has no brand aliases");
            assertTrue(row.rate().signum() > 0, row.code());
        }
        TariffRow paracetamol650 = medicines.stream().filter(r -> r.name().equals("Paracetamol 650 mg Tablet"))
                .findFirst().orElseThrow();
        assertTrue(paracetamol650.aliases().containsAll(List.of("Dolo 650", "Calpol 650")));
        assertEquals("per tablet", paracetamol650.unit());
    }

    @Test
    void everyRowHasASourceAndEverySourceARow() {
        for (String dataset : List.of("cghs", "nppa")) {
            assertSourcesCover(dataset, BundledReference.TARIFF,
                    rowsOf(dataset, BundledReference.TARIFF).stream().map(TariffRow::code).toList());
        }
        List<NonPayableItem> irdai = BundledReference.schemes().getFirst().nonPayable();
        assertSourcesCover("irdai", BundledReference.NON_PAYABLE, irdai.stream().map(NonPayableItem::name).toList());
    }

    @Test
    void everyDatasetStatesItsProvenance() {
        for (String dataset : List.of("cghs", "nppa", "irdai")) {
            JsonNode provenance = BundledReference.provenance(dataset);
            for (String field : List.of("name", "publisher", "effectiveFrom", "basedOn", "figures")) {
                assertFalse(provenance.path(field).isMissingNode() || provenance.path(field).isEmpty()
                        && !provenance.path(field).isTextual(), dataset + " provenance lacks " + field);
            }
            java.time.LocalDate.parse(provenance.path("effectiveFrom").asText());
        }
    }

    private static List<TariffRow> rowsOf(String dataset, String file) {
        return com.billaudit.reference.TariffCsv.parse(BundledReference.text(dataset + "/" + file)).rows();
    }

    private static void assertSourcesCover(String dataset, String file, List<String> keys) {
        String sidecar = file.replace(".csv", ".sources.csv");
        // the sidecar is "key,source" with quoted fields: read it with the import's CSV reader as name,reason
        var parsed = com.billaudit.reference.NonPayableCsv.parse(BundledReference.text(dataset + "/" + sidecar)
                .replaceFirst("^[a-z]+,source", "name,reason"));
        assertTrue(parsed.ok(), dataset + " " + sidecar + ": " + parsed.errors());
        Map<String, String> sources = parsed.rows().stream()
                .collect(Collectors.toMap(NonPayableItem::name, NonPayableItem::reason));
        assertEquals(new HashSet<>(keys), sources.keySet(), dataset + ": rows and sources differ");
        sources.forEach((key, source) -> assertTrue(source != null && source.length() > 20, key + " source"));
    }
}
