package com.billaudit.stressset;

import com.billaudit.domain.Money;
import com.billaudit.stressset.Bill.Line;
import com.billaudit.stressset.Bill.Pharma;
import com.billaudit.stressset.Bill.Tax;
import com.billaudit.stressset.Parties.Provider;
import com.billaudit.stressset.Parties.Visit;
import com.billaudit.stressset.SchemeCatalog.NonPayableItem;
import com.billaudit.stressset.SchemeCatalog.TariffItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides what a bill charges: which services, how worded, at what price, and which issues are
 * planted. Clean lines are priced at 80-105 % of the tariff so that only planted issues are
 * findings; {@link GroundTruth} re-derives the findings from the lines and checks they agree.
 */
final class BillPlanner {
    /** Row order the layout needs: printed as generated, by date (day groups) or by section. */
    enum Ordering { AS_GENERATED, BY_DATE, BY_SECTION }

    /** The bill's shape, chosen by the layout: dated lines, one line per day for daily charges, size. */
    record Shape(boolean dated, boolean perDayLines, int items, Ordering ordering, double hardShare) {
    }

    private record OffTariff(String name, BigDecimal price, String category) {
    }

    // Plausible charges that are on neither list: the service should leave them UNMATCHED, never flag them.
    private static final List<OffTariff> OFF_TARIFF = List.of(
            new OffTariff("Pulse Oximeter Probe", Money.of(250), "consumable"),
            new OffTariff("Three Way Stopcock", Money.of(45), "consumable"),
            new OffTariff("Micropore Tape 1 inch", Money.of(60), "consumable"),
            new OffTariff("Epidural Set", Money.of(900), "consumable"),
            new OffTariff("Incentive Spirometer", Money.of(450), "consumable"),
            new OffTariff("ECG Electrodes", Money.of(15), "consumable"),
            new OffTariff("Spirometry (PFT)", Money.of(800), "investigation"),
            new OffTariff("Pure Tone Audiometry", Money.of(500), "investigation"),
            new OffTariff("Glucometer Strip", Money.of(20), "consumable"),
            new OffTariff("Bed Side Monitoring Charges", Money.of(350), "other"));
    private static final List<String> ISSUE_TYPES = List.of("overcharge", "duplicate", "nonpayable", "arithmetic", "total_mismatch");
    private static final List<String> SECTION_ORDER = List.of("consultation", "room", "nursing", "procedure", "investigation",
            "imaging", "medicine", "consumable", "other");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy", Locale.US);

    private final List<TariffItem> tariff = SchemeCatalog.tariff();
    private final List<NonPayableItem> nonPayable = SchemeCatalog.nonPayable();

    Bill hospital(Pick pick, Provider provider, Shape shape) {
        int stay = shape.dated() ? pick.between(2, 7) : pick.between(1, 6);
        Visit visit = Parties.visit(pick, stay);
        List<Line> lines = new ArrayList<>();
        List<TariffItem> daily = pick.distinct(tariff.stream().filter(TariffItem::perDay).toList(), stay > 1 ? pick.between(1, 3) : 0);
        for (TariffItem item : daily) {
            lines.addAll(dailyLines(pick, item, visit, shape));
        }
        List<TariffItem> others = tariff.stream().filter(t -> !t.perDay()).toList();
        for (TariffItem item : pick.distinct(others, Math.max(1, shape.items() - lines.size()))) {
            lines.add(line(pick, item, quantity(pick, item), dateIn(pick, visit, shape), shape.hardShare(), null));
        }
        if (pick.chance(0.35)) {
            OffTariff off = pick.of(OFF_TARIFF);
            BigDecimal qty = BigDecimal.valueOf(off.price().compareTo(Money.of(50)) < 0 ? pick.between(2, 10) : 1);
            lines.add(new Line(off.name(), dateIn(pick, visit, shape), null, qty, off.price(), Money.times(qty, off.price()),
                    off.category(), false, false, null));
        }
        List<String> issues = issues(pick, 3);
        BigDecimal discount = Money.ZERO;
        String discountLabel = pick.oneOf("Less: Discount", "Discount", "Concession", "Less : Hospital Discount", "Corporate Discount");
        List<Line> finished = plantLineIssues(pick, lines, issues, visit, shape);
        BigDecimal lineTotal = finished.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
        if (pick.chance(0.25)) {
            discount = pick.chance(0.5) ? Money.of(pick.oneOf(100, 200, 250, 500, 1000))
                    : Money.scaled(lineTotal.multiply(BigDecimal.valueOf(pick.oneOf(5, 10))).movePointLeft(2));
        }
        return finish(pick, Bill.Kind.HOSPITAL, provider, visit, finished, discount, discountLabel, List.of(), issues, true);
    }

