package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whether a person should check an audited bill before it is trusted (contract 1.1 {@code review}):
 * the reading's own reasons (handwriting, pages that could not be read) joined with what the audit
 * sees: no charges read on a bill, most lines (or most of the money billed) read unsure, totals that do not reconcile with the
 * lines of a reading that had doubts (a scan, or unsure lines). On a text layer read exactly, a total
 * that does not reconcile is the bill's error, reported as a finding, not a reason to doubt the
 * reading. A report that needs review says so in its confidence too: it never claims more than
 * {@link #CEILING}, and each reason lowers it further.
 */
public final class ReadingReview {
    /** The most confidence a report that needs a person may claim. */
    static final double CEILING = 0.5;
    /** More than this share of lines read unsure, and the figures as a whole are not to be trusted. */
    static final double MOST_UNCERTAIN = 0.5;
    private static final double NOTHING_READ = 0.1;
    private static final double TOTALS_DISAGREE = 0.8;

    private ReadingReview() {
    }

    /**
     * The reading's reasons followed by the audit's, each once.
     *
     * @param scanned some page was read by OCR, so a figure may be misread without being marked
     */
    public static Review of(Review reading, List<LineItem> items, List<Finding> findings, boolean scanned) {
        Review review = reading == null ? Review.NONE : reading;
        if (items.isEmpty()) {
            review = review.with("No charges could be read from this document.");
        } else if (uncertainShare(items) > MOST_UNCERTAIN) {
            long unsure = items.stream().filter(LineItem::uncertain).count();
            review = review.with(unsure + " of " + items.size()
                    + " lines have figures that could not be read with confidence.");
        } else if (uncertainMoneyShare(items) > MOST_UNCERTAIN) {
            // A few lines can carry a bill: ids or batch numbers read as amounts make a handful of rows
            // outweigh all the others, and the bill's figures as a whole are then not to be trusted.
            review = review.with("Lines whose figures could not be read with confidence carry "
                    + Charges.format(uncertainAmount(items)) + " of the " + Charges.format(total(items)) + " read.");
        }
        boolean doubtful = scanned || items.stream().anyMatch(LineItem::uncertain);
        for (Finding finding : findings) {
            if (finding.type() == FindingType.TOTAL_MISMATCH && doubtful) {
                review = review.with(notReconciled(finding));
            }
        }
        return review;
    }

    /** {@code confidence} as far as the review allows: unchanged when no review is needed. */
    public static double confidence(double confidence, Review review, List<LineItem> items, List<Finding> findings) {
        if (!review.needed()) {
            return confidence;
        }
        double lowered = Math.min(confidence, CEILING);
        if (items.isEmpty()) {
            lowered = Math.min(lowered, NOTHING_READ);
        }
        lowered *= 1 - uncertainShare(items) / 2;
        if (findings.stream().anyMatch(f -> f.type() == FindingType.TOTAL_MISMATCH)) {
            lowered *= TOTALS_DISAGREE;
        }
        return Math.round(lowered * 100) / 100.0;
    }

    private static double uncertainShare(List<LineItem> items) {
        return items.isEmpty() ? 0 : items.stream().filter(LineItem::uncertain).count() / (double) items.size();
    }

    private static double uncertainMoneyShare(List<LineItem> items) {
        BigDecimal total = total(items);
        return total.signum() <= 0 ? 0 : uncertainAmount(items).doubleValue() / total.doubleValue();
    }

    private static BigDecimal uncertainAmount(List<LineItem> items) {
        return sum(items.stream().filter(LineItem::uncertain).toList());
    }

    private static BigDecimal total(List<LineItem> items) {
        return sum(items);
    }

    private static BigDecimal sum(List<LineItem> items) {
        return items.stream().map(LineItem::amount).filter(Objects::nonNull)
                .map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String notReconciled(Finding mismatch) {
        Object bill = mismatch.evidence().get(TotalMismatchRule.BILL);
        String which = bill == null ? "the bill" : "bill " + bill;
        return "The stated total of " + which + " (" + Charges.format(amount(mismatch, "statedTotal"))
                + ") does not reconcile with its lines (" + Charges.format(amount(mismatch, "computedTotal")) + ").";
    }

    private static BigDecimal amount(Finding finding, String key) {
        return finding.evidence().get(key) instanceof BigDecimal value ? value : null;
    }
}
