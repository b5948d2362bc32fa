package com.billaudit.audit.medicine;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A medicine description read into its parts: the name words (brand or generic), the dosage
 * form, the strengths and the pack. The same reading serves bill lines ("DOLO-650 TAB 15'S",
 * "Inj Emeset 4mg/2ml", "Syp Calpol 60ml") and price-list rows ("Paracetamol 650 mg Tablet").
 *
 * @param words     the name words, lower case, in order, without forms, units, figures and pack words
 * @param form      the dosage form named, if any
 * @param strengths every strength or size printed, in order, pack counts excluded
 * @param pack      how the line is packed, as far as it says
 */
record MedicineText(List<String> words, Optional<DosageForm> form, List<Strength> strengths, Pack pack) {

    /**
     * The pack a line prints: {@code 15's}, {@code strip of 10}, {@code 10 tabs} give
     * {@code perPack}; {@code 3 x 10} and {@code 3 strips of 10} give both; a volume
     * ({@code 60 ml}) is kept with the strengths.
     *
     * @param packs   how many packs the line says it is, or null
     * @param perPack how many units one pack holds, or null
     */
    record Pack(Integer packs, Integer perPack) {
        static final Pack NONE = new Pack(null, null);
    }

    /** More packs than this on one line is a strength, not a count. */
    private static final int MAX_PACKS = 50;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("(?<=[0-9])(?=[a-z%])|(?<=[a-z%])(?=[0-9])");
    private static final Pattern NON_TOKEN = Pattern.compile("[^a-z0-9.%/]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    static MedicineText read(String description) {
        List<String> tokens = tokens(description);
        List<String> words = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        Integer packs = null;
        Integer perPack = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (NUMBER.matcher(token).matches()) {
                String following = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
                if (next.equals("x") && NUMBER.matcher(following).matches() && isWhole(token) && isWhole(following)) {
                    packs = Integer.parseInt(token);
                    perPack = Integer.parseInt(following);
                    i += 2;
                } else if (MedicineWords.PACKS.contains(next) && isWhole(token) && Integer.parseInt(token) <= MAX_PACKS
                        && (next.endsWith("s") || !strengths.isEmpty())) {
                    // "3 strips of 10", "Pan 40 2 strip": a count of packs, not the strength of "Dolo 650 strip"
                    packs = Integer.parseInt(token);
                } else if (MedicineWords.COUNTED.contains(next) && isWhole(token)) {
                    perPack = Integer.parseInt(token);
                } else if (MedicineWords.PACK_OF.contains(previous) && i >= 2 && MedicineWords.PACKS.contains(tokens.get(i - 2)) && isWhole(token)) {
                    perPack = Integer.parseInt(token);
                } else if (MedicineWords.UNITS.containsKey(next)) {
                    strengths.add(new Strength(new BigDecimal(token), MedicineWords.UNITS.get(next), isPer(previous)));
                    i++;
                } else {
                    strengths.add(new Strength(new BigDecimal(token), "", isPer(previous)));
                }
                continue;
            }
            if (token.equals("/")) {
                continue;
            }
            if (!MedicineWords.UNITS.containsKey(token) && !DosageForm.isFormWord(token) && !MedicineWords.FILLER.contains(token)) {
                words.add(token);
            }
        }
        Optional<DosageForm> form = DosageForm.in(tokens);
        if (form.isEmpty() && !tokens.isEmpty() && tokens.getFirst().equals("t") && words.size() > 1) {
            // "T. Calpol 650": a leading T is the pharmacist's shorthand for a tablet
            form = Optional.of(DosageForm.TABLET);
            words.removeFirst();
        }
        return new MedicineText(List.copyOf(new LinkedHashSet<>(words)), form, List.copyOf(strengths),
                new Pack(packs, perPack));
    }

    /** The strengths that are not the denominator of a concentration. */
    List<Strength> amounts() {
        return strengths.stream().filter(s -> !s.perUnit()).toList();
    }

    /**
     * The concentration in mg per ml when one is printed ({@code 125 mg per 5 ml}, {@code 4mg/2ml},
     * {@code 2 mg per ml}), else null.
     */
    BigDecimal mgPerMl() {
        for (int i = 0; i < strengths.size(); i++) {
            Strength s = strengths.get(i);
            if (s.perUnit() && s.isVolume() && i > 0 && strengths.get(i - 1).milligrams() != null) {
                return strengths.get(i - 1).milligrams().divide(s.value(), 6, java.math.RoundingMode.HALF_UP);
            }
        }
        return null;
    }

    /** The volume the line holds ({@code 60 ml}), the largest printed outside a concentration, or null. */
    BigDecimal volumeMl() {
        return amounts().stream().filter(Strength::isVolume).map(Strength::value).max(BigDecimal::compareTo)
                .orElse(null);
    }

    private static boolean isPer(String previous) {
        return MedicineWords.PER.contains(previous);
    }

    private static boolean isWhole(String number) {
        return !number.contains(".") && number.length() <= 4;
    }

    /** Lower case, accents gone, figures split from letters ("650mg", "15's", "1x10"), "per ml" as "per 1 ml". */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = ACCENTS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        s = NON_TOKEN.matcher(s).replaceAll(" ");
        s = s.replace("/", " / ");
        s = SPLIT.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String raw : s.trim().split("\\s+")) {
            String token = raw.replaceAll("^\\.+|\\.+$", "");
            if (token.isEmpty()) {
                continue;
            }
            // "per ml", "/ml": a concentration per one ml
            String last = out.isEmpty() ? "" : out.getLast();
            if (MedicineWords.UNITS.containsKey(token) && MedicineWords.PER.contains(last)) {
                out.add("1");
            }
            out.add(token);
        }
        return out;
    }
}
