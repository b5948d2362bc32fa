package com.billaudit.audit;

import com.billaudit.audit.medicine.MedicineIndex;
import com.billaudit.audit.medicine.PackPricing;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches bill lines to the rulebook's tariff rows (normalisation, aliases, fuzzy similarity).
 * Everything row-side is prepared once in the constructor, so one matcher serves many bills of
 * the same tariff version. A row for the matcher's region replaces the national row of the same
 * code, and of a code's versions the latest one in force on the line's date applies.
 */
public final class TariffMatcher {
    /** Scores this close count as a tie, decided by region and then by the price the bill shows. */
    private static final double TIE = 0.005;
    private static final int SEARCH_DEPTH = 8;
    /**
     * A match weaker than this is given up when a differently named row scores within
     * {@link #AMBIGUITY_MARGIN} of it: "Blood Sugar" is fasting, random or post-prandial, and
     * guessing by the printed price would hide the very overcharge the audit looks for.
     */
    private static final double CLEAR_MATCH = 0.95;
    private static final double AMBIGUITY_MARGIN = 0.05;
    private static final java.util.Set<com.billaudit.domain.Category> SERVICES = java.util.EnumSet.of(
            com.billaudit.domain.Category.INVESTIGATION, com.billaudit.domain.Category.IMAGING,
            com.billaudit.domain.Category.ROOM, com.billaudit.domain.Category.CONSULTATION,
            com.billaudit.domain.Category.PROCEDURE, com.billaudit.domain.Category.NURSING);

    private final String scheme;
    private final String region;
    private final double threshold;
    private final Clock clock;
    private final NameIndex<TariffRow> index;
    private final Map<String, List<TariffRow>> versionsByCode = new HashMap<>();
    /** Brand → generic + strength + form, for medicine lines the fuzzy look-up finds nothing for. */
    private final MedicineIndex medicines;
    /** Longer names a garbled line may be instead of the shorter name it contains. */
    private final ExtendedRivals rivals;

    /** One tariff row a description may be, with how alike they are. */
    public record Candidate(TariffRow row, double similarity) {
    }

    public TariffMatcher(Rulebook rulebook, String region, AuditSettings settings) {
        this(rulebook, region, settings, Clock.systemUTC());
    }

    /** @param clock decides "today" for a bill that prints no date at all */
    public TariffMatcher(Rulebook rulebook, String region, AuditSettings settings, Clock clock) {
        this.scheme = rulebook.scheme() == null ? null : rulebook.scheme().code();
        this.region = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
        this.threshold = settings.matchThreshold();
        this.clock = clock;
        List<TariffRow> applicable = rulebook.tariff().stream().filter(this::appliesToRegion).toList();
        for (TariffRow row : applicable) {
            versionsByCode.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(row);
        }
        this.index = new NameIndex<>(applicable, TariffMatcher::names);
        this.medicines = new MedicineIndex(applicable);
        this.rivals = new ExtendedRivals(applicable, index::isKnown);
    }

    /**
     * Each item with its best match set (null when none is confident enough). An undated line is
     * priced as of the bill's latest line date, or today when no line is dated.
     */
    public List<LineItem> matchAll(List<LineItem> items) {
        return matchAll(items, null);
    }

