package com.billaudit.server.analysis;

import com.billaudit.domain.Finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.billaudit.server.analysis.AnalysisJson.money;

/** One finding as the contract shows it: type uppercase, severity lowercase. */
public record FindingJson(String type, String severity, List<Integer> lineItems, BigDecimal amount, String message,
                          String ruleId, double confidence, Map<String, Object> evidence) {

    /**
     * Evidence keys in alphabetical order: an answer then reads the same whether its report was
     * just computed (POST ?wait) or read back from storage, where jsonb keeps keys in its own order.
     */
    static FindingJson of(Finding finding) {
        return new FindingJson(finding.type().name(), finding.severity().code(), finding.lineItems(),
                money(finding.amount()), finding.message(), finding.ruleId(), finding.confidence(),
                finding.evidence() == null ? null : new TreeMap<>(finding.evidence()));
    }
}
