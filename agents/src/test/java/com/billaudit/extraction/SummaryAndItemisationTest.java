package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A summary page (a row per department) and an itemisation on the pages after it: each charge counted once. */
class SummaryAndItemisationTest {

    private static final String SUMMARY = """
               Inpatient Bill (Summary)
               Sl.No.    Service Name                                  Amount(Rs.)
               1         Consultation                                     1,600.00
               2         Pharmacy                                           420.50
               3         Laboratory                                       1,150.00
                                      Grand Total :                       3,170.50
                                      Discount                              170.50
                                      Total Discount :                      170.50
            """;
    private static final String DETAIL_HEADER = """
               Inpatient Bill (Detailed)
            Sl. Item Name                         Date      Qty    Unit Price       Amount(Rs.)
            Consultation
            1   Dr. Rao Visit                     3/2/25    1.0      800.00           800.00
            2   Dr. Rao Visit                     4/2/25    1.0      800.00           800.00
                                         Sub Total :  1600.00                     1,600.00
            """;
    private static final String REST_OF_DETAIL = """
            Pharmacy
            3   Inj Pantoprazole 40mg             3/2/25    2.0      110.25           220.50
            4   Inj Ondansetron 4mg               3/2/25    4.0       50.00           200.00
                                         Sub Total :   420.50                       420.50
            Laboratory
            5   Complete Blood Count              3/2/25    1.0      350.00           350.00
            6   Liver Function Test               3/2/25    1.0      800.00           800.00
                                         Sub Total :  1150.00                     1,150.00
            """;

    private Bill extract(String text) {
        return new LineItemExtractor().extract(Fixtures.text(text), DocumentType.HOSPITAL_BILL);
    }

    @Test
    void withOnlyTheFirstPageOfTheItemisationTheSummaryRowsAreTheItems() {
        Bill bill = extract(SUMMARY + "\f" + DETAIL_HEADER);
        List<LineItem> items = bill.items();
        assertEquals(List.of("Consultation", "Pharmacy", "Laboratory"), items.stream().map(LineItem::description).toList());
        assertEquals(money("3170.50"), items.stream().map(LineItem::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        // "Total Discount" totals the discount above it; the grand total printed above the discount is no net amount
        assertEquals(money("170.50"), bill.stated().discount());
        assertNull(bill.stated().statedTotal());
    }

    @Test
    void withTheWholeItemisationItsRowsAreTheItems() {
        Bill bill = extract(SUMMARY + "\f" + DETAIL_HEADER + REST_OF_DETAIL);
        List<LineItem> items = bill.items();
        assertEquals(6, items.size(), items.toString());
        assertEquals(money("800.00"), items.getFirst().amount());
        assertEquals(money("350.00"), items.get(4).amount());
        assertEquals(money("3170.50"), items.stream().map(LineItem::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertEquals(money("170.50"), bill.stated().discount());
    }
}
