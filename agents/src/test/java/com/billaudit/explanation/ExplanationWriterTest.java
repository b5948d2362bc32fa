package com.billaudit.explanation;

import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Review;
import com.billaudit.domain.Severity;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplanationWriterTest {
    private static final List<LineItem> LINES = List.of(
            new LineItem(1, "Serum Ferritin", null, BigDecimal.ONE, Money.of("600"), Money.of("600"),
                    Category.INVESTIGATION, 1, 1.0, null),
            new LineItem(2, "Pen Torch", null, BigDecimal.ONE, Money.of("80"), Money.of("80"), Category.OTHER, 1,
                    1.0, null));

    private static Finding finding(FindingType type, String amount, String message, Integer... lines) {
        return new Finding(type, Severity.WARNING, List.of(lines), Money.of(amount), message, "r", 0.9, Map.of());
    }

    @Test
    void tellsWhatWasFoundHowMuchAndWhatToDo() {
        List<Finding> findings = List.of(
                finding(FindingType.OVERCHARGE, "150", "'Serum Ferritin' is billed at 600.00 per unit.", 1),
                finding(FindingType.NON_PAYABLE, "80", "'Pen Torch' is on the non-payable list.", 2),
                finding(FindingType.UNMATCHED, "0", "No rate for line 2.", 2));
        Totals totals = new Totals(Money.of("680"), Money.ZERO, Money.ZERO, Money.of("680"), Money.of("230"),
                Money.of("33.82"));

        Explanation explanation = new ExplanationWriter().write(DocumentType.HOSPITAL_BILL, LINES, findings, totals,
                Verdict.CRITICAL);

        String md = explanation.markdown();
        assertTrue(md.contains("critical"), md);
        assertTrue(md.contains("230.00") && md.contains("33.82 %"), md);
        assertTrue(md.contains("Charged above the reference rate") && md.contains("150.00"), md);
        assertTrue(md.contains("Not payable under the scheme") && md.contains("'Pen Torch'"), md);
        assertTrue(md.contains("1 line could not be matched"), md);
        List<String> recommendations = explanation.recommendations();
        assertTrue(recommendations.getFirst().contains("refund of 230.00"), recommendations.toString());
        assertTrue(recommendations.stream().anyMatch(r -> r.contains("line 1") && r.contains("re-priced")), recommendations.toString());
        assertTrue(recommendations.stream().anyMatch(r -> r.contains("itemised bill")), recommendations.toString());
    }

    @Test
    void aCleanBillSaysSoAndNeedsNoAction() {
        Totals totals = new Totals(Money.of("680"), Money.ZERO, Money.ZERO, null, Money.ZERO, Money.ZERO);

        Explanation explanation = new ExplanationWriter().write(DocumentType.PHARMACY_INVOICE, LINES, List.of(), totals,
                Verdict.OK);

        assertTrue(explanation.markdown().startsWith("**Verdict: ok.**"), explanation.markdown());
        assertTrue(explanation.markdown().contains("invoice"), explanation.markdown());
        assertEquals(1, explanation.recommendations().size());
        assertTrue(explanation.recommendations().getFirst().startsWith("No action needed"));
    }

    @Test
    void aReadingThatNeedsAPersonSaysWhyAndAsksForTheCheckFirst() {
        Explanation written = new Explanation("**Verdict: ok.**", List.of("Keep the bill."));

        Explanation reviewed = written.withReview(new Review(List.of("Page 2 is handwritten.")));

        assertTrue(reviewed.markdown().startsWith("**Verdict: ok.**"), reviewed.markdown());
        assertTrue(reviewed.markdown().contains("### Check the reading\n- Page 2 is handwritten."), reviewed.markdown());
        assertEquals(List.of(Explanation.CHECK_THE_READING, "Keep the bill."), reviewed.recommendations());
        assertEquals(written, written.withReview(Review.NONE));
    }
}
