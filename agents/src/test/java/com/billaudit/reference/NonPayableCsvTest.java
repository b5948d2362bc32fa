package com.billaudit.reference;

import com.billaudit.domain.NonPayableItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonPayableCsvTest {

    @Test
    void readsNamesReasonsAndAliases() {
        CsvImport<NonPayableItem> parsed = NonPayableCsv.parse("""
                name,category,reason,aliases
                Hair Cut,personal,"Grooming, not treatment",Haircut|Barber Charges
                Pen Torch,consumable,,
                """);

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(new NonPayableItem("Hair Cut", "personal", "Grooming, not treatment", List.of("Haircut", "Barber Charges")),
                parsed.rows().get(0));
        assertEquals(new NonPayableItem("Pen Torch", "consumable", null, List.of()), parsed.rows().get(1));
    }

    @Test
    void aMissingNameAndARepeatedNameAreErrorsOfTheirLines() {
        CsvImport<NonPayableItem> parsed = NonPayableCsv.parse("""
                name,category,reason,aliases
                Pen Torch,consumable,,
                ,consumable,no name,
                pen torch,consumable,again,
                """);

        assertTrue(parsed.rows().isEmpty());
        assertEquals(List.of(3, 4), parsed.errors().stream().map(CsvImport.RowError::line).toList());
    }

    @Test
    void theHeaderIsRequired() {
        CsvImport<NonPayableItem> parsed = NonPayableCsv.parse("Pen Torch,consumable,,\n");

        assertEquals(1, parsed.errors().getFirst().line());
    }
}
