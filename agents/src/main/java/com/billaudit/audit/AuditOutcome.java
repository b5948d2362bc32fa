package com.billaudit.audit;

import com.billaudit.domain.BillTotals;
import com.billaudit.domain.Finding;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.util.List;

/**
 * The findings after capping, the totals, the verdict, how sure the audit is of it, and the
 * money of each bill of the upload.
 */
public record AuditOutcome(List<Finding> findings, Totals totals, Verdict verdict, double confidence,
                           List<BillTotals> bills) {
    public AuditOutcome {
        findings = List.copyOf(findings);
        bills = List.copyOf(bills);
    }
}
