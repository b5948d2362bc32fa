package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Uses the totals a bill prints for its sections ("LABORATORY CHARGES ... SubTotal 23030.00",
 * "Total of PATHOLOGY : 480.00") as evidence between the readings of its OCR'd rows. When a
 * section's rows as read do not add up to its total, and exactly one choice among each doubtful
 * row's readings (the amount as printed, quantity × rate, a rupee sign read as a leading digit
 * dropped, the rate alone for a misread quantity) does, with the fewest rows changed, those
 * readings are the ones the page printed. A section that adds up as read confirms its amounts,
 * and a rate or quantity that disagrees with a confirmed amount by one confusable digit is read
 * again to agree. Nothing is changed without a total to show it.
 */
final class SectionTotals {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.10");
    private static final double REPAIRED = 0.6;
    /** Digits a rupee sign or a border is read as, in front of a figure. */
    private static final Set<String> SIGN_DIGITS = OcrConfusions.digitPairs("rupee-sign");

    private SectionTotals() {
    }

    /** A section: its rows (indices into the bill's rows, in order) and the total printed for them. */
    private record Section(List<Integer> rows, BigDecimal total) {
    }

    static void reconcile(List<DraftItem> items, List<SummaryRow> summaries) {
        if (items.stream().noneMatch(i -> i.ocr)) {
            return;
        }
        List<SummaryRow> totals = summaries.stream()
                .filter(r -> r.kind() == SummaryKind.SECTION_TOTAL || r.kind() == SummaryKind.SUBTOTAL)
                .filter(r -> r.itemsAbove() <= items.size()).toList();
        if (totals.size() < 2) {
            return;
        }
        TreeSet<Integer> boundaries = new TreeSet<>();
        summaries.forEach(r -> boundaries.add(r.itemsAbove()));
        boundaries.add(items.size());
        List<Section> below = sections(totals, boundaries, true);
        List<Section> above = sections(totals, boundaries, false);
        // a bill prints its section totals either over the rows (in the heading) or under them:
        // the layout under which more sections add up as read is the bill's
        long belowAgree = below.stream().filter(s -> addsUp(items, s)).count();
        long aboveAgree = above.stream().filter(s -> addsUp(items, s)).count();
        if (belowAgree == aboveAgree) {
            return;
        }
        for (Section section : belowAgree > aboveAgree ? below : above) {
            settle(items, section);
        }
    }