    Bill pharmacy(Pick pick, Provider provider, int items) {
        Visit visit = Parties.visit(pick, 1);
        List<TariffItem> stock = tariff.stream().filter(t -> t.category().equals("medicine") || t.category().equals("consumable")).toList();
        Shape shape = new Shape(false, false, items, Ordering.AS_GENERATED, 0.35);
        List<Line> lines = new ArrayList<>();
        for (TariffItem item : pick.distinct(stock, items)) {
            lines.add(line(pick, item, quantity(pick, item), null, shape.hardShare(), pharma(pick, visit)));
        }
        List<String> issues = issues(pick, 2);
        List<Line> finished = plantLineIssues(pick, lines, issues, visit, shape);
        BigDecimal lineTotal = finished.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal discount = pick.chance(0.5) ? Money.ZERO
                : Money.scaled(lineTotal.multiply(BigDecimal.valueOf(pick.oneOf(5, 10, 12))).movePointLeft(2));
        List<Tax> taxes = List.of();
        if (pick.chance(0.5)) {
            BigDecimal halfRate = pick.oneOf(new BigDecimal("2.5"), new BigDecimal("6"));
            BigDecimal half = Money.scaled(lineTotal.subtract(discount).multiply(halfRate).movePointLeft(2));
            String rate = halfRate.stripTrailingZeros().toPlainString();
            taxes = List.of(new Tax("CGST @ " + rate + "%", half), new Tax("SGST @ " + rate + "%", half));
        }
        return finish(pick, Bill.Kind.PHARMACY, provider, visit, finished, discount, pick.oneOf("Less: Discount", "Discount",
                "Disc. Amt", "Less : Scheme Discount"), taxes, issues, false);
    }

    private Bill finish(Pick pick, Bill.Kind kind, Provider provider, Visit visit, List<Line> lines, BigDecimal discount,
                        String discountLabel, List<Tax> taxes, List<String> issues, boolean mayTakeAdvance) {
        BigDecimal lineTotal = lines.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal exact = lineTotal.subtract(discount).add(taxes.stream().map(Tax::amount).reduce(Money.ZERO, BigDecimal::add));
        BigDecimal roundOff = Money.ZERO;
        if (pick.chance(0.35)) {
            roundOff = Money.scaled(exact.setScale(0, RoundingMode.HALF_UP)).subtract(exact);
        }
        BigDecimal stated = exact.add(roundOff);
        if (issues.contains("total_mismatch")) {
            stated = stated.add(Money.of(pick.oneOf(100, 250, 500, 1000, 1500, pick.between(60, 2500))));
        }
        BigDecimal advance = Money.ZERO;
        if (mayTakeAdvance && pick.chance(0.2) && stated.compareTo(Money.of(3000)) > 0) {
            advance = Money.of(stated.multiply(BigDecimal.valueOf(pick.uniform(0.2, 0.8))).movePointLeft(3).longValue() * 1000L);
        }
        return new Bill(kind, provider, visit, lines, discount, discountLabel, taxes, roundOff, advance, stated, issues);
    }

