package com.billaudit.llm.ask;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Totals;

/** An analysis rendered for a model, lines and findings numbered as the API numbers them. */
final class AnalysisFacts {
    private AnalysisFacts() {
    }

    static String render(AnalysisReport report) {
        Totals t = report.totals();
        StringBuilder sb = new StringBuilder();
        sb.append("Verdict: ").append(report.verdict() == null ? "none" : report.verdict().code())
                .append("; billed: ").append(t.lineItems()).append("; discount: ").append(t.discount())
                .append("; tax: ").append(t.tax()).append("; stated total: ")
                .append(t.statedTotal() == null ? "none" : t.statedTotal().toPlainString())
                .append("; recoverable: ").append(t.recoverable()).append(" (").append(t.recoverablePct())
                .append(" %)\nLine items:\n");
        report.lineItems().forEach(line -> sb.append(line(line)).append('\n'));
        sb.append("Findings:\n");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            sb.append("finding ").append(i + 1).append(". ").append(f.type()).append(" [").append(f.severity().code())
                    .append("] lines ").append(f.lineItems()).append(", recoverable ").append(f.amount()).append(": ")
                    .append(f.message()).append('\n');
        }
        return sb.toString();
    }

    private static String line(LineItem item) {
        String reference = item.match() == null ? "; no reference row"
                : "; reference " + item.match().code() + " \"" + item.match().name() + "\" at " + item.match().rate();
        return "line %d. %s (%s); qty %s × %s = %s%s".formatted(item.index(), item.description(),
                item.category().code(), item.quantity().toPlainString(), item.unitPrice(), item.amount(), reference);
    }
}
