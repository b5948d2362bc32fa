package com.billaudit.audit;

import com.billaudit.domain.Finding;

import java.util.List;

public final class UnmatchedRule implements AuditRule {
    @Override
    public List<Finding> apply(AuditInput input) {
        throw new UnsupportedOperationException("TODO");
    }
}
