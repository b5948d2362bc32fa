package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned hospital bill that prints ₹ before every figure: Tesseract's English model has no
 * rupee sign and reads it as %, ¥, £, #, = or $, or as a digit. A figure behind a sign read as a
 * sign has no sign left to misread; a $ in a row whose other figures show their sign is that sign.
 */
class ScannedRupeeSignsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String LABORATORY = """
            0.70| S.No.       Service Name                          Date               Qty          Rate               Discount    NetAmount
            0.67| LABORATORY CHARGES
            0.71| 1            ARTERIAL BLOOD GAS                    19/11/2025 18:01   1            ¥4100.00           70.00            %1100.00
            0.69| 2            Procalcitonin -PCT                    19/11/2025 22:17   1            $2800.00           ¥0.00            $2800.00
            0.73| 3            C-Reactive Protein (CRP)              19/11/2025 22:17   1            576.00             %0.00            $570.00
            0.82| 4            HBA1C                                 20/11/2025 07:39   1            550.00             £0.00            550.00
            0.81| 5            Liver Function Tests (LFT)            20/11/2025 07:39   1            $1000.00           0.00             1000.00
            """;

    @Test
    void keepsTheFirstDigitOfAFigureWhoseSignWasReadAsASign() {
        List<LineItem> items = read();

        // "%1100.00": the sign is there as %; 1100 is not a misread ₹ before 100, and the rate
        // one digit off it ("¥4100.00") stays as read, in doubt
        LineItem abg = items.getFirst();
        assertEquals(new BigDecimal("1100.00"), abg.amount());
        assertEquals(new BigDecimal("4100.00"), abg.unitPrice());
        assertTrue(abg.uncertain());
    }

    @Test
    void readsADollarSignAsTheRupeeSignWhereTheRowsOtherFiguresShowTheirSign() {
        List<LineItem> items = read();

        assertItem(items.get(1), "Procalcitonin -PCT", "1", "2800.00", "2800.00");
        // the rate is misread (576 for 570); the amount behind "$" is 570.00, and the row stays in doubt
        assertEquals(new BigDecimal("570.00"), items.get(2).amount());
        assertTrue(items.get(2).uncertain());
        assertItem(items.get(3), "HBA1C", "1", "550.00", "550.00");
        assertFalse(items.get(3).uncertain());
    }

    @Test
    void aDollarSignInARowThatShowsNoOtherSignStaysAsTheArithmeticReadsIt() {
        // "$1000.00" beside "0.00" and "1000.00": nothing says the $ is a sign but the row's own
        // arithmetic, which confirms 1000.00
        assertItem(read().get(4), "Liver Function Tests (LFT)", "1", "1000.00", "1000.00");
    }

    @Test
    void tellsASignReadAsASignFromAGlyphThatMayBeADigit() {
        assertTrue(NumberReader.read("%1100.00").orElseThrow().signed());
        assertTrue(NumberReader.read("£361.00").orElseThrow().signed());
        assertFalse(NumberReader.read("1100.00").orElseThrow().signed());
        PrintedNumber dollar = NumberReader.read("$570.00").orElseThrow();
        assertFalse(dollar.signed());
        assertEquals(new BigDecimal("5570.00"), dollar.value());
        assertEquals(new BigDecimal("570.00"), dollar.signless());
    }

    private List<LineItem> read() {
        List<TextLine> lines = LABORATORY.lines().map(l -> new TextLine(l.substring(5), Double.parseDouble(l.substring(0, 4)))).toList();
        Bill bill = extractor.extract(new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, 0.7))), DocumentType.HOSPITAL_BILL);
        assertEquals(5, bill.items().size(), bill.items().toString());
        return bill.items();
    }
}
