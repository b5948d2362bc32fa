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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hospital ledger printing two groups of columns under one header: each consumables line
 * ("IPD CONSUMABLE CHARGES  1  267.22  267.22" under Unit, Rate, Amount) is followed by the drugs
 * it consists of, each with its batch number, quantity and amount under Batchno./Refno, Qty, Amt.
 * Scanned pages as OCR lays them out, each from its own leftmost word, with the words' boxes.
 */
class TwoColumnGroupsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String HEADER =
            "Date        Service Name                Batchno./Refno     Qty        Aint.           Unit          Rate             Amount";

    @Test
    void titlesRunTogetherOrMisreadStillNameTheirColumns() {
        assertEquals(ColumnRole.BATCH, ColumnTitles.roleOf("Batchno./Refno"));
        assertEquals(ColumnRole.AMOUNT, ColumnTitles.roleOf("Aint."));
        List<ColumnRole> roles = HeaderReader.read(HEADER).orElseThrow().columns().stream().map(Column::role).toList();
        // beside a rate of its own, "Unit" counts the units of the second group
        assertEquals(List.of(ColumnRole.DATE, ColumnRole.DESCRIPTION, ColumnRole.BATCH, ColumnRole.QUANTITY, ColumnRole.AMOUNT,
                ColumnRole.QUANTITY, ColumnRole.RATE, ColumnRole.AMOUNT), roles);
    }

    /** Page one: the header, then two consumables lines each over the drugs that add up to it; a speck in the margin. */
    private static final String FIRST_PAGE = """
            .
                  Date        Service Name                Batchno./Refno     8 Qty        Aint.           Unit          Rate: E-          Amount
                  20-Nov-2025  IPD CONSUMABLE CHARGES     48522/PIS/25N                                      1         267.22                267.22
                                 INJ-BIOTAX-1GM                 FA00148         1        42.67
                                 INJ-EMESET-4MG-2ML            5A00162          1        12.72
                                 INJ-PANTOCID-IV-40MG          NPBOO16          1        53.89
                                 IV-FLUID-NS-0.9%-500ML-NON-    1068529         1        37.24
                                 IV-FLUID-RL-500ML-NON-PVC-    1138318          2        120.7
                  20-Nov-2025  IPD CONSUMABLE CHARGES     48523/PIS/25N                                      1         288.64                288.64
                                 INJ-METROGYL-IV-500MG-100ML   YIIW250          1        22.05
                                 INJ-AMIKAMAC-250MG            18253290         2        122.1
                                 IV-FLUID-DNS-0.9%-500ML-NON-   1078543         1         40.8
            """;

    /**
     * Page two, without the speck: OCR lays it out from a word six characters further right; its
     * header is printed again but too garbled to read, and its columns stand where page one's do.
     */
    private static final String SECOND_PAGE = """
                  Date        Senfide\\ Nate    2. "2:27 (BatchrioyReffio     Gye TAME St Une                       "REE SBBS0 Amount
                                 GLOVES-SURGICAL-7.5NO         2565123         1         21.0
                                 GLOVES-SURGICAL-7NO            253207         2         42.0
                                 IV-CANNULA-VENFLON-20G        5209519         1        40.69
                  21-Nov-2025  IPD CONSUMABLE CHARGES    48774/PIS/25N                                      1       2,266.44             2,266.44
                                 INJ-EMESET-4MG-2ML            5A00162         2        25.44
                                 INJ-KABIMOL-FREEFLEX-100ML   82UG782          3       2241.0
            """;

    @Test
    void readsEachGroupUnderItsOwnColumnsAndABatchNumberNeverAsAFigure() {
        Bill bill = extractor.extract(pages(FIRST_PAGE, SECOND_PAGE), DocumentType.HOSPITAL_BILL);

        List<LineItem> items = bill.items();
        assertItem(items.get(0), "INJ-BIOTAX-1GM", "1", "42.67", "42.67");
        assertItem(items.get(4), "IV-FLUID-RL-500ML-NON-PVC", "2", "60.35", "120.70");
        assertItem(items.get(6), "INJ-AMIKAMAC-250MG", "2", "61.05", "122.10");
        for (LineItem item : items) {
            // no batch number ("1138318", "18253290", "253207") read as a quantity, rate or amount
            assertTrue(item.amount().compareTo(new BigDecimal("10000")) < 0, item.toString());
            assertTrue(item.quantity().compareTo(BigDecimal.TEN) < 0, item.toString());
        }
    }

    @Test
    void aLineItsRowsAddUpToHeadsThemAndGivesThemItsDate() {
        Bill bill = extractor.extract(pages(FIRST_PAGE, SECOND_PAGE), DocumentType.HOSPITAL_BILL);

        // the consumables lines are the drugs under them added up: counted once, as the drugs
        assertTrue(bill.items().stream().noneMatch(i -> i.description().startsWith("IPD CONSUMABLE")), bill.items().toString());
        assertEquals(13, bill.items().size(), bill.items().toString());
        LineItem emeset = bill.items().get(1);
        assertEquals("IPD CONSUMABLE CHARGES", emeset.section());
        assertEquals(java.time.LocalDate.of(2025, 11, 20), emeset.date());
    }

    @Test
    void aHeaderCarriedToTheNextPageStandsWhereItStoodOnThePageNotAtItsOffsets() {
        Bill bill = extractor.extract(pages(FIRST_PAGE, SECOND_PAGE), DocumentType.HOSPITAL_BILL);

        // page two's text starts six characters further right on the page than page one's
        LineItem gloves = bill.items().get(8);
        assertEquals(2, gloves.page());
        assertItem(gloves, "GLOVES-SURGICAL-7.5NO", "1", "21.00", "21.00");
        assertItem(bill.items().get(9), "GLOVES-SURGICAL-7NO", "2", "21.00", "42.00");
    }

    @Test
    void aPageScaleIsFittedFromItsWordsAndMovesAColumnToTheSamePlace() {
        DocumentText document = pages(FIRST_PAGE, SECOND_PAGE);
        PageScale first = PageScale.of(document.pages().get(0).lines());
        PageScale second = PageScale.of(document.pages().get(1).lines());
        assertNotNull(first);
        assertNotNull(second);
        assertTrue(first.sameSize(second));
        assertEquals(CHARACTER, first.unitsPerCharacter(), 0.01);
        assertEquals(first.xAt(40), second.xAt(second.offsetAt(first.xAt(40))), 1e-9);
        assertEquals(6 * CHARACTER, second.origin() - first.origin(), 0.5);
        // too few words say nothing
        assertNull(PageScale.of(document.pages().get(0).lines().subList(0, 2)));
    }

    /** Pixels per character of the scan, and where the form's left margin stands on the page image. */
    private static final double CHARACTER = 21.0;
    private static final double MARGIN = 60.0;
    private static final Pattern WORD = Pattern.compile("\\S+");

    /**
     * Pages written in the form's own columns (the same character on every page is the same place
     * on the page image), laid out the way OCR does: each page's text from its leftmost word.
     */
    private static DocumentText pages(String... written) {
        List<PageText> pages = new ArrayList<>();
        for (String page : written) {
            List<String> rows = page.lines().toList();
            int indent = rows.stream().filter(r -> !r.isBlank()).mapToInt(r -> r.length() - r.stripLeading().length()).min().orElse(0);
            List<TextLine> lines = new ArrayList<>();
            for (int y = 0; y < rows.size(); y++) {
                String text = rows.get(y).substring(Math.min(indent, rows.get(y).length()));
                LaidOutLine line = new LaidOutLine(y * 40, y * 40 + 30, 0.9);
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    double left = MARGIN + (m.start() + indent) * CHARACTER;
                    line.word(m.group(), m.start(), left, left + m.group().length() * CHARACTER);
                }
                lines.add(line.line());
            }
            pages.add(new PageText(pages.size() + 1, lines, TextSource.OCR, 0.9));
        }
        return new DocumentText(pages);
    }
}
