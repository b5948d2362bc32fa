package com.billaudit.extraction;

import java.util.Locale;
import java.util.Set;

/** The words of section headings and section totals in a charge table ("PHARMACY", "Total LABORATORY INVESTIGATIONS"). */
final class SectionWords {

    private static final Set<String> SECTION_WORDS = Set.of("pharmacy", "laboratory", "lab", "labs", "pathology", "radiology",
            "imaging", "investigations", "investigation", "room", "rooms", "rent", "ward", "bed", "consultation", "consultations",
            "consultant", "doctor", "doctors", "visits", "procedures", "procedure", "surgery", "surgeries", "consumables",
            "medicines", "medicine", "drugs", "nursing", "services", "service", "misc", "miscellaneous", "others", "other",
            "diagnostics", "diagnostic", "icu", "accommodation", "physiotherapy", "implants", "disposables", "package",
            "charges", "charge", "and", "&", "fees", "professional", "hospital", "blood", "bank", "ot", "operation", "theatre",
            "equipment", "equipments", "surgical", "medical", "items", "dietary", "diet", "ambulance", "emergency", "cardiology",
            "details", "of", "bill", "particulars", "-", "gases", "oxygen", "supplies");
    private static final Set<String> STRONG_SECTION_WORDS = Set.of("pharmacy", "laboratory", "lab", "labs", "pathology",
            "radiology", "imaging", "investigations", "consultations", "procedures", "surgeries", "consumables", "medicines",
            "drugs", "nursing", "services", "misc", "miscellaneous", "others", "diagnostics", "accommodation", "implants",
            "disposables", "equipments", "supplies");
    /** Words a department heading starts with ("PROCEDURE CHARGES"); "THEATRE CHARGES" is the tail of a wrapped row. */
    private static final Set<String> DEPARTMENTS = Set.of("consultation", "consultations", "procedure", "procedures", "room", "rooms",
            "nursing", "laboratory", "lab", "pharmacy", "radiology", "investigation", "investigations", "surgery", "surgical",
            "diagnostic", "diagnostics", "medical", "miscellaneous", "misc", "other", "others", "professional", "doctor", "doctors",
            "hospital", "icu", "accommodation", "bed", "ward", "equipment", "consumable", "consumables", "medicine", "medicines",
            "drug", "drugs", "implant", "implants", "pathology", "imaging", "physiotherapy", "ambulance", "dietary", "diet");

    private SectionWords() {
    }

    /** A short line made of section words only, with at least one that names a department. */
    static boolean isHeading(String content) {
        // scraps of two letters or fewer that name no section ("OO", "oe") are OCR noise beside the heading
        String[] words = java.util.Arrays.stream(content.toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "").split("\\s+"))
                .filter(w -> w.length() > 2 || SECTION_WORDS.contains(w)).toArray(String[]::new);
        if (words.length == 0) {
            return false;
        }
        if (words.length > 5) {
            return false;
        }
        boolean strong = false;
        for (String w : words) {
            if (!SECTION_WORDS.contains(w)) {
                return garbledHeading(words);
            }
            strong |= STRONG_SECTION_WORDS.contains(w);
        }
        // "PROCEDURE CHARGES", "ROOM & NURSING CHARGES": department words under a charges/services title
        boolean titled = words.length >= 2 && DEPARTMENTS.contains(words[0])
                && Set.of("charges", "services", "investigations", "items").contains(words[words.length - 1]);
        return strong || titled || content.strip().endsWith(":");
    }

    /**
     * A heading OCR split or garbled ("LABORATORY INVESTIGA rIONS"): it opens with a department and
     * most of its letters are section words or their cut-off starts.
     */
    private static boolean garbledHeading(String[] words) {
        if (!STRONG_SECTION_WORDS.contains(words[0])) {
            return false;
        }
        int letters = 0;
        int known = 0;
        boolean cut = false;
        for (String w : words) {
            letters += w.length();
            boolean cutOff = !SECTION_WORDS.contains(w) && w.length() >= 5 && SECTION_WORDS.stream().anyMatch(s -> s.startsWith(w));
            cut |= cutOff;
            known += SECTION_WORDS.contains(w) || cutOff ? w.length() : 0;
        }
        return cut && known * 10 >= letters * 7;
    }

    /** Whether every word is a section word: what a section's total may name besides "total". */
    static boolean allSectionWords(java.util.List<String> words) {
        return !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(SECTION_WORDS::contains);
    }
}
