package com.billaudit.server.analysis;

import com.billaudit.domain.Finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.billaudit.server.analysis.AnalysisJson.money;

/** One finding as the contract shows it: type uppercase, severity lowercase. */
public record FindingJson(String type, String severity, List<Integer> lineItems, BigDecimal amount, String message,
                          String ruleId, double confidence, Map<String, Object> evidence) {

    static FindingJson of(Finding finding) {
        return new FindingJson(finding.type().name(), finding.severity().code(), finding.lineItems(),
                money(finding.amount()), finding.message(), finding.ruleId(), finding.confidence(), finding.evidence());
    }
}
