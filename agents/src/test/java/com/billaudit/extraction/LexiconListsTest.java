package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.locale.CurrencyMarks;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word lists the extraction readers take from the lexicon: each is there, and each is what the reader goes by. */
class LexiconListsTest {

    @Test
    void columnTitlesNameTheirColumns() {
        Map<String, List<String>> titles = Lexicons.sections("column-titles");
        titles.forEach((section, entries) -> assertFalse(entries.isEmpty(), section));
        assertEquals(ColumnRole.QUANTITY, ColumnTitles.roleOf(titles.get("quantity").getFirst()));
        assertEquals(ColumnRole.OTHER_TEXT, ColumnTitles.roleOf(titles.get("other-text").getLast()));
        assertEquals(ColumnRole.EXPIRY, ColumnTitles.roleOf(titles.get("expiry").getLast()));
        assertEquals(ColumnRole.AMOUNT, ColumnTitles.roleOf("Total Cost"));
        assertTrue(titles.get("serial").contains("s.no."));
        assertEquals(ColumnRole.SERIAL, ColumnTitles.roleOf("S.No."));
        assertEquals(ColumnRole.AMOUNT, ColumnTitles.roleOf("NetAmount"));
        assertEquals(ColumnRole.CODE, ColumnTitles.roleOf("SvcCode"));
        assertEquals(ColumnRole.DATE, ColumnTitles.roleOf("TxnDate"));
        assertEquals(ColumnRole.EXPIRY, ColumnTitles.roleOf("ExpDate"));
    }

    @Test
    void tableWordsShapeHeadersRowsAndWraps() {
        for (String kind : List.of("title-qualifier", "title-connector", "title-suffix", "wrap-connector", "date-heading",
                "description-end", "quantity-unit", "charges-title", "page", "page-number", "page-of", "page-continued",
                "page-abbreviation")) {
            assertFalse(Lexicons.kind("table-words", kind).isEmpty(), kind);
        }
        // a qualifier and the word it qualifies make one title
        assertEquals(List.of(ColumnRole.DESCRIPTION, ColumnRole.RATE, ColumnRole.AMOUNT),
                HeaderReader.read("Particulars        Unit Price      Amount").orElseThrow().columns().stream().map(Column::role).toList());
        // "Charges" first, money to its right: the descriptions' column
        assertEquals(ColumnRole.DESCRIPTION,
                HeaderReader.read("Charges            Qty      Rate      Amount").orElseThrow().columns().getFirst().role());
        assertTrue(Lexicons.kind("table-words", "wrap-connector").contains("with"));
        assertTrue(WrappedLines.startsAsTail("with Clavulanic Acid"));
        assertTrue(Lexicons.kind("table-words", "quantity-unit").contains("days"));
    }

    @Test
    void dateLabelsFindTheBillsOwnDate() {
        assertTrue(Lexicons.kind("date-labels", "bill").contains("invoice"));
        assertTrue(Lexicons.kind("date-labels", "other-date").contains("admission"));
        assertEquals(LocalDate.of(2025, 11, 14),
                BillDates.find(Fixtures.text("Admission Date: 01/11/2025\nInvoice Date: 14/11/2025\n")));
    }

    @Test
    void digitConfusionsAreTheListedOnes() {
        for (String use : List.of("quantity", "total", "rupee-sign")) {
            assertFalse(OcrConfusions.digitPairs(use).isEmpty(), use);
        }
        assertTrue(OcrConfusions.digitPairs("quantity").contains("17"));
        assertEquals('5', OcrConfusions.inAmountAsDigit('$'));
        assertNull(OcrConfusions.asDigit('$'), "a $ in a code is no 5");
        assertEquals(0, new BigDecimal("1050.00").compareTo(NumberReader.read("1O5O.00").orElseThrow().value()));
    }

    @Test
    void strengthUnitsAndTheirMisreadFiguresAreRead() {
        assertTrue(Lexicons.shared("strength-units").contains("mg"));
        assertEquals(java.util.Set.of('O', 'o', 'I', 'l', 'S'),
                OcrConfusions.strengthLetters().chars().mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toSet()));
        assertEquals("NS 500ML", DescriptionText.clean("NS SOOML"));
        assertEquals("Paracetamol 650mg", DescriptionText.clean("Paracetamol 6S0mg"));
    }

    @Test
    void currencyMarksAreStrippedFromFiguresAndTitles() {
        assertTrue(CurrencyMarks.of("mark").contains("Rs."));
        assertEquals(List.of("¥", "€", "£"), CurrencyMarks.foreignSigns());
        assertEquals(0, new BigDecimal("1200.00").compareTo(NumberReader.read("Rs.1,200.00").orElseThrow().value()));
        assertEquals(0, new BigDecimal("12.00").compareTo(NumberReader.read("£12.00").orElseThrow().value()));
        assertTrue(NumberReader.isCurrencyWord("Rs/-"));
        assertEquals("amount", ColumnTitles.normal("Amount (Rs.)"));
        assertEquals("rate", ColumnTitles.normal("Rate (in Rs)"));
    }

    @Test
    void categoryWordsNameTheKindOfCharge() {
        List<String> entries = Lexicons.shared("category-words");
        assertEquals("[MEDICINE]", entries.getFirst());
        assertEquals(com.billaudit.domain.Category.MEDICINE, Categories.of("Crocin " + entries.get(1)));
        assertEquals(com.billaudit.domain.Category.INVESTIGATION, Categories.of("CBC"));
        assertEquals(com.billaudit.domain.Category.PROCEDURE, Categories.of("Laparoscopic Appendicectomy"));
    }

    @Test
    void summaryWordsRunTogetherAndMisreadTotalsAreRead() {
        assertEquals(SummaryKind.PAYABLE, SummaryLabels.kindOf("NetPayable").orElseThrow());
        assertEquals(SummaryLabels.kindOf("Grand Total"), SummaryLabels.kindOf("Grand Tota1"));
        assertTrue(SummaryLabels.kindOf("Grand Tota1").isPresent());
    }

    @Test
    void aTotalWithTwoLettersReadAsTheirLookAlikesIsStillATotal() {
        // "Totei": the a read as e and the l as i, both slips the look-alike lexicon lists
        assertEquals(SummaryLabels.kindOf("Total"), SummaryLabels.kindOf("Totei"));
        assertTrue(SummaryLabels.kindOf("Totei").isPresent());
        assertEquals(SummaryLabels.kindOf("Net Total"), SummaryLabels.kindOf("Net Tatai"));
        // letters that are no look-alikes of total's, and a word that only contains such a spelling, stay charges
        assertTrue(SummaryLabels.kindOf("Totem").isEmpty());
        assertTrue(SummaryLabels.kindOf("Totes Bag").isEmpty());
        assertTrue(SummaryLabels.kindOf("Fotalix Syrup").isEmpty());
    }
}
