package com.billaudit.audit.medicine;

import com.billaudit.domain.Category;
import com.billaudit.domain.TariffRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The medicine rows of a tariff read for a structured look-up: brand → generic + strength +
 * form. A row's aliases are its brand names ("Dolo 650", "Calpol 650"), its name the generic
 * formulation ("Paracetamol 650 mg Tablet"). A bill line names a row when it carries all the
 * words of one of them, its dosage form fits and no strength it prints contradicts the row's:
 * "DOLO-650 TAB 15'S" is paracetamol 650 mg tablet; "Dolo 500" is not (wrong strength), nor is
 * "Inj Pan 40" the tablet. Used where fuzzy matching found nothing confident; built once per
 * tariff, read-only after.
 */
public final class MedicineIndex {
    /** A structured match is trusted like a good fuzzy one, a bit more when strength and form agree. */
    private static final double BASE = 0.86;
    private static final double STRENGTH_AGREES = 0.05;
    private static final double FORM_AGREES = 0.03;
    /** A name key must have a word at least this long: "D" of "D5" or "T" of "T Bact" alone name nothing. */
    private static final int MIN_KEY_WORD = 3;

    /** A bill line's medicine row, with how sure the look-up is (0..1). */
    public record Hit(TariffRow row, double similarity) {
    }

    /** One way a row can be named: the words, with the strengths printed beside them in that name. */
    private record Key(Set<String> words, List<Strength> strengths) {
    }

    private record Entry(TariffRow row, MedicineText name, List<Key> keys) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public MedicineIndex(List<TariffRow> rows) {
        for (TariffRow row : rows) {
            if (row.category() != Category.MEDICINE) {
                continue;
            }
            MedicineText name = MedicineText.read(row.name());
            List<Key> keys = new ArrayList<>();
            addKey(keys, name);
            for (String alias : row.aliases()) {
                addKey(keys, MedicineText.read(alias));
            }
            if (!keys.isEmpty()) {
                entries.add(new Entry(row, name, keys));
            }
        }
    }

    private static void addKey(List<Key> keys, MedicineText text) {
        if (text.words().stream().anyMatch(w -> w.length() >= MIN_KEY_WORD)) {
            keys.add(new Key(new HashSet<>(text.words()), text.amounts()));
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The one medicine row the description names, if exactly one fits best. */
    public Optional<Hit> match(String description) {
        if (entries.isEmpty() || description == null) {
            return Optional.empty();
        }
        MedicineText line = MedicineText.read(description);
        if (line.words().isEmpty()) {
            return Optional.empty();
        }
        Set<String> lineWords = new HashSet<>(line.words());
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            score(entry, line, lineWords).ifPresent(s -> hits.add(new Hit(entry.row(), s)));
        }
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed());
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Hit best = hits.getFirst();
        boolean ambiguous = hits.stream().skip(1)
                .anyMatch(h -> h.similarity() >= best.similarity() - 1e-9 && !h.row().code().equals(best.row().code()));
        return ambiguous ? Optional.empty() : Optional.of(best);
    }

    private static Optional<Double> score(Entry entry, MedicineText line, Set<String> lineWords) {
        Optional<Key> named = entry.keys().stream().filter(k -> lineWords.containsAll(k.words())).findFirst();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Optional<DosageForm> rowForm = entry.name().form().or(() -> formOfUnit(entry.row().unit()));
        if (line.form().isPresent() && rowForm.isPresent() && !line.form().get().compatibleWith(rowForm.get())) {
            return Optional.empty();
        }
        int agreement = strengthAgreement(line, entry.name(), named.get());
        if (agreement < 0) {
            return Optional.empty();
        }
        double score = BASE + (agreement > 0 ? STRENGTH_AGREES : 0)
                + (line.form().isPresent() && rowForm.isPresent() ? FORM_AGREES : 0);
        return Optional.of(score);
    }

    /**
     * -1 when a strength the line prints contradicts the row (650 vs 500 mg, 100 vs 500 ml, a
     * concentration 4 mg/2 ml vs 5 mg/ml), 1 when one agrees, 0 when nothing can be compared.
     */
    private static int strengthAgreement(MedicineText line, MedicineText row, Key key) {
        BigDecimal rowConcentration = row.mgPerMl();
        if (rowConcentration != null) {
            BigDecimal lineConcentration = line.mgPerMl();
            if (lineConcentration != null) {
                return lineConcentration.compareTo(rowConcentration) == 0 ? 1 : -1;
            }
        }
        List<Strength> rowAmounts = new ArrayList<>(row.amounts());
        rowAmounts.addAll(key.strengths());
        int agreed = 0;
        for (Strength printed : line.amounts()) {
            if (rowConcentration != null && (printed.milligrams() != null || printed.isVolume())) {
                continue; // an ampoule's total mg or a bottle's volume says nothing against a per-ml price
            }
            List<Strength> comparable = rowAmounts.stream().filter(r -> comparable(printed, r)).toList();
            if (comparable.isEmpty()) {
                continue;
            }
            if (comparable.stream().anyMatch(printed::agrees)) {
                agreed++;
            } else {
                return -1;
            }
        }
        return agreed > 0 ? 1 : 0;
    }

    /** Strengths of the same kind: a bare number against anything but a volume, else mass with mass, IU with IU... */
    private static boolean comparable(Strength printed, Strength row) {
        if (printed.unit().isEmpty()) {
            return !row.isVolume();
        }
        if (row.unit().isEmpty()) {
            return !printed.isVolume();
        }
        boolean printedMass = printed.milligrams() != null;
        boolean rowMass = row.milligrams() != null;
        return printedMass ? rowMass : printed.unit().equals(row.unit());
    }

    /** "per tablet" → TABLET, "per vial" → INJECTION...: the form a row's unit implies. */
    static Optional<DosageForm> formOfUnit(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        return DosageForm.in(MedicineText.tokens(unit.replace("ampoule", "amp")));
    }
}
