package com.billaudit.audit.medicine;

import java.util.List;
import java.util.Optional;

/** How a medicine is given, as bills and price lists name it ("Tab", "Inj", "Syp", "Respules"...): the words are in {@code /lexicon/medicine-forms.txt}. */
enum DosageForm {
    TABLET, CAPSULE, INJECTION, INFUSION, LIQUID, RESPULE, INHALER, DROPS, TOPICAL, SACHET;

    /** The form a single word names, e.g. {@code inj} → INJECTION. */
    static Optional<DosageForm> of(String word) {
        return Optional.ofNullable(MedicineWords.FORMS.get(word));
    }

    /** The first form named among the words (most bills lead with it: "Tab Dolo 650"). */
    static Optional<DosageForm> in(List<String> words) {
        // a route word alone ("Pan IV") is weak: a stronger form word anywhere wins over it
        Optional<DosageForm> weak = Optional.empty();
        for (String word : words) {
            Optional<DosageForm> form = of(word);
            if (form.isPresent() && !MedicineWords.WEAK_FORMS.contains(word)) {
                return form;
            }
            if (form.isPresent()) {
                weak = form;
            }
        }
        return weak;
    }

    static boolean isFormWord(String word) {
        return MedicineWords.FORMS.containsKey(word);
    }

    /** Whether a line in this form can be a row in {@code other}: the same form, or both given into a vein (a bottle of IV metronidazole is billed as either). */
    boolean compatibleWith(DosageForm other) {
        return this == other || parenteral() && other.parenteral();
    }

    private boolean parenteral() {
        return this == INJECTION || this == INFUSION;
    }
}
