package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Review;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingReviewTest {
    private static final List<LineItem> CLEAR = List.of(line(1, "A", "1", "100", "100"), line(2, "B", "1", "200", "200"));

    @Test
    void aClearBillThatAddsUpNeedsNoReviewAndKeepsItsConfidence() {
        Review review = ReadingReview.of(Review.NONE, CLEAR, List.of(), true);

        assertFalse(review.needed());
        assertEquals(0.9, ReadingReview.confidence(0.9, review, CLEAR, List.of()));
    }

    @Test
    void theReadingsReasonsComeFirstAndTheAuditsFollow() {
        List<Finding> mismatch = new TotalMismatchRule().apply(input(CLEAR, stated(null, null, "500")));

        Review review = ReadingReview.of(new Review(List.of("page 2 is handwritten")), CLEAR, mismatch, true);

        assertEquals(2, review.reasons().size());
        assertEquals("page 2 is handwritten", review.reasons().getFirst());
        assertTrue(review.reasons().get(1).contains("does not reconcile"), review.reasons().get(1));
        assertTrue(ReadingReview.confidence(0.9, review, CLEAR, mismatch) <= 0.4);
    }

    @Test
    void aTotalThatDisagreesWithAnExactReadingIsAFindingNotADoubt() {
        List<Finding> mismatch = new TotalMismatchRule().apply(input(CLEAR, stated(null, null, "500")));

        assertFalse(ReadingReview.of(Review.NONE, CLEAR, mismatch, false).needed());
        List<LineItem> oneUnsure = List.of(CLEAR.get(0).withUncertain(true), CLEAR.get(1));
        assertTrue(ReadingReview.of(Review.NONE, oneUnsure, mismatch, false).needed());
    }

    @Test
    void mostLinesUnsureOrNoneReadNeedAPerson() {
        List<LineItem> unsure = List.of(CLEAR.get(0).withUncertain(true), CLEAR.get(1).withUncertain(true),
                line(3, "C", "1", "50", "50"));
        List<LineItem> halfUnsure = List.of(CLEAR.get(0).withUncertain(true), CLEAR.get(1));

        assertTrue(ReadingReview.of(Review.NONE, unsure, List.of(), false).needed());
        assertFalse(ReadingReview.of(Review.NONE, halfUnsure, List.of(), false).needed());
        Review nothing = ReadingReview.of(Review.NONE, List.of(), List.of(), false);
        assertTrue(nothing.needed());
        assertTrue(ReadingReview.confidence(1.0, nothing, List.of(), List.of()) <= 0.1);
    }

    @Test
    void aFewUnsureLinesCarryingMostOfTheMoneyNeedAPerson() {
        List<LineItem> lines = List.of(line(1, "A", "1", "100", "100"), line(2, "B", "1", "120", "120"),
                line(3, "C", "1", "90", "90"), line(4, "D", "2", "50", "100"),
                line(5, "E", "4", "25040115", "100160460").withUncertain(true));

        Review review = ReadingReview.of(Review.NONE, lines, List.of(), true);

        assertTrue(review.needed());
        assertTrue(review.reasons().getFirst().contains("100,160,460.00"), review.reasons().getFirst());
        List<LineItem> smallUnsure = List.of(lines.get(0).withUncertain(true), lines.get(1), lines.get(2), lines.get(3));
        assertFalse(ReadingReview.of(Review.NONE, smallUnsure, List.of(), true).needed());
    }
}
