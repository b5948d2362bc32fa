package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.util.List;

/** The findings after capping, the totals, the verdict and how sure the audit is of it. */
public record AuditOutcome(List<Finding> findings, Totals totals, Verdict verdict, double confidence) {
    public AuditOutcome {
        findings = List.copyOf(findings);
    }
}
