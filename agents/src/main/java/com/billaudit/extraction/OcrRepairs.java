package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Second readings of an OCR'd row whose quantity × rate disagrees with its amount, for the
 * misreadings OCR makes: the space between quantity and rate lost or misplaced ("112 750.00"
 * for "1  12,750.00"), a table border or rupee sign read as a leading digit ("13825.00" for
 * "|3825.00", "7210.00" for "₹210.00"), a decimal point lost or read as a digit ("1000" for
 * "1.00"), one misread quantity digit, and a rate and an amount both misread in one of these ways.
 * A second reading is used only when exactly one of them makes the row agree; the row is then
 * marked less certain.
 */
final class OcrRepairs {

    private static final double REPAIRED = 0.6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(999);
    /** Pairs of digits (smaller first) that OCR takes one for the other. */
    private static final java.util.Set<String> LOOKALIKE_DIGITS = OcrConfusions.digitPairs("quantity");

    /** A line OCR read at least this surely is a clear scan: its figures are taken as printed. */
    private static final double CLEAR_SCAN = 0.95;

    private OcrRepairs() {
    }

    /**
     * Whether a row read with {@code lineConfidence} may be read a second time: only OCR's, and not
     * a clear scan's ("1 × 500.00 = 1000.00" read surely is the bill's own arithmetic).
     */
    static boolean mayReread(double lineConfidence) {
        return lineConfidence < CLEAR_SCAN;
    }

    /**
     * @param rateHasPoint   whether the rate was printed with a decimal point (then it was not lost)
     * @param amountHasPoint the same for the amount
     */
    static Charge reconsider(Charge printed, boolean rateHasPoint, boolean amountHasPoint) {
        return reconsider(printed, rateHasPoint, amountHasPoint, false);
    }

    /**
     * @param amountLeadsWithLookalike the amount was read only by taking a sign before it for a
     *                                 digit ("$60.00"): which digit it stood for is not known
     */
    static Charge reconsider(Charge printed, boolean rateHasPoint, boolean amountHasPoint, boolean amountLeadsWithLookalike) {
        return reconsider(printed, rateHasPoint, amountHasPoint, amountLeadsWithLookalike, Signs.NONE);
    }

    /**
     * Which of a row's rate and amount were printed behind a sign OCR read as a sign ("%1100.00"):
     * their first digit is no misread sign, so no reading drops it.
     */
    record Signs(boolean rate, boolean amount) {
        static final Signs NONE = new Signs(false, false);
    }

    static Charge reconsider(Charge printed, boolean rateHasPoint, boolean amountHasPoint, boolean amountLeadsWithLookalike,
                             Signs signs) {
        if (printed.consistent()) {
            return printed;
        }
        BigDecimal q = printed.quantity();
        BigDecimal r = printed.unitPrice();
        BigDecimal a = printed.amount();
        // kinds of misreading from the most to the least common; the first kind with one answer wins
        List<List<Charge>> kinds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        resplit(q, r, a, kinds.get(0));
        unsigned(r, signs.rate()).ifPresent(r2 -> add(kinds.get(1), q, r2, a));
        unsigned(a, signs.amount()).ifPresent(a2 -> add(kinds.get(1), q, r, a2));
        if (amountLeadsWithLookalike) {
            for (BigDecimal a2 : otherLeadingDigits(a)) {
                add(kinds.get(1), q, r, a2);
            }
        }
        for (BigDecimal r2 : pointMisread(r, rateHasPoint)) {
            add(kinds.get(2), q, r2, a);
        }
        for (BigDecimal a2 : pointMisread(a, amountHasPoint)) {
            add(kinds.get(2), q, r, a2);
        }
        quantityPointLost(q).ifPresent(q2 -> add(kinds.get(2), q2, r, a));

        misreadQuantityDigit(q, r, a, kinds.get(3));
        speckAfterQuantity(q).ifPresent(q2 -> add(kinds.get(3), q2, r, a));
        for (List<Charge> readings : kinds) {
            if (readings.size() == 1) {
                Charge repaired = readings.getFirst();
                return printed.reread(repaired.quantity(), repaired.unitPrice(), repaired.amount(), printed.certainty() * REPAIRED);
            }
            if (readings.size() > 1) {
                return printed;
            }
        }
        List<Charge> both = rateAndAmountMisread(q, r, a, rateHasPoint, amountHasPoint, signs);
        if (both.size() == 1) {
            Charge repaired = both.getFirst();
            return printed.reread(repaired.quantity(), repaired.unitPrice(), repaired.amount(),
                    printed.certainty() * REPAIRED * REPAIRED);
        }
        return printed;
    }

    /**
     * The readings of a value whose decimal point OCR lost ("135" for 1.35) or read as a digit
     * ("1000" for 1.00): the last two digits are paise.
     */
    private static List<BigDecimal> pointMisread(BigDecimal value, boolean printedPoint) {
        if (printedPoint || value.stripTrailingZeros().scale() > 0) {
            return List.of();
        }
        List<BigDecimal> readings = new ArrayList<>();
        readings.add(value.divide(HUNDRED));
        String digits = value.toBigInteger().toString();
        if (digits.length() >= 4) {
            readings.add(new BigDecimal(digits.substring(0, digits.length() - 3) + "." + digits.substring(digits.length() - 2)));
        }
        return readings;
    }

