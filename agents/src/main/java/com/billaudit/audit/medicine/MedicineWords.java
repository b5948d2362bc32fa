package com.billaudit.audit.medicine;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The medicine vocabulary ({@code /lexicon/medicine-*.txt}): dosage-form words, strength units and
 * pack words, read once for every medicine reading.
 */
final class MedicineWords {

    /** Dosage forms by the word that names them. */
    static final Map<String, DosageForm> FORMS;
    /** Forms whose word names a route more than a form ("Pan IV"): any other form word wins. */
    static final Set<String> WEAK_FORMS;
    /** Strength units as printed → the unit they are compared in. */
    static final Map<String, String> UNITS;
    /** Words after a count that make it a pack size. */
    static final Set<String> COUNTED;
    /** Words before "of N" that make N a pack size. */
    static final Set<String> PACKS;
    /** Words that say nothing about which medicine it is. */
    static final Set<String> FILLER;
    /** Price-list units counted one by one ("per tablet"). */
    static final List<String> PRICED_UNITS;

    static {
        Map<String, DosageForm> forms = new HashMap<>();
        Set<String> weak = new HashSet<>();
        for (String entry : Lexicons.shared("medicine-forms")) {
            String[] sides = arrow(entry);
            String[] form = sides[1].split("\\s+");
            forms.put(sides[0], DosageForm.valueOf(form[0]));
            if (form.length > 1 && form[1].equals("weak")) {
                weak.add(sides[0]);
            }
        }
        FORMS = Map.copyOf(forms);
        WEAK_FORMS = Set.copyOf(weak);

        Map<String, String> units = new HashMap<>();
        for (String entry : Lexicons.shared("medicine-units")) {
            String[] sides = arrow(entry);
            units.put(sides[0], sides[1]);
        }
        UNITS = Map.copyOf(units);

        Map<String, Set<String>> packWords = new HashMap<>();
        Map<String, List<String>> ordered = new HashMap<>();
        for (String entry : Lexicons.shared("medicine-pack-words")) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("medicine-pack-words: no 'kind:' in " + entry);
            }
            String kind = entry.substring(0, colon).strip();
            List<String> words = List.of(entry.substring(colon + 1).strip().split("\\s+"));
            packWords.computeIfAbsent(kind, k -> new HashSet<>()).addAll(words);
            ordered.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(words);
        }
        COUNTED = Set.copyOf(required(packWords, "counted"));
        PACKS = Set.copyOf(required(packWords, "pack"));
        FILLER = Set.copyOf(required(packWords, "filler"));
        PRICED_UNITS = List.copyOf(ordered.getOrDefault("unit", List.of()));
    }

    private MedicineWords() {
    }

    private static String[] arrow(String entry) {
        int at = entry.indexOf("=>");
        if (at < 0) {
            throw new IllegalStateException("medicine lexicon: no '=>' in " + entry);
        }
        return new String[] {entry.substring(0, at).strip(), entry.substring(at + 2).strip()};
    }

    private static Set<String> required(Map<String, Set<String>> kinds, String kind) {
        Set<String> words = kinds.get(kind);
        if (words == null) {
            throw new IllegalStateException("medicine-pack-words: no '" + kind + ":' line");
        }
        return words;
    }
}
