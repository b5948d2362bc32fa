package com.billaudit.audit.medicine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a medicine is given, as bills and price lists name it ("Tab", "Inj", "Syp", "Respules"...). */
enum DosageForm {
    TABLET, CAPSULE, INJECTION, INFUSION, LIQUID, RESPULE, INHALER, DROPS, TOPICAL, SACHET;

    private static final Map<String, DosageForm> WORDS = Map.ofEntries(
            Map.entry("tab", TABLET), Map.entry("tabs", TABLET), Map.entry("tablet", TABLET),
            Map.entry("tablets", TABLET), Map.entry("tb", TABLET),
            Map.entry("cap", CAPSULE), Map.entry("caps", CAPSULE), Map.entry("capsule", CAPSULE),
            Map.entry("capsules", CAPSULE),
            Map.entry("inj", INJECTION), Map.entry("injection", INJECTION), Map.entry("injections", INJECTION),
            Map.entry("vial", INJECTION), Map.entry("vials", INJECTION), Map.entry("amp", INJECTION),
            Map.entry("ampoule", INJECTION), Map.entry("ampule", INJECTION), Map.entry("syringe", INJECTION),
            Map.entry("pfs", INJECTION),
            Map.entry("infusion", INFUSION), Map.entry("ivf", INFUSION), Map.entry("iv", INFUSION),
            Map.entry("syp", LIQUID), Map.entry("syr", LIQUID), Map.entry("syrup", LIQUID), Map.entry("susp", LIQUID),
            Map.entry("suspension", LIQUID), Map.entry("solution", LIQUID), Map.entry("elixir", LIQUID),
            Map.entry("respule", RESPULE), Map.entry("respules", RESPULE), Map.entry("nebule", RESPULE),
            Map.entry("nebules", RESPULE), Map.entry("nebuliser", RESPULE), Map.entry("nebulizer", RESPULE),
            Map.entry("inhaler", INHALER), Map.entry("mdi", INHALER), Map.entry("rotacap", INHALER),
            Map.entry("rotacaps", INHALER),
            Map.entry("drop", DROPS), Map.entry("drops", DROPS),
            Map.entry("oint", TOPICAL), Map.entry("ointment", TOPICAL), Map.entry("cream", TOPICAL),
            Map.entry("gel", TOPICAL), Map.entry("lotion", TOPICAL),
            Map.entry("sachet", SACHET), Map.entry("sachets", SACHET), Map.entry("powder", SACHET));

    /** The form a single word names, e.g. {@code inj} → INJECTION. */
    static Optional<DosageForm> of(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }

    /** The first form named among the words (most bills lead with it: "Tab Dolo 650"). */
    static Optional<DosageForm> in(List<String> words) {
        // "iv" alone is weak (a route, "Pan IV"): a stronger word anywhere wins over it
        Optional<DosageForm> weak = Optional.empty();
        for (String word : words) {
            Optional<DosageForm> form = of(word);
            if (form.isPresent() && !word.equals("iv")) {
                return form;
            }
            if (form.isPresent()) {
                weak = form;
            }
        }
        return weak;
    }

    static boolean isFormWord(String word) {
        return WORDS.containsKey(word);
    }

    /** Whether a line in this form can be a row in {@code other}: the same form, or both given into a vein (a bottle of IV metronidazole is billed as either). */
    boolean compatibleWith(DosageForm other) {
        return this == other || parenteral() && other.parenteral();
    }

    private boolean parenteral() {
        return this == INJECTION || this == INFUSION;
    }
}
