package com.billaudit.explanation;

import com.billaudit.audit.Charges;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rules-mode explanation: the findings told in plain language, with what to do next. */
public final class ExplanationWriter {
    /** Findings listed per type before the rest are summed up as "and N more". */
    private static final int LISTED_PER_TYPE = 8;

    public Explanation write(DocumentType type, List<LineItem> items, List<Finding> findings, Totals totals,
                             Verdict verdict) {
        Map<FindingType, List<Finding>> byType = byType(findings);
        StringBuilder md = new StringBuilder();
        md.append(headline(documentName(type), items, totals, verdict)).append("\n");
        List<FindingType> withMoney = FindingKind.ORDER.stream()
                .filter(t -> byType.get(t).stream().anyMatch(f -> Money.isPositive(f.recoverable())))
                .toList();
        if (!withMoney.isEmpty()) {
            md.append("\n### What was found\n");
            for (FindingType t : withMoney) {
                section(md, t, byType.get(t).stream().filter(f -> Money.isPositive(f.recoverable())).toList());
            }
        }
        List<Finding> notCounted = findings.stream().filter(f -> !f.counted() && Money.isPositive(f.amount())).toList();
        if (!notCounted.isEmpty()) {
            md.append("\n**Not counted**: ").append(notCounted.size() == 1 ? "one finding rests" : notCounted.size()
                    + " findings rest").append(" on a figure or date that was not confirmed, or a total below the charges;")
                    .append(" it is reported, not counted as recoverable.\n");
            notCounted.stream().limit(LISTED_PER_TYPE).forEach(f -> md.append("- ").append(f.message()).append("\n"));
        }
        List<Finding> unmatched = byType.get(FindingType.UNMATCHED);
        if (!unmatched.isEmpty()) {
            md.append("\n").append(unmatched.size()).append(unmatched.size() == 1 ? " line" : " lines")
                    .append(" could not be matched to a reference rate, so ")
                    .append(unmatched.size() == 1 ? "its price was" : "their prices were").append(" not checked.\n");
        }
        List<String> recommendations = Recommendations.of(byType, totals, verdict);
        if (!recommendations.isEmpty()) {
            md.append("\n### What to do\n");
            for (int i = 0; i < recommendations.size(); i++) {
                md.append(i + 1).append(". ").append(recommendations.get(i)).append("\n");
            }
        }
        return new Explanation(md.toString().trim(), recommendations);
    }

    private static String headline(String document, List<LineItem> items, Totals totals, Verdict verdict) {
        String billed = Charges.format(totals.lineItems());
        String lines = items.size() + (items.size() == 1 ? " charge" : " charges");
        if (verdict == null || verdict == Verdict.OK) {
            return "**Verdict: ok.** The " + document + "'s " + lines + " (" + billed
                    + ") were checked against the scheme and nothing material is recoverable"
                    + (Money.isPositive(totals.recoverable()) ? " (" + Charges.format(totals.recoverable()) + ")" : "")
                    + ".";
        }
        return "**Verdict: " + verdict.code() + ".** Of the " + billed + " billed in " + lines + " on this " + document
                + ", **" + Charges.format(totals.recoverable()) + "** (" + totals.recoverablePct().toPlainString()
                + " %) looks recoverable.";
    }

    private static void section(StringBuilder md, FindingType type, List<Finding> findings) {
        BigDecimal sum = findings.stream().map(Finding::recoverable).reduce(Money.ZERO, BigDecimal::add);
        md.append("\n**").append(FindingKind.title(type)).append("**: ").append(Charges.format(sum)).append(". ")
                .append(FindingKind.meaning(type)).append("\n");
        findings.stream().limit(LISTED_PER_TYPE).forEach(f -> md.append("- ").append(f.message()).append("\n"));
        if (findings.size() > LISTED_PER_TYPE) {
            md.append("- … and ").append(findings.size() - LISTED_PER_TYPE).append(" more.\n");
        }
    }

    private static Map<FindingType, List<Finding>> byType(List<Finding> findings) {
        Map<FindingType, List<Finding>> byType = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            byType.put(t, new ArrayList<>());
        }
        findings.forEach(f -> byType.get(f.type()).add(f));
        return byType;
    }

    private static String documentName(DocumentType type) {
        return switch (type == null ? DocumentType.UNKNOWN : type) {
            case PHARMACY_INVOICE -> "invoice";
            case DIAGNOSTIC_REPORT -> "diagnostics bill";
            default -> "bill";
        };
    }
}
