package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * DUPLICATE: the same service billed again: the same normalised description (so "Inj. X" and
 * "X Injection" are the same), the same date or both undated (on a bill that dates none of its rows),
 * and the same unit price. Where both rows print a time beside their date (a hospital's pharmacy
 * ledger: "19/11/2025 19:39"), the times agree too: two dispensings of one item at different times
 * of a day are two orders, while one order entered twice repeats its time. The first
 * line is the charge; every further copy is recoverable. One misread letter in a long
 * description (a scan) does not make a copy a different service. A per-day service (room, nursing) on
 * different dates is a different day's charge, not a copy. Rows of different bills in one upload
 * (two pharmacy bills from the same day) are never copies of each other.
 *
 * <p>Only dates read as printed show two rows were billed for one day. A row whose date was inferred
 * ({@link LineItem#dateInferred()}: a garbled cell read as a day its neighbours allow) was given a day
 * like theirs by that very inference, so its sameness with them proves nothing: like a line read
 * unsure, it never makes a counted duplicate. Its copy is reported apart, not counted.
 */
public final class DuplicateRule implements AuditRule {
    public static final String RULE_ID = "line.duplicate";
    /** Descriptions at least this long may differ by one misread letter and still be one service. */
    private static final int MIN_LENGTH_FOR_SLIPS = 8;
    /** How much less sure a copy is whose day was inferred (as a finding on a line read unsure). */
    private static final double INFERRED_DATE_CONFIDENCE = 0.5;

    /** @param time the time printed beside the date, or null: a row without one may be a copy of any time's row */
    private record Key(String description, LocalDate date, LocalTime time, BigDecimal unitPrice) {
    }

    /** Only rows of one day and one price can be copies of each other. */
    private record DayAndPrice(LocalDate date, BigDecimal unitPrice) {
    }

    @Override
    public List<Finding> apply(AuditInput input) {
        return input.perBill().stream().flatMap(bill -> duplicates(bill.items()).stream()).toList();
    }

    private static List<Finding> duplicates(List<LineItem> items) {
        // on a bill that dates its rows, an undated row is one whose date could not be read: its day is unknown
        boolean dated = items.stream().anyMatch(item -> item.date() != null);
        Map<Key, List<LineItem>> groups = new LinkedHashMap<>();
        // indexed by day, price and description, so a long bill costs its length, not its length squared
        Map<DayAndPrice, OneEditIndex<Key>> index = new HashMap<>();
        for (LineItem item : items) {
            if (Money.isPositive(item.amount()) && (item.date() != null || !dated)) {
                Key key = new Key(DescriptionNormaliser.key(item.description()), item.date(), item.time(),
                        Charges.unitPrice(item));
                OneEditIndex<Key> sameDayAndPrice = index.computeIfAbsent(
                        new DayAndPrice(key.date(), key.unitPrice().stripTrailingZeros()), k -> new OneEditIndex<>());
                Key same = sameDayAndPrice.first(key.description(), k -> sameCharge(k, key)).orElse(null);
                if (same == null) {
                    same = key;
                    sameDayAndPrice.add(key.description(), key);
                }
                groups.computeIfAbsent(same, k -> new ArrayList<>()).add(item);
            }
        }
        return groups.values().stream().filter(group -> group.size() > 1).flatMap(DuplicateRule::findings).toList();
    }

    /**
     * The copies among rows dated as printed, counted; and apart, the copies whose day was inferred,
     * against the first row dated as printed (or, with none, the first of them), not counted.
     */
    private static Stream<Finding> findings(List<LineItem> group) {
        List<LineItem> printed = group.stream().filter(item -> !item.dateInferred()).toList();
        List<LineItem> inferred = group.stream().filter(LineItem::dateInferred).toList();
        Stream<Finding> counted = printed.size() > 1 ? Stream.of(finding(printed, "")) : Stream.empty();
        if (inferred.isEmpty()) {
            return counted;
        }
        List<LineItem> unsure = printed.isEmpty() ? inferred
                : Stream.concat(Stream.of(printed.getFirst()), inferred.stream()).toList();
        String lines = join(inferred.stream().map(LineItem::index).toList());
        String why = inferred.size() == 1 ? " The date of line " + lines + " was not read as printed but inferred from the rows around it."
                : " The dates of lines " + lines + " were not read as printed but inferred from the rows around them.";
        Finding found = finding(unsure, why);
        return Stream.concat(counted, Stream.of(found.notCounted(Finding.INFERRED_DATE,
                found.confidence() * INFERRED_DATE_CONFIDENCE)));
    }

    /**
     * Same date and price, the same time where both print one, and descriptions that are the same or one OCR slip apart in a long
     * description ("troponin i" / "troponin l"); strengths must agree exactly.
     */
    private static boolean sameCharge(Key a, Key b) {
        if (!java.util.Objects.equals(a.date(), b.date()) || a.unitPrice().compareTo(b.unitPrice()) != 0) {
            return false;
        }
        if (a.time() != null && b.time() != null && !a.time().equals(b.time())) {
            return false;
        }
        if (a.description().equals(b.description())) {
            return true;
        }
        return a.description().length() >= MIN_LENGTH_FOR_SLIPS && numbers(a.description()).equals(numbers(b.description()))
                && oneEditApart(a.description(), b.description());
    }

    private static List<String> numbers(String key) {
        return java.util.Arrays.stream(key.split(" ")).filter(DescriptionNormaliser::isNumber).toList();
    }

    /** Whether one substitution, insertion or deletion turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        int skip = shorter.length() == longer.length() ? 1 : 0;
        return shorter.substring(Math.min(shorter.length(), i + skip)).equals(longer.substring(i + 1));
    }

    /** @param note what the message adds about how sure the copies are, or "" */
    private static Finding finding(List<LineItem> group, String note) {
        LineItem first = group.getFirst();
        List<LineItem> copies = group.subList(1, group.size());
        BigDecimal repeated = copies.stream().map(Charges::amount).reduce(Money.ZERO, BigDecimal::add);
        List<Integer> lines = group.stream().map(LineItem::index).toList();
        String when = first.date() == null ? "" : " on " + first.date();
        String message = String.format("'%s' is billed %d times%s at %s each (lines %s); %s %s.",
                first.description(), group.size(), when, Charges.format(Charges.unitPrice(first)), join(lines),
                copies.size() == 1 ? "the extra copy costs" : "the " + copies.size() + " extra copies cost",
                Charges.format(repeated)) + note;
        Map<String, Object> evidence = Map.of("lines", lines, "copies", copies.stream().map(LineItem::index).toList(),
                "unitPrice", Charges.unitPrice(first), "date", first.date() == null ? "" : first.date().toString(),
                "repeatedAmount", repeated);
        double confidence = group.stream().mapToDouble(LineItem::confidence).min().orElse(1.0);
        return new Finding(FindingType.DUPLICATE, Severity.WARNING, lines, repeated, message, RULE_ID, confidence,
                evidence);
    }

    private static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
