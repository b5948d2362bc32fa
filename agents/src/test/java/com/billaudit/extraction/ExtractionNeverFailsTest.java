package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scanned pages produce any mixture of words, numbers, dates and table borders: classification
 * and extraction must read them without failing, and never produce an impossible row.
 */
class ExtractionNeverFailsTest {

    private static final String[] PIECES = {"S.No", "Particulars", "Qty", "Rate", "Amount", "Total", "Net Payable", "Less:",
            "Discount", "CGST @ 2.5%", "1", "2", "10", "0.5", "1,250.00", "1,25,000.00", "12/28", "07-Sep-", "25", "20-Apr-2025",
            "Rs.", "INR", "₹", "|", "[", "—", "___", "+----+", "Tab", "Inj", "Room", "l", "O0", "5OO.00", "1,250,00", "%", "12%",
            "Batch", "Exp", "MRP", "B003", "L016", "al", "!", ":", "(", ")", "Nos", "1Day", "Date of", "Service", "Page 1 of 2",
            "Sub Total", "Grand Total", "Advance", "Balance", "Round Off", "-500.00", "486", ".60", "2.000", "Brought forward"};

    @Test
    void readsArbitraryMixturesWithoutFailing() {
        Random random = new Random(20250101);
        for (int document = 0; document < 400; document++) {
            DocumentText text = randomDocument(random);
            DocumentType type = assertDoesNotThrow(() -> new DocumentClassifier().classify(text));
            Bill bill = assertDoesNotThrow(() -> new LineItemExtractor().extract(text, type == DocumentType.NOT_A_BILL
                    ? DocumentType.HOSPITAL_BILL : type));
            for (LineItem item : bill.items()) {
                assertTrue(item.amount().scale() == 2 && item.unitPrice().scale() == 2, item.toString());
                assertTrue(item.quantity().signum() >= 0 && item.confidence() >= 0 && item.confidence() <= 1, item.toString());
                assertTrue(item.page() >= 1, item.toString());
            }
        }
    }

    private static DocumentText randomDocument(Random random) {
        List<PageText> pages = new ArrayList<>();
        int pageCount = 1 + random.nextInt(3);
        for (int p = 1; p <= pageCount; p++) {
            List<TextLine> lines = new ArrayList<>();
            int lineCount = random.nextInt(30);
            for (int l = 0; l < lineCount; l++) {
                StringBuilder line = new StringBuilder();
                int words = random.nextInt(9);
                for (int w = 0; w < words; w++) {
                    line.append(" ".repeat(1 + random.nextInt(4))).append(PIECES[random.nextInt(PIECES.length)]);
                }
                lines.add(new TextLine(line.toString(), random.nextDouble()));
            }
            pages.add(new PageText(p, lines, TextSource.OCR, 0.5));
        }
        return new DocumentText(pages);
    }
}
