package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Review;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.locale.LocaleProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegibilityReviewTest {

    private static final LocaleProfile EN_IN = LocaleProfile.of("en-IN");
    private static final String PRINTED_BILL = """
            CITY CARE HOSPITAL
            S.No  Particulars                   Qty    Rate       Amount
            1     Consultation                   1     500.00     500.00
            2     Complete Blood Count           1     350.00     350.00
            3     X-Ray Chest PA                 1     400.00     400.00
            4     Dressing Small                 2     150.00     300.00
                                                Total Amount    1550.00
            """;

    private final LegibilityReview review = new LegibilityReview();

    @Test
    void aHandwrittenCashMemoLooksHandwritten() {
        assertEquals(List.of("page 1 looks handwritten: its figures could not be read with confidence"),
                review.review(ClassificationFixtures.document("handwritten-cash-memo.ocr"), EN_IN).reasons());
    }

    @Test
    void aCleanScanNeedsNoReview() {
        assertEquals(Review.NONE, review.review(ClassificationFixtures.scannedPage(PRINTED_BILL, 0.92), EN_IN));
    }

    @Test
    void amountsReadButAlmostNoneSurelyMayBeMisread() {
        assertEquals(List.of("page 1 was read with low confidence: its amounts may be misread"),
                review.review(ClassificationFixtures.scannedPage(PRINTED_BILL, 0.45), EN_IN).reasons());
    }

    @Test
    void aTextLayerIsNeverInDoubt() {
        List<TextLine> lines = PRINTED_BILL.lines().map(l -> new TextLine(l, 0.3)).toList();
        DocumentText text = new DocumentText(List.of(new PageText(1, lines, TextSource.PDF_TEXT, null)));
        assertEquals(Review.NONE, review.review(text, EN_IN));
    }

    @Test
    void theReasonNamesOnlyThePagesThatCouldNotBeRead() {
        List<PageText> pages = new ArrayList<>(ClassificationFixtures.scannedPage(PRINTED_BILL, 0.9).pages());
        for (int number = 2; number <= 3; number++) {
            PageText memo = ClassificationFixtures.document("handwritten-cash-memo.ocr").pages().getFirst();
            pages.add(new PageText(number, memo.lines(), memo.source(), memo.confidence()));
        }
        assertEquals(List.of("pages 2 and 3 look handwritten: their figures could not be read with confidence"),
                review.review(new DocumentText(pages), EN_IN).reasons());
    }

    @Test
    void aPageOfGuessesWithoutAFormCouldNotBeRead() {
        DocumentText noise = ClassificationFixtures.scannedPage("""
                Ee ree aes  wi tees Sy
                rn oe  Tae ef  se Mek
                a   oo  Lae  FE  wn  eet
                """, 0.2);
        assertEquals(List.of("page 1 could not be read: the text recognised on it is mostly guesswork"),
                review.review(noise, EN_IN).reasons());
    }
}