    /** Zero to {@code max} planted issues, some bills clean. */
    private static List<String> issues(Pick pick, int max) {
        int count = Math.min(max, pick.weighted(3, 4, 3, 1.5));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String issue = ISSUE_TYPES.get(pick.weighted(4, 2, 3, 2, 1.5));
            if (issue.equals("total_mismatch") && out.contains(issue)) {
                continue;
            }
            out.add(issue);
        }
        return out;
    }

    private List<Line> plantLineIssues(Pick pick, List<Line> generated, List<String> issues, Visit visit, Shape shape) {
        List<Line> lines = new ArrayList<>(generated);
        // Lines an issue was planted on are never picked again, so each line carries at most one finding.
        List<Line> touched = new ArrayList<>();
        for (String issue : issues) {
            switch (issue) {
                case "overcharge" -> replaceClean(pick, lines, touched, line -> {
                    TariffItem item = byCode(line.code());
                    BigDecimal price = price(item.rate().multiply(BigDecimal.valueOf(pick.uniform(1.2, 1.9))), item.rate());
                    return line.withPrice(price);
                });
                case "arithmetic" -> replaceClean(pick, lines, touched, line -> line.withAmount(wrongAmount(pick, line)));
                case "nonpayable" -> {
                    NonPayableItem item = pick.of(nonPayable);
                    Wording.Variant v = Wording.of(pick, item, shape.hardShare() / 2);
                    BigDecimal price = Money.of(pick.oneOf(50, 100, 150, 200, 300, 500, 750));
                    BigDecimal qty = BigDecimal.ONE;
                    Line np = new Line(v.text(), dateIn(pick, visit, shape), null, qty, price, Money.times(qty, price),
                            "other", v.hard(), true, generated.get(0).pharma() == null ? null : pharma(pick, visit).withMrp(price));
                    lines.add(pick.between(0, lines.size()), np);
                    touched.add(np);
                }
                default -> {
                }
            }
        }
        List<Line> ordered = order(pick, lines, shape.ordering());
        for (String issue : issues) {
            if (issue.equals("duplicate")) {
                plantDuplicate(pick, ordered, touched, shape.ordering());
            }
        }
        return ordered;
    }

    /**
     * An amount above quantity x price: a digit slip (1520 printed as 5120) or an odd excess. Never a
     * whole number of extra units, which a reader could fairly take for a misprinted quantity.
     */
    private static BigDecimal wrongAmount(Pick pick, Line line) {
        BigDecimal right = line.amount();
        BigDecimal wrong = pick.chance(0.5) ? swapRisingDigits(right) : null;
        if (wrong == null) {
            BigDecimal excess = pick.chance(0.5) ? Money.scaled(right.multiply(BigDecimal.valueOf(pick.uniform(0.1, 0.6))))
                    : Money.of(pick.oneOf(10, 20, 50, 100, 200));
            wrong = right.add(Money.max(excess, Money.max(Money.of(5), Money.scaled(right.movePointLeft(1)))));
        }
        if (wrong.subtract(right).remainder(line.unitPrice()).signum() == 0) {
            wrong = wrong.add(Money.of("7.00"));
        }
        return Money.scaled(wrong);
    }

    /** The amount with its first rising pair of digits swapped (1520.00 -> 5120.00), or null when none rises. */
    private static BigDecimal swapRisingDigits(BigDecimal amount) {
        char[] digits = amount.toPlainString().toCharArray();
        int dot = amount.toPlainString().indexOf('.');
        for (int i = 0; i + 1 < dot; i++) {
            if (digits[i] < digits[i + 1]) {
                char t = digits[i];
                digits[i] = digits[i + 1];
                digits[i + 1] = t;
                BigDecimal swapped = new BigDecimal(new String(digits));
                return swapped.subtract(amount).compareTo(Money.max(Money.of(5), amount.movePointLeft(2))) > 0 ? swapped : null;
            }
        }
        return null;
    }

    private void replaceClean(Pick pick, List<Line> lines, List<Line> touched, java.util.function.UnaryOperator<Line> change) {
        Line target = pickClean(pick, lines, touched);
        Line changed = change.apply(target);
        lines.set(lines.indexOf(target), changed);
        touched.add(changed);
    }

    private static Line pickClean(Pick pick, List<Line> lines, List<Line> touched) {
        List<Line> clean = lines.stream().filter(l -> l.code() != null && !touched.contains(l)).toList();
        return pick.of(clean);
    }

    /** A repeat of a clean, non-daily line: same wording, date and price, placed in the same day or section. */
    private void plantDuplicate(Pick pick, List<Line> lines, List<Line> touched, Ordering ordering) {
        List<Line> clean = lines.stream().filter(l -> l.code() != null && !touched.contains(l) && !byCode(l.code()).perDay()).toList();
        Line original = pick.of(clean);
        int at = lines.indexOf(original);
        int end = at + 1;
        while (ordering != Ordering.AS_GENERATED && end < lines.size() && sameGroup(lines.get(end), original, ordering)) {
            end++;
        }
        int insertAt = ordering == Ordering.AS_GENERATED ? pick.between(at + 1, lines.size()) : pick.between(at + 1, end);
        lines.add(insertAt, original);
        touched.add(original);
    }

    private static boolean sameGroup(Line a, Line b, Ordering ordering) {
        return ordering == Ordering.BY_DATE ? java.util.Objects.equals(a.date(), b.date())
                : section(a.category()) == section(b.category());
    }

    private static List<Line> order(Pick pick, List<Line> lines, Ordering ordering) {
        List<Line> out = new ArrayList<>(lines);
        java.util.Collections.shuffle(out, new java.util.Random(pick.between(0, Integer.MAX_VALUE - 1)));
        switch (ordering) {
            case BY_DATE -> out.sort(Comparator.comparing(Line::date, Comparator.nullsFirst(Comparator.naturalOrder())));
            case BY_SECTION -> out.sort(Comparator.comparingInt(l -> section(l.category())));
            default -> {
            }
        }
        return out;
    }

    /** Position of a category's section on a sectioned bill; room and nursing share one. */
    static int section(String category) {
        int i = SECTION_ORDER.indexOf(category);
        return category.equals("nursing") ? SECTION_ORDER.indexOf("room") : Math.max(0, i);
    }

    private List<Line> dailyLines(Pick pick, TariffItem item, Visit visit, Shape shape) {
        int days = (int) (visit.discharged().toEpochDay() - visit.admitted().toEpochDay()) + (pick.chance(0.5) ? 1 : 0);
        days = Math.max(1, days);
        if (!shape.perDayLines()) {
            Line one = line(pick, item, BigDecimal.valueOf(days), shape.dated() ? visit.admitted() : null, shape.hardShare(), null);
            return List.of(one);
        }
        Line first = line(pick, item, BigDecimal.ONE, visit.admitted(), shape.hardShare(), null);
        List<Line> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = visit.admitted().plusDays(d);
            out.add(new Line(first.description(), date, first.code(), BigDecimal.ONE, first.unitPrice(), first.amount(),
                    first.category(), first.hardVariant(), false, null));
        }
        return out;
    }

    private Line line(Pick pick, TariffItem item, BigDecimal qty, LocalDate date, double hardShare, Pharma pharma) {
        Wording.Variant v = Wording.of(pick, item, hardShare);
        double factor = pick.oneOf(0.8, 0.85, 0.9, 0.95, 1.0, 1.0, 1.0, 1.05);
        BigDecimal price = price(item.rate().multiply(BigDecimal.valueOf(factor)), item.rate());
        Pharma p = pharma == null ? null : pharma.withMrp(Money.scaled(price.multiply(BigDecimal.valueOf(pick.oneOf(1.0, 1.1, 1.25)))));
        return new Line(v.text(), date, item.code(), qty, price, Money.times(qty, price), item.category(), v.hard(), false, p);
    }

    /** Whole rupees for big rates, 5-paise steps for small ones, as billing software rounds. */
    private static BigDecimal price(BigDecimal raw, BigDecimal rate) {
        if (rate.compareTo(Money.of(100)) >= 0) {
            return Money.scaled(raw.setScale(0, RoundingMode.HALF_UP));
        }
        return Money.scaled(raw.multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(20)));
    }

    private static BigDecimal quantity(Pick pick, TariffItem item) {
        int q = switch (item.category()) {
            case "medicine" -> item.unit().equals("per tablet") || item.unit().equals("per capsule")
                    ? pick.oneOf(2, 4, 6, 10, 14, 15, 20, 30) : pick.between(1, 8);
            case "consumable" -> pick.between(1, 10);
            case "consultation" -> item.unit().equals("per visit") ? pick.weighted(0, 5, 2, 1, 1) : 1;
            default -> item.unit().equals("per session") || item.unit().equals("per hour") ? pick.between(1, 8) : 1;
        };
        return BigDecimal.valueOf(Math.max(1, q));
    }

    private static LocalDate dateIn(Pick pick, Visit visit, Shape shape) {
        if (!shape.dated()) {
            return null;
        }
        long span = visit.discharged().toEpochDay() - visit.admitted().toEpochDay();
        return visit.admitted().plusDays(pick.between(0, (int) span));
    }

    private static Pharma pharma(Pick pick, Visit visit) {
        String batch = (char) ('A' + pick.between(0, 25)) + "" + (char) ('A' + pick.between(0, 25)) + pick.between(1000, 99999);
        String expiry = visit.admitted().plusMonths(pick.between(4, 36)).format(EXPIRY);
        return new Pharma(pick.oneOf("3004", "30049099", "30042019", "9018", "30049039"), batch, expiry, null, pick.oneOf(5, 12, 18));
    }

    private TariffItem byCode(String code) {
        return tariff.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
