package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Lines as a PDF text layer gives them when the generator's columns overlap and its font lacks a sign. */
class TextLayerBillsTest {

    @Test
    void splitsCodesRunIntoTheDescriptionAndReadsAmountsAfterARaisedMark() {
        Bill bill = new LineItemExtractor().extract(Fixtures.text("""
                Billing Details
                Service DescriptionCPT Code                        Amount ( \u00b9)
                Ward Bed (3 nights @ \u00b92,000/night) 99221         \u00b96,000
                Urine Routine81001                                    \u00b9250
                Thyroid Profile (T3 T4 TSH)84443                      \u00b91,250
                Dressing Charges                                      \u00b9400
                Total Billed Amount:                                                 \u00b97,900
                Payment Details
                Insurance Covered (TPA Pre-auth):  \u00b95,000
                Patient Liability:  \u00b92,900
                """), DocumentType.HOSPITAL_BILL);
        List<LineItem> items = bill.items();
        assertEquals(4, items.size(), items.toString());
        assertEquals("Ward Bed (3 nights @ \u00b92,000/night)", items.get(0).description());
        assertEquals("99221", items.get(0).code());
        assertEquals(money("6000"), items.get(0).amount());
        assertEquals("Urine Routine", items.get(1).description());
        assertEquals("81001", items.get(1).code());
        assertEquals(money("250"), items.get(1).amount());
        assertEquals("Thyroid Profile (T3 T4 TSH)", items.get(2).description());
        assertEquals("84443", items.get(2).code());
        assertNull(items.get(3).code());
        assertEquals(money("7900.00"), bill.stated().statedTotal());
    }
}
