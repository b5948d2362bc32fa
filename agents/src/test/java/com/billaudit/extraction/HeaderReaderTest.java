package com.billaudit.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.ColumnRole.AMOUNT;
import static com.billaudit.extraction.ColumnRole.BATCH;
import static com.billaudit.extraction.ColumnRole.CODE;
import static com.billaudit.extraction.ColumnRole.DATE;
import static com.billaudit.extraction.ColumnRole.DESCRIPTION;
import static com.billaudit.extraction.ColumnRole.EXPIRY;
import static com.billaudit.extraction.ColumnRole.OTHER_NUMBER;
import static com.billaudit.extraction.ColumnRole.QUANTITY;
import static com.billaudit.extraction.ColumnRole.RATE;
import static com.billaudit.extraction.ColumnRole.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderReaderTest {

    @Test
    void readsATitleWhoseLetterOcrReadAsASign() {
        assertEquals(QUANTITY, ColumnTitles.roleOf("@TY"));
        assertEquals(SERIAL, ColumnTitles.roleOf("No."), "a title printed with its full stop keeps its own meaning");
    }


    private static List<ColumnRole> roles(String line) {
        return HeaderReader.read(line).orElseThrow().columns().stream().map(Column::role).toList();
    }

    @Test
    void namesColumnsWhateverTheWording() {
        assertEquals(List.of(SERIAL, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles(" S.No     Particulars        Qty    Rate (Rs.)    Amount (Rs.)"));
        assertEquals(List.of(DATE, CODE, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("Date Svc Code Service Description Qty Unit Price Amount"));
        assertEquals(List.of(SERIAL, DESCRIPTION, BATCH, EXPIRY, QUANTITY, RATE, AMOUNT),
                roles(" Sr   Product          Batch    Exp.Dt   Units   MRP   Net Amt"));
        assertEquals(List.of(DESCRIPTION, RATE, QUANTITY, AMOUNT), roles("Item      Unit Price    Days     Value"));
    }

    @Test
    void readsOtherCommonWordings() {
        assertEquals(List.of(SERIAL, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("Sr. No.   Name of the Service          No. of Units    Unit Cost    Total Cost"));
        assertEquals(List.of(SERIAL, DATE, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("SL.NO   DATE        PARTICULARS                 QTY.     RATE(₹)     AMOUNT(RS)"));
        assertEquals(List.of(CODE, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("Item Code   Item Description              Nos     Price (INR)    Net Amount"));
        assertEquals(List.of(SERIAL, DESCRIPTION, ColumnRole.HSN, QUANTITY, RATE, ColumnRole.DISCOUNT, ColumnRole.TAX, AMOUNT),
                roles("#   Description of Goods    HSN/SAC    Qty   Rate   Disc %   GST %   Amount"));
        assertEquals(List.of(DESCRIPTION, AMOUNT), roles("Particulars                                   Amount (Rs.)"));
        assertEquals(List.of(DATE, CODE, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("Date of Svc        Code        Name of Service        No. of Units       Rate      Amount {Rs.)"));
        assertEquals(List.of(SERIAL, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles("No\tTest Name\t\tQty\tRate\tAmount"));
        assertEquals(List.of(DATE, CODE, DESCRIPTION, QUANTITY, RATE, AMOUNT),
                roles(" Txn Date     SvcCode    Service Name                     Units      Price     Amount"));
    }

    @Test
    void treatsMrpBesideARateAsInformation() {
        assertEquals(List.of(DESCRIPTION, QUANTITY, OTHER_NUMBER, RATE, AMOUNT),
                roles("Medicine       Qty     MRP     Rate     Amount"));
    }

    @Test
    void completesTitlesPrintedOverTwoLines() {
        TableHeader first = HeaderReader.read("  Date      Svc        Service Description     Qty       Unit   Amount").orElseThrow();
        TableHeader both = HeaderReader.extend(first, "           Code                                         Price").orElseThrow();
        assertEquals(List.of(DATE, CODE, DESCRIPTION, QUANTITY, RATE, AMOUNT), both.columns().stream().map(Column::role).toList());
    }

    @Test
    void ignoresLinesThatAreNotHeaders() {
        assertTrue(HeaderReader.read("Patient Name: Ramesh Kumar     UHID: UH587524").isEmpty());
        assertTrue(HeaderReader.read("   1    Consultation - Specialist    1    510.00    510.00").isEmpty());
        assertTrue(HeaderReader.read(" Test        Result      Units       Biological Reference Range").isEmpty());
    }
}