    /**
     * @param overRows whether each total is printed over its rows (they run to the next summary
     *                 row) rather than under them (they run from the summary row before)
     */
    private static List<Section> sections(List<SummaryRow> totals, TreeSet<Integer> boundaries, boolean overRows) {
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < totals.size(); k++) {
            int at = totals.get(k).itemsAbove();
            // two totals at one place: the rows belong to the one nearer them
            boolean shadowed = overRows ? k + 1 < totals.size() && totals.get(k + 1).itemsAbove() == at
                    : k > 0 && totals.get(k - 1).itemsAbove() == at;
            Integer from = overRows ? Integer.valueOf(at) : boundaries.lower(at);
            Integer to = overRows ? boundaries.higher(at) : Integer.valueOf(at);
            if (shadowed || from == null || to == null || to - from < 1) {
                continue;
            }
            List<Integer> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                rows.add(i);
            }
            sections.add(new Section(rows, totals.get(k).amount()));
        }
        return sections;
    }

    private static boolean addsUp(List<DraftItem> items, Section s) {
        BigDecimal sum = s.rows().stream().map(i -> items.get(i).charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return targets(s.total()).stream().anyMatch(t -> close(sum, t));
    }

    /** What a printed total may be: as read, or with a rupee sign read as its first digit dropped. */
    private static List<BigDecimal> targets(BigDecimal total) {
        List<BigDecimal> targets = new ArrayList<>(List.of(total));
        if (signDigit(total)) {
            OcrRepairs.withoutLeadingDigit(total).ifPresent(targets::add);
        }
        return targets;
    }

    /** Whether a figure opens with a digit a rupee sign is read as. */
    private static boolean signDigit(BigDecimal value) {
        return SIGN_DIGITS.contains(value.toPlainString().substring(0, 1));
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }

    private static void settle(List<DraftItem> items, Section section) {
        if (!addsUp(items, section)) {
            chooseReadings(items, section);
        }
        if (addsUp(items, section)) {
            for (int i : section.rows()) {
                settleFactors(items.get(i));
            }
        }
    }

    /** The one choice of readings, fewest rows changed, that makes the section add up; none when there is no single one. */
    private static void chooseReadings(List<DraftItem> items, Section section) {
        List<Integer> rows = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        long sum = 0;
        for (int i : section.rows()) {
            DraftItem item = items.get(i);
            long current = paise(item.charge.amount());
            sum += current;
            if (item.ocr && doubtful(item)) {
                for (BigDecimal other : otherReadings(item.charge)) {
                    rows.add(i);
                    deltas.add(paise(other) - current);
                    amounts.add(other);
                }
            }
        }
        List<Long> gaps = new ArrayList<>();
        for (BigDecimal target : targets(section.total())) {
            gaps.add(paise(target) - sum);
        }
        Search search = new Search(rows, deltas, gaps);
        for (int changes = 1; changes <= MOST_CHANGES && search.solutions == 0 && !search.exhausted; changes++) {
            search.run(changes);
        }
        if (search.solutions != 1 || search.exhausted) {
            return;
        }
        for (int k : search.found) {
            DraftItem item = items.get(rows.get(k));
            Charge c = item.charge;
            item.charge = c.reread(c.quantity(), c.unitPrice(), Money.scaled(amounts.get(k)), c.certainty() * REPAIRED);
            item.confidence *= REPAIRED;
        }
    }

    /** How many rows of one section may be read again together; more would be guessing, not reading. */
    private static final int MOST_CHANGES = 3;
    private static final long MOST_STEPS = 3_000_000;

    /** Depth-first search for the sets of other readings, one per row at most, that close a section's gap. */
    private static final class Search {
        private final List<Integer> rows;
        private final List<Long> deltas;
        private final List<Long> gaps;
        private final long tolerance = paise(TOLERANCE);
        private final java.util.Deque<Integer> chosen = new java.util.ArrayDeque<>();
        int solutions;
        List<Integer> found = List.of();
        boolean exhausted;
        private long steps;

        Search(List<Integer> rows, List<Long> deltas, List<Long> gaps) {
            this.rows = rows;
            this.deltas = deltas;
            this.gaps = gaps;
        }

        void run(int changes) {
            visit(0, changes, 0);
        }

        private void visit(int from, int left, long closed) {
            if (exhausted || ++steps > MOST_STEPS) {
                exhausted = true;
                return;
            }
            if (left == 0) {
                if (gaps.stream().anyMatch(g -> Math.abs(g - closed) <= tolerance)) {
                    solutions++;
                    found = new ArrayList<>(chosen);
                }
                return;
            }
            for (int k = from; k < deltas.size(); k++) {
                int row = rows.get(k);
                if (chosen.stream().anyMatch(c -> rows.get(c) == row)) {
                    continue;
                }
                chosen.push(k);
                visit(k + 1, left - 1, closed + deltas.get(k));
                chosen.pop();
            }
        }
    }

    /** A row OCR may have misread: its figures disagree, one was repaired or worked out, or its amount was read again. */
    private static boolean doubtful(DraftItem item) {
        Charge c = item.charge;
        boolean repaired = item.cells.numbers().values().stream().anyMatch(PrintedNumber::repaired);
        return !c.consistent() || c.amountReread() || c.certainty() < 1.0 || repaired
                || signDigit(c.amount()) && c.quantity().compareTo(BigDecimal.ONE) == 0
                && c.unitPrice().compareTo(c.amount()) == 0 && OcrRepairs.withoutLeadingDigit(c.amount()).isPresent();
    }

    /** The other amounts a row's printed figures may stand for. */
    private static List<BigDecimal> otherReadings(Charge c) {
        Set<BigDecimal> readings = new LinkedHashSet<>();
        readings.add(Money.scaled(c.printedAmount()));
        readings.add(Money.times(c.quantity(), c.unitPrice()));
        OcrRepairs.withoutLeadingDigit(c.amount()).ifPresent(a -> readings.add(Money.scaled(a)));
        OcrRepairs.withoutLeadingDigit(c.printedAmount()).ifPresent(a -> readings.add(Money.scaled(a)));
        OcrRepairs.withoutLeadingDigit(c.unitPrice()).ifPresent(r -> readings.add(Money.times(c.quantity(), r)));
        if (c.quantity().compareTo(BigDecimal.ONE) != 0) {
            // the quantity misread ("4" for "1"): the rate alone is the amount
            readings.add(Money.scaled(c.unitPrice()));
        }
        readings.removeIf(a -> a.signum() <= 0 || a.compareTo(c.amount()) == 0);
        return List.copyOf(readings).subList(0, Math.min(readings.size(), 7));
    }

    /**
     * With its amount confirmed by the section's total, a row whose quantity × rate disagrees has
     * a misread rate (one confusable digit, or a sign read as its first digit) or a quantity
     * misread for 1: the reading that agrees with the amount is taken, when there is one.
     */
    private static void settleFactors(DraftItem item) {
        Charge c = item.charge;
        if (!item.ocr || ChargeReading.agrees(c.quantity(), c.unitPrice(), c.amount()) || c.quantity().signum() <= 0) {
            return;
        }
        BigDecimal rate = c.amount().divide(c.quantity(), 2, RoundingMode.HALF_UP);
        if (ChargeReading.agrees(c.quantity(), rate, c.amount()) && misreadAs(c.unitPrice(), rate)) {
            item.charge = c.reread(c.quantity(), rate, c.amount(), c.certainty() * REPAIRED);
        } else if (c.quantity().compareTo(BigDecimal.ONE) != 0 && LOOKALIKES_OF_ONE.contains(c.quantity().toPlainString())
                && (c.unitPrice().compareTo(c.amount()) == 0 || misreadAs(c.unitPrice(), c.amount()))) {
            item.charge = c.reread(BigDecimal.ONE, Money.scaled(c.amount()), c.amount(), c.certainty() * REPAIRED);
        } else {
            return;
        }
        item.confidence *= REPAIRED;
    }

    /** Digits a scan prints for a 1 standing alone in the quantity column: the other digit of each quantity pair with a 1. */
    private static final Set<String> LOOKALIKES_OF_ONE = OcrConfusions.digitPairs("quantity").stream()
            .filter(pair -> pair.startsWith("1")).map(pair -> pair.substring(1)).collect(java.util.stream.Collectors.toSet());

    /** Whether {@code printed} is {@code worked} with one confusable digit misread, or a sign read as its first digit. */
    private static boolean misreadAs(BigDecimal printed, BigDecimal worked) {
        if (OcrRepairs.withoutLeadingDigit(printed).map(p -> p.compareTo(worked) == 0).orElse(false)) {
            return true;
        }
        return OcrConfusions.oneDigitApart(printed, worked, CONFUSABLE);
    }

    /** Digit pairs (smaller first) a scan takes one for the other in a rate. */
    private static final Set<String> CONFUSABLE = OcrConfusions.digitPairs("rate");

    private static long paise(BigDecimal value) {
        return Money.scaled(value).movePointRight(2).longValueExact();
    }
}
