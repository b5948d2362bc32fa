package com.billaudit.audit.medicine;

import com.billaudit.lexicon.Lexicons;

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
    /** Words that make the strength after them a concentration: "per ml", "/ml". */
    static final Set<String> PER;
    /** The word between a pack word and its size: "strip of 10". */
    static final Set<String> PACK_OF;
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

        Map<String, List<String>> packWords = Lexicons.kinds("medicine-pack-words");
        COUNTED = Set.copyOf(Lexicons.kind("medicine-pack-words", "counted"));
        PACKS = Set.copyOf(Lexicons.kind("medicine-pack-words", "pack"));
        FILLER = Set.copyOf(Lexicons.kind("medicine-pack-words", "filler"));
        PER = Set.copyOf(Lexicons.kind("medicine-pack-words", "per"));
        PACK_OF = Set.copyOf(Lexicons.kind("medicine-pack-words", "pack-of"));
        PRICED_UNITS = List.copyOf(packWords.getOrDefault("unit", List.of()));
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
}
