package com.billaudit.reference;

import com.billaudit.domain.Category;
import com.billaudit.domain.Money;
import com.billaudit.domain.TariffRow;
import com.billaudit.reference.CsvImport.RowError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffCsvTest {
    private static final String HEADER = "code,name,rate,unit,category,aliases,region,effective_from\n";

    @Test
    void readsRowsWithAliasesRegionsAndDates() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "T1,Serum Ferritin,450.00,per test,investigation,Ferritin|S. Ferritin,,2024-04-01\n"
                + "T1,Serum Ferritin,480,per test,investigation,,KA,2025-01-01\n");

        assertTrue(parsed.ok(), parsed.errors().toString());
        TariffRow national = parsed.rows().get(0);
        assertEquals(List.of("Ferritin", "S. Ferritin"), national.aliases());
        assertEquals(Money.of("450.00"), national.rate());
        assertEquals(Category.INVESTIGATION, national.category());
        assertNull(national.region());
        assertEquals(LocalDate.of(2024, 4, 1), national.effectiveFrom());
        assertEquals("KA", parsed.rows().get(1).region());
        assertEquals(Money.of("480.00"), parsed.rows().get(1).rate());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndGroupedAmounts() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "P7,\"Excision of cyst, small\",\"2,500.00\",per procedure,procedure,\"Cyst \"\"small\"\" excision|Cyst removal\",,\n");

        assertTrue(parsed.ok(), parsed.errors().toString());
        TariffRow row = parsed.rows().getFirst();
        assertEquals("Excision of cyst, small", row.name());
        assertEquals(Money.of("2500.00"), row.rate());
        assertEquals(List.of("Cyst \"small\" excision", "Cyst removal"), row.aliases());
        assertNull(row.effectiveFrom());
    }

    @Test
    void acceptsWindowsLineEndsAByteOrderMarkBlankLinesAndColumnsInAnyOrder() {
        CsvImport<TariffRow> parsed = TariffCsv.parse("\uFEFFname,code,category,unit,rate\r\n"
                + "Bed charges ward,W1,room,per day,900\r\n\r\n");

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals("W1", parsed.rows().getFirst().code());
        assertEquals(List.of(), parsed.rows().getFirst().aliases());
    }

    @Test
    void everyBadRowIsNamedByItsLineAndNothingIsImported() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "G1,Good row,100.00,per test,investigation,,,2025-01-01\n"
                + "B1,Bad rate,abc,per test,investigation,,,2025-01-01\n"
                + "B2,Bad category,10.00,per test,astrology,,,2025-01-01\n"
                + "B3,Bad date,10.00,per test,investigation,,,01/02/2025\n"
                + ",No code,10.00,per test,investigation,,,\n"
                + "B4,Negative,-5,per test,investigation,,,\n"
                + "B5,Too few fields,10.00\n"
                + "G1,Good row again,100.00,per test,investigation,,,2025-01-01\n");

        assertTrue(parsed.rows().isEmpty());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), parsed.errors().stream().map(RowError::line).toList());
        assertTrue(parsed.errors().get(0).reason().contains("rate"), parsed.errors().get(0).reason());
        assertTrue(parsed.errors().get(1).reason().contains("astrology"), parsed.errors().get(1).reason());
        assertTrue(parsed.errors().get(6).reason().contains("line 2"), parsed.errors().get(6).reason());
    }

    @Test
    void aFileWithoutItsHeaderIsRefusedAtLineOne() {
        CsvImport<TariffRow> parsed = TariffCsv.parse("L1,Lipid panel,300,per test,investigation,,,\n");

        assertEquals(1, parsed.errors().size());
        assertEquals(1, parsed.errors().getFirst().line());
        assertTrue(parsed.errors().getFirst().reason().contains("header"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertEquals(1, TariffCsv.parse("").errors().size());
        assertEquals(1, TariffCsv.parse(HEADER).errors().size());
    }

    @Test
    void aQuotedFieldOverSeveralLinesKeepsTheLineNumbersOfLaterRows() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "A1,\"Two\nline name\",10,per test,investigation,,,\n"
                + "A2,Broken,ten,per test,investigation,,,\n");

        assertEquals(List.of(new RowError(4, "rate is not a number: ten")), parsed.errors());
    }

    @Test
    void anUnclosedQuoteIsReported() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER + "A1,\"Open,10,per test,investigation,,,\n");

        assertEquals(2, parsed.errors().getFirst().line());
    }

    @Test
    void ratesThatDoNotFitTheMoneyColumnAreRowErrorsAndNeverComputed() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "A1,Huge exponent,1e100000000,per test,investigation,,,\n"
                + "A2,Double range,1e308,per test,investigation,,,\n"
                + "A3,Eleven digits,99999999999.00,per test,investigation,,,\n"
                + "A4,Ten digits,\"9,999,999,999.99\",per test,investigation,,,\n"
                + "A5,Long cell," + "1".repeat(100_000) + ",per test,investigation,,,\n"
                + "A6,Bad grouping,\"1,50,0\",per test,investigation,,,\n");

        assertEquals(List.of(2, 3, 4, 6, 7), parsed.errors().stream().map(RowError::line).toList());
        assertTrue(parsed.errors().get(2).reason().contains("too large"), parsed.errors().get(2).reason());
        assertTrue(parsed.errors().get(3).reason().length() < 100, "a long cell is quoted short");
    }

    @Test
    void theLargestRateTheColumnHoldsIsAccepted() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "A1,Ten digits,\"9,999,999,999.99\",per test,investigation,,,\n"
                + "A2,Leading zeros,000000000000150.5,per test,investigation,,,\n");

        assertEquals(List.of(), parsed.errors());
        assertEquals(new java.math.BigDecimal("9999999999.99"), parsed.rows().getFirst().rate());
        assertEquals(new java.math.BigDecimal("150.50"), parsed.rows().get(1).rate());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingItsLines() {
        byte[] latin1 = (HEADER + "A1,Caf\u00e9 consult,100,per visit,consultation,,,\n"
                + "A2,Plain,100,per visit,consultation,,,\n"
                + "A3,Cr\u00e8me,100,per visit,consultation,,,\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        CsvImport<TariffRow> parsed = TariffCsv.parse(latin1);

        assertEquals(List.of(2, 4), parsed.errors().stream().map(RowError::line).toList());
        assertTrue(parsed.errors().getFirst().reason().contains("UTF-8"), parsed.errors().getFirst().reason());
        assertTrue(parsed.rows().isEmpty());
    }

    @Test
    void utf8BytesWithAByteOrderMarkAreRead() {
        byte[] utf8 = ("\uFEFF" + HEADER + "A1,Caf\u00e9 consult,100,per visit,consultation,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CsvImport<TariffRow> parsed = TariffCsv.parse(utf8);

        assertEquals(List.of(), parsed.errors());
        assertEquals("Caf\u00e9 consult", parsed.rows().getFirst().name());
    }

    @Test
    void aQuoteAfterTextIsPartOfTheTextAndAQuotedFieldStaysWhole() {
        CsvImport<TariffRow> parsed = TariffCsv.parse(HEADER
                + "A1,X-ray 14\" film" + "\"".repeat(1_000) + ",100,per test,investigation,,,\n"
                + "A2,\"Plate, \"\"large\"\"\",100,per test,investigation,,,\n");

        assertEquals(List.of(), parsed.errors());
        assertEquals("X-ray 14\" film" + "\"".repeat(1_000), parsed.rows().getFirst().name());
        assertEquals("Plate, \"large\"", parsed.rows().get(1).name());
    }
}