    /** "10" for a quantity printed "1.0", "25" for "2.5": a whole quantity of two or three digits whose point OCR lost before its last digit. */
    private static java.util.Optional<BigDecimal> quantityPointLost(BigDecimal q) {
        if (q.stripTrailingZeros().scale() > 0 || q.compareTo(BigDecimal.TEN) < 0 || q.compareTo(MAX_QUANTITY) > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(q.divide(BigDecimal.TEN).stripTrailingZeros());
    }

    /** Both the rate and the amount misread in one row ("95" for 0.95 beside "₹14.25" read as "214.25"). */
    private static List<Charge> rateAndAmountMisread(BigDecimal q, BigDecimal r, BigDecimal a, boolean rateHasPoint,
                                                     boolean amountHasPoint, Signs signs) {
        List<BigDecimal> rates = new ArrayList<>(pointMisread(r, rateHasPoint));
        unsigned(r, signs.rate()).ifPresent(rates::add);
        List<BigDecimal> amounts = new ArrayList<>(pointMisread(a, amountHasPoint));
        unsigned(a, signs.amount()).ifPresent(amounts::add);
        List<Charge> readings = new ArrayList<>();
        for (BigDecimal r2 : rates) {
            for (BigDecimal a2 : amounts) {
                add(readings, q, r2, a2);
            }
        }
        return readings;
    }

    /** The quantity's and rate's digits run together and split again at every place. */
    private static void resplit(BigDecimal q, BigDecimal r, BigDecimal a, List<Charge> readings) {
        if (q.stripTrailingZeros().scale() > 0) {
            return;
        }
        String digits = q.toBigInteger().toString() + r.toPlainString();
        int point = digits.indexOf('.');
        int wholeEnd = point < 0 ? digits.length() : point;
        for (int k = 1; k < wholeEnd; k++) {
            if (digits.charAt(k) == '0' && k + 1 < wholeEnd) {
                continue;
            }
            BigDecimal q2 = new BigDecimal(digits.substring(0, k));
            BigDecimal r2 = new BigDecimal(digits.substring(k));
            if (q2.signum() > 0 && q2.compareTo(MAX_QUANTITY) <= 0 && !(q2.compareTo(q) == 0 && r2.compareTo(r) == 0)) {
                add(readings, q2, r2, a);
            }
        }
    }

    /** "14" for a count of 1: a speck beside the narrow quantity cell read as one more digit. */
    private static java.util.Optional<BigDecimal> speckAfterQuantity(BigDecimal q) {
        if (q.stripTrailingZeros().scale() > 0 || q.compareTo(BigDecimal.TEN) < 0 || q.compareTo(MAX_QUANTITY) > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BigDecimal(q.toBigInteger().divide(java.math.BigInteger.TEN)));
    }

    private static void misreadQuantityDigit(BigDecimal q, BigDecimal r, BigDecimal a, List<Charge> readings) {
        if (r.signum() == 0 || q.stripTrailingZeros().scale() > 0 || q.compareTo(BigDecimal.TEN) >= 0) {
            return;
        }
        BigDecimal[] division = a.divideAndRemainder(r);
        BigDecimal q2 = division[0];
        if (division[1].signum() == 0 && q2.signum() > 0 && q2.compareTo(BigDecimal.TEN) < 0
                && LOOKALIKE_DIGITS.contains(Math.min(q.intValue(), q2.intValue()) + "" + Math.max(q.intValue(), q2.intValue()))) {
            // only digits a scan confuses: "1 × 4275 = 12825" is a bill charging three days for one, not a misread 3
            add(readings, q2, r, a);
        }
    }

    /** The value without its first digit, unless a sign was read before it (then that digit is the figure's). */
    private static java.util.Optional<BigDecimal> unsigned(BigDecimal value, boolean signRead) {
        return signRead ? java.util.Optional.empty() : withoutLeadingDigit(value);
    }

    /** The value without its first digit: a border or a rupee sign OCR read as 1, 2, 3 or 7 ("₹375.00" → "375.00"). */
    static java.util.Optional<BigDecimal> withoutLeadingDigit(BigDecimal value) {
        String plain = value.toPlainString();
        if (plain.length() > 2 && plain.charAt(1) != '.') {
            String rest = plain.substring(1);
            // "300.00" is not "00.00": no figure is printed with a leading zero, and none repairs to nothing
            boolean leadingZero = rest.charAt(0) == '0' && rest.length() > 1 && rest.charAt(1) != '.';
            BigDecimal reading = new BigDecimal(rest);
            return leadingZero || reading.signum() == 0 ? java.util.Optional.empty() : java.util.Optional.of(reading);
        }
        return java.util.Optional.empty();
    }

    /** The value with its first digit read as each other digit: what a sign OCR took for a digit may have been. */
    private static List<BigDecimal> otherLeadingDigits(BigDecimal value) {
        String plain = value.toPlainString();
        List<BigDecimal> readings = new ArrayList<>();
        for (char d = '1'; d <= '9'; d++) {
            if (d != plain.charAt(0) && Character.isDigit(plain.charAt(0))) {
                readings.add(new BigDecimal(d + plain.substring(1)));
            }
        }
        return readings;
    }

    private static void add(List<Charge> readings, BigDecimal q, BigDecimal r, BigDecimal a) {
        // a zero rate or amount agrees with any quantity: no evidence for a reading ("1 110.00 .. 0.00" as 111 × 0.00)
        if (r.signum() != 0 && a.signum() != 0 && ChargeReading.agrees(q, r, a)) {
            BigDecimal quantity = q.stripTrailingZeros().scale() < 0 ? q.setScale(0) : q.stripTrailingZeros();
            boolean known = readings.stream().anyMatch(c -> c.quantity().compareTo(quantity) == 0
                    && c.unitPrice().compareTo(r) == 0 && c.amount().compareTo(a) == 0);
            if (!known) {
                readings.add(new Charge(quantity, Money.scaled(r), Money.scaled(a), 1.0, true));
            }
        }
    }
}
