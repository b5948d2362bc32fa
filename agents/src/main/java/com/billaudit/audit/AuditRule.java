package com.billaudit.audit;

import com.billaudit.domain.Finding;

import java.util.List;

/** One rule of the contract: reads the input, returns what it found (never null). */
public interface AuditRule {
    List<Finding> apply(AuditInput input);
}
