package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.LookAlikes;
import com.billaudit.locale.LocaleProfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells summary rows (Gross Total, Less: Discount, Add: CGST @ 2.5%, Round Off, Advance, Net
 * Payable) from charge rows. A label counts only when it is made of summary words: "Total
 * Knee Replacement" or "Total Protein" stay charges.
 */
final class SummaryLabels {

    private record Rule(SummaryKind kind, Pattern pattern) {
    }

    /** The lexicon's sections, in the order they are tried. */
    private static final Map<String, SummaryKind> SECTIONS = sections();
    private static final Map<String, List<String>> LISTS = lists();
    private static final List<Rule> RULES = SECTIONS.entrySet().stream()
            .map(e -> new Rule(e.getValue(), alternatives(LISTS.getOrDefault(e.getKey(), List.of())))).toList();
    /** Words that may stand beside the summary words without making the label a charge. */
    private static final Set<String> FILLER = Set.copyOf(LISTS.getOrDefault("filler", List.of()));
    /** "incl 18% GST": a tax named as inside the total, not a tax row. */
    private static final Pattern TAX_INCLUDED = Pattern.compile("(?:" + alternatives(LISTS.getOrDefault("tax-included", List.of())).pattern()
            + ")[\\s.:(]*(?:of\\s+)?(?:\\d+(?:\\.\\d+)?\\s*%\\s*)?(?:" + rule(SummaryKind.TAX).pattern().pattern() + ")");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z/.-]*");
    /** "TotalAmount", "NetPayable", "GrandTotal": two summary words printed (or read) without the space. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<![a-z])(" + Lexicons.alternation(LISTS.getOrDefault("joined-first", List.of()))
            + ")(" + Lexicons.alternation(LISTS.getOrDefault("joined-second", List.of())) + ")(?![a-z])");
    /** "Totai", "Tota1", "Tetal", "Iotal": "total" with one letter misread by OCR. */
    private static final Pattern OCR_TOTAL = Pattern.compile("(?<![a-z])(?:" + String.join("|", LISTS.getOrDefault("total-misread", List.of("(?!)")))
            + ")(?![a-z])");

    /**
     * "Totei": "total" with two of its letters printed as OCR's look-alikes ({@code word-repair} in
     * lexicon/ocr-look-alikes.txt: e for a, i for l). Each spelling of "total" that at most two
     * single-letter slips make, beside the one-letter misreads the lexicon lists itself.
     */
    private static final Pattern SLIPPED_TOTAL = slipped("total", 2);

    private SummaryLabels() {
    }

    /** The kind of summary row {@code label} (the text of a row without its amounts) names, if it is one. */
    static Optional<SummaryKind> kindOf(String label) {
        String text = OCR_TOTAL.matcher(label.toLowerCase(Locale.ROOT).replace('_', ' ')).replaceAll("total");
        text = SLIPPED_TOTAL.matcher(text).replaceAll("total");
        text = TAX_INCLUDED.matcher(text).replaceAll(" ");
        text = RUN_TOGETHER.matcher(text).replaceAll("$1 $2");
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                List<String> leftover = leftoverWords(m.replaceAll(" "));
                if (leftover.isEmpty() || leftover.size() == 1 && rule.kind() != SummaryKind.SUBTOTAL) {
                    return Optional.of(rule.kind());
                }
                if (rule.kind() == SummaryKind.SUBTOTAL && (leftover.size() == 1 || SectionWords.allSectionWords(leftover))) {
                    // "Pharmacy Total", "Day Total", "Total LABORATORY INVESTIGATIONS": a section's total
                    return Optional.of(SummaryKind.SECTION_TOTAL);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code label} names any summary row at all, whatever else it says. */
    static boolean mentionsTotal(String label) {
        String text = label.toLowerCase(Locale.ROOT);
        return RULES.stream().anyMatch(r -> r.kind() == SummaryKind.PAYABLE || r.kind() == SummaryKind.SUBTOTAL
                ? r.pattern().matcher(text).find() : false);
    }

    private static List<String> leftoverWords(String text) {
        List<String> left = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("[/.-]+$", "");
            if (w.length() > 2 && !FILLER.contains(w)) {
                left.add(w);
            }
        }
        return left;
    }

    /**
     * The rate of the tax a total says it includes ("TOTAL: Rs 2,95,000 (incl 18% GST)" → 18), or
     * empty when the label names no tax inside it or prints no rate.
     */
    static Optional<BigDecimal> includedTaxRate(String label) {
        Matcher m = TAX_INCLUDED.matcher(label.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher rate = PERCENT.matcher(m.group());
        return rate.find() ? Optional.of(new BigDecimal(rate.group(1))) : Optional.empty();
    }

    private static Rule rule(SummaryKind kind) {
        return RULES.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private static Pattern alternatives(List<String> phrases) {
        String words = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![a-z])(?:" + (words.isEmpty() ? "(?!)" : words) + ")(?![a-z])");
    }

    private static Map<String, SummaryKind> sections() {
        Map<String, SummaryKind> sections = new LinkedHashMap<>();
        sections.put("carried", SummaryKind.CARRIED);
        sections.put("round-off", SummaryKind.ROUND_OFF);
        sections.put("advance", SummaryKind.ADVANCE);
        sections.put("tax", SummaryKind.TAX);
        sections.put("discount", SummaryKind.DISCOUNT);
        sections.put("balance", SummaryKind.BALANCE);
        sections.put("payable", SummaryKind.PAYABLE);
        sections.put("subtotal", SummaryKind.SUBTOTAL);
        return sections;
    }

    /** Every spelling of {@code word} with up to {@code slips} of its letters printed as a single-letter look-alike, as one whole-word pattern. */
    private static Pattern slipped(String word, int slips) {
        Map<Character, List<Character>> printedFor = new LinkedHashMap<>();
        for (String[] slip : LookAlikes.of("word-repair")) {
            if (slip[0].length() == 1 && slip[1].length() == 1 && Character.isLetter(slip[0].charAt(0))) {
                printedFor.computeIfAbsent(slip[1].charAt(0), k -> new ArrayList<>()).add(slip[0].charAt(0));
            }
        }
        Set<String> spellings = new java.util.TreeSet<>(Set.of(word));
        for (int round = 0; round < slips; round++) {
            for (String spelling : List.copyOf(spellings)) {
                for (int i = 0; i < spelling.length(); i++) {
                    for (char printed : printedFor.getOrDefault(word.charAt(i), List.of())) {
                        spellings.add(spelling.substring(0, i) + printed + spelling.substring(i + 1));
                    }
                }
            }
        }
        spellings.remove(word);
        return Pattern.compile("(?<![a-z])(?:" + Lexicons.alternation(List.copyOf(spellings)) + ")(?![a-z])");
    }

    /** Every locale's summary-labels list, section by section. */
    private static Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String locale : LocaleProfile.supported()) {
            if (!Lexicons.has(locale, "summary-labels")) {
                continue;
            }
            String section = null;
            for (String entry : Lexicons.of(locale, "summary-labels")) {
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                } else if (section != null) {
                    lists.computeIfAbsent(section, k -> new ArrayList<>()).add(entry.toLowerCase(Locale.ROOT));
                }
            }
        }
        return lists;
    }
}
