package com.billaudit.llm.explain;

import com.billaudit.domain.Bill;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.math.BigDecimal;
import java.util.List;

/** The audit's figures rendered as plain text for the explainer: the only numbers it may use. */
public record AuditFacts(Bill bill, List<Finding> findings, Totals totals, Verdict verdict) {
    public AuditFacts {
        findings = List.copyOf(findings);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Verdict: ").append(verdict == null ? "none" : verdict.code()).append('\n');
        sb.append("Line items total: ").append(totals.lineItems()).append("; discount: ").append(totals.discount())
                .append("; tax: ").append(totals.tax()).append("; stated total: ").append(orNone(totals.statedTotal()))
                .append("; recoverable: ").append(totals.recoverable())
                .append(" (").append(totals.recoverablePct()).append(" %)\n");
        sb.append("Findings:\n");
        findings.forEach(f -> sb.append("- ").append(f.type()).append(" [").append(f.severity().code())
                .append("] lines ").append(f.lineItems()).append(", amount ").append(f.amount())
                .append(f.counted() ? "" : " (not counted as recoverable: " + f.evidence().get(Finding.NOT_COUNTED_BECAUSE) + ")")
                .append(": ").append(f.message()).append('\n'));
        sb.append("Line items:\n");
        bill.items().forEach(item -> sb.append(line(item)).append('\n'));
        return sb.toString();
    }

    private static String line(LineItem item) {
        String rate = item.match() == null ? "" : "; reference rate " + item.match().rate();
        return "%d. %s; qty %s × %s = %s%s".formatted(item.index(), item.description(), item.quantity(),
                item.unitPrice(), item.amount(), rate);
    }

    private static String orNone(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
