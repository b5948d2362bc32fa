package com.billaudit.extraction;

import java.util.ArrayList;
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

    private static final List<Rule> RULES = List.of(
            rule(SummaryKind.CARRIED, "carried forward|brought forward|carried over|brought over|carried from|brought from|c/f|b/f|c/o|b/o"
                    + "|balance b/f|forwarded|previous page|next page"),
            rule(SummaryKind.ROUND_OFF, "round off|round-off|roundoff|rounding off|rounding|rounded off|round|r/o|r\\.o\\.?"),
            rule(SummaryKind.ADVANCE, "advance|advances|deposit|deposits|paid|received|receipt|receipts|insurance|tpa|insurer"
                    + "|approved|settlement|payment|payments|collected"),
            rule(SummaryKind.TAX, "cgst|sgst|igst|utgst|gst|vat|tax|taxes|cess|service tax"),
            rule(SummaryKind.DISCOUNT, "discount|disc|concession|rebate|waiver|waived|less|deduction"),
            rule(SummaryKind.BALANCE, "balance|due|outstanding|to pay|refund|refundable"),
            rule(SummaryKind.PAYABLE, "net payable|payable|net amount|net amt|grand total|net total|bill amount|net bill"
                    + "|final amount|invoice total|invoice value|net value|amount due|total due|total payable"),
            rule(SummaryKind.SUBTOTAL, "taxable value|taxable amount|taxable|gross total|sub total|sub-total|subtotal|gross amount|gross|total|totals|sum"));

    /** Words that may stand beside the summary words without making the label a charge. */
    private static final Set<String> FILLER = Set.of("less", "add", "on", "of", "the", "in", "rs", "inr", "amount", "amt", "bill",
            "value", "to", "be", "by", "for", "after", "before", "incl", "including", "charges", "net", "total", "final",
            "grand", "sub", "gross", "a", "b", "c", "d", "e", "and", "at", "rate", "plus", "minus", "overall", "invoice", "hospital",
            "patient", "items", "all", "paid", "payable", "now", "as", "per", "above", "with", "sale", "sales",
            "previous", "page", "this", "till", "date", "x");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z/.-]*");
    /** "TotalAmount", "NetPayable", "GrandTotal": two summary words printed (or read) without the space. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<![a-z])(total|net|grand|sub|gross|bill)(amount|amt|total|payable|value|due)(?![a-z])");
    /** "Totai", "Tota1", "Tetal", "Iotal": "total" with one letter misread by OCR. */
    private static final Pattern OCR_TOTAL = Pattern.compile("(?<![a-z])(?:[1il|f]otal|t[0ea]tal|to[1lif]al|tot[4o]l|tota[1i!|])(?![a-z])");

    private SummaryLabels() {
    }

    /** The kind of summary row {@code label} (the text of a row without its amounts) names, if it is one. */
    static Optional<SummaryKind> kindOf(String label) {
        String text = OCR_TOTAL.matcher(label.toLowerCase(Locale.ROOT).replace('_', ' ')).replaceAll("total");
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

    private static Rule rule(SummaryKind kind, String words) {
        return new Rule(kind, Pattern.compile("(?<![a-z])(?:" + words + ")(?![a-z])"));
    }
}
