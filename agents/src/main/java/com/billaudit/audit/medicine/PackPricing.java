package com.billaudit.audit.medicine;

import com.billaudit.audit.Charges;
import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts a medicine's per-unit ceiling on the unit the bill charges. Price lists fix medicines per
 * tablet, capsule, vial or ml; bills often charge per strip ("Dolo 650 strip of 15"), per
 * bottle ("Syp Calpol 60ml") or per ampoule ("Inj Emeset 4mg/2ml"). The pack the line prints
 * gives the candidate sizes (1, the pack, packs × pack); the one that puts the billed price
 * closest to the ceiling is taken, so a line is never read as more overcharged than its own
 * figures say. A quantity that is a whole number of packs already counts units. A bottle billed
 * whole with no volume printed keeps its match but no rate: it cannot be compared per ml.
 */
public final class PackPricing {
    /** A price this many times the per-ml ceiling is for a bottle, not for one ml. */
    private static final BigDecimal NOT_PER_ML = BigDecimal.valueOf(5);

    private PackPricing() {
    }

    /** The match with its rate per unit billed, or unchanged when the line is billed per listed unit. */
    public static TariffMatch perBilledUnit(TariffMatch match, TariffRow row, LineItem item) {
        if (row.category() != Category.MEDICINE || !Money.isPositive(match.rate()) || row.unit() == null) {
            return match;
        }
        String unit = row.unit().trim().toLowerCase(Locale.ROOT).replaceFirst("^per\\s+", "");
        MedicineText line = MedicineText.read(item.description());
        List<BigDecimal> sizes = unit.equals("ml") ? volumes(line) : counts(line, unit, Charges.quantity(item));
        BigDecimal unitPrice = Charges.unitPrice(item);
        if (unit.equals("ml") && sizes.size() == 1 && unitPrice.compareTo(match.rate().multiply(NOT_PER_ML)) > 0) {
            // a bottle billed whole without its volume: what it is is known, its price per ml is not
            return new TariffMatch(match.scheme(), match.code(), match.name(), null, row.unit().trim() + " ("
                    + Charges.format(match.rate()) + "; the bill does not print the volume, so the price is not compared)",
                    match.similarity());
        }
        BigDecimal size = closest(sizes, unitPrice, match.rate());
        if (size.compareTo(BigDecimal.ONE) == 0) {
            return match;
        }
        BigDecimal rate = Money.scaled(match.rate().multiply(size));
        String sizeText = size.stripTrailingZeros().toPlainString();
        String billed = unit.equals("ml") ? "per " + sizeText + " ml" : "per " + sizeText + " " + plural(unit);
        return new TariffMatch(match.scheme(), match.code(), match.name(), rate,
                billed + " (" + Charges.format(match.rate()) + " " + row.unit().trim() + ")", match.similarity());
    }

    private static List<BigDecimal> counts(MedicineText line, String unit, BigDecimal quantity) {
        List<BigDecimal> sizes = new ArrayList<>(List.of(BigDecimal.ONE));
        Integer perPack = line.pack().perPack();
        if (perPack == null || perPack < 2 || MedicineWords.PRICED_UNITS.stream().noneMatch(unit::startsWith)) {
            return sizes;
        }
        BigDecimal pack = BigDecimal.valueOf(perPack);
        if (quantity.compareTo(pack) >= 0 && quantity.remainder(pack).signum() == 0) {
            return sizes; // 30 of a "strip of 10" line are 30 tablets
        }
        sizes.add(pack);
        Integer packs = line.pack().packs();
        if (packs != null && packs > 1) {
            sizes.add(pack.multiply(BigDecimal.valueOf(packs)));
        }
        return sizes;
    }

    /** A bottle's printed volume; for an injection also the ml of "4mg/2ml" (an ampoule's size). */
    private static List<BigDecimal> volumes(MedicineText line) {
        List<BigDecimal> sizes = new ArrayList<>(List.of(BigDecimal.ONE));
        BigDecimal volume = line.volumeMl();
        if (volume == null && line.form().filter(f -> f == DosageForm.INJECTION).isPresent()) {
            volume = line.strengths().stream().filter(s -> s.perUnit() && s.isVolume()).map(Strength::value)
                    .max(BigDecimal::compareTo).orElse(null);
        }
        if (volume != null && volume.compareTo(BigDecimal.ONE) > 0) {
            sizes.add(volume);
        }
        return sizes;
    }

    /** The size whose price (rate × size) is nearest the billed unit price, as a ratio. */
    private static BigDecimal closest(List<BigDecimal> sizes, BigDecimal unitPrice, BigDecimal rate) {
        if (sizes.size() == 1 || !Money.isPositive(unitPrice)) {
            return BigDecimal.ONE;
        }
        BigDecimal best = BigDecimal.ONE;
        double bestDistance = Double.MAX_VALUE;
        for (BigDecimal size : sizes) {
            double distance = Math.abs(Math.log(unitPrice.doubleValue() / rate.multiply(size).doubleValue()));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = size;
            }
        }
        return best;
    }

    private static String plural(String unit) {
        return unit.endsWith("s") ? unit : unit + "s";
    }
}