    /** As {@link #matchAll(List)}, an undated line priced as of {@code billDate} when the bill prints one. */
    public List<LineItem> matchAll(List<LineItem> items, LocalDate billDate) {
        LocalDate asOf = billDate != null ? billDate : items.stream().map(LineItem::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(LocalDate.now(clock));
        return items.stream().map(item -> match(item, asOf)).toList();
    }

    /** The item with its match (and the matched row's category), or with no match. */
    public LineItem match(LineItem item, LocalDate billDate) {
        LocalDate date = item.date() != null ? item.date() : billDate;
        Optional<Candidate> best = best(item.description(), date, item.unitPrice())
                .or(() -> medicines.match(item.description()).filter(hit -> hit.similarity() >= threshold)
                        .flatMap(hit -> inForce(hit.row().code(), date).map(row -> new Candidate(row, hit.similarity()))));
        if (best.isEmpty()) {
            return item.withMatch(null);
        }
        TariffRow row = best.get().row();
        TariffMatch match = PackPricing.perBilledUnit(new TariffMatch(scheme, row.code(), row.name(), row.rate(),
                row.unit(), Math.round(best.get().similarity() * 1000) / 1000.0), row, item);
        return item.withMatch(match).withCategory(row.category());
    }

    /** The confident match for a description on a date, if any. */
    public Optional<Candidate> best(String description, LocalDate date, BigDecimal unitPrice) {
        List<Candidate> candidates = withoutServicesForMedicines(description, shortlist(description, date, SEARCH_DEPTH));
        if (candidates.isEmpty() || candidates.getFirst().similarity() < threshold) {
            return Optional.empty();
        }
        double top = candidates.getFirst().similarity();
        if (top < CLEAR_MATCH && (isAmbiguous(candidates) || rivals.mayBeRival(description,
                candidates.getFirst().row(), candidates.stream().skip(1).map(Candidate::row).toList()))) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> c.similarity() >= top - TIE)
                .min(Comparator.comparing((Candidate c) -> c.row().region() == null)
                        .thenComparing(c -> distance(c.row().rate(), unitPrice)));
    }

    /**
     * A line naming a dosage form ("Calcium Tablet") is a medicine: it is never audited at the rate
     * of a test, scan, room, consultation or procedure that shares its other words ("Serum Calcium"),
     * unless that row names a dosage form itself.
     */
    private static List<Candidate> withoutServicesForMedicines(String description, List<Candidate> candidates) {
        if (DescriptionNormaliser.tokens(description).stream().noneMatch(DescriptionNormaliser::isDosageForm)) {
            return candidates;
        }
        return candidates.stream().filter(c -> !SERVICES.contains(c.row().category())
                || DescriptionNormaliser.tokens(c.row().name()).stream().anyMatch(DescriptionNormaliser::isDosageForm))
                .toList();
    }

    /** Whether a row named differently from the best one scores about as well. */
    private static boolean isAmbiguous(List<Candidate> candidates) {
        Candidate first = candidates.getFirst();
        String name = DescriptionNormaliser.key(first.row().name());
        return candidates.stream().skip(1)
                .anyMatch(c -> c.similarity() >= first.similarity() - AMBIGUITY_MARGIN
                        && !DescriptionNormaliser.key(c.row().name()).equals(name));
    }

    /**
     * The rows in force on {@code date} most like the description, best first, each code once:
     * what a human (or the LLM mapper) would choose from when the best match is weak.
     */
    public List<Candidate> shortlist(String description, LocalDate date, int limit) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (NameIndex.Hit<TariffRow> hit : index.search(description, limit * 3)) {
            String code = hit.owner().code();
            if (seen.putIfAbsent(code, true) != null) {
                continue;
            }
            inForce(code, date).ifPresent(row -> out.add(new Candidate(row, hit.similarity())));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** The version of a code that applies on {@code date}: the region's own before the national, then the latest. */
    Optional<TariffRow> inForce(String code, LocalDate date) {
        return versionsByCode.getOrDefault(code, List.of()).stream()
                .filter(row -> row.effectiveFrom() == null || !row.effectiveFrom().isAfter(date))
                .max(Comparator.comparing((TariffRow row) -> row.region() != null)
                        .thenComparing(row -> row.effectiveFrom() == null ? LocalDate.MIN : row.effectiveFrom()));
    }

    private boolean appliesToRegion(TariffRow row) {
        return row.region() == null || row.region().isBlank()
                || (region != null && row.region().trim().equalsIgnoreCase(region));
    }

    private static List<String> names(TariffRow row) {
        List<String> names = new ArrayList<>();
        names.add(row.name());
        names.addAll(row.aliases());
        return names;
    }

    private static BigDecimal distance(BigDecimal rate, BigDecimal unitPrice) {
        return rate == null || unitPrice == null ? BigDecimal.ZERO : rate.subtract(unitPrice).abs();
    }
}
