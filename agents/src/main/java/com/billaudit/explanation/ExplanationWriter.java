package com.billaudit.explanation;

import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.util.List;

/** Rules-mode explanation: the findings told in plain language, with what to do next. */
public final class ExplanationWriter {

    public Explanation write(DocumentType type, List<LineItem> items, List<Finding> findings, Totals totals,
                             Verdict verdict) {
        throw new UnsupportedOperationException("TODO");
    }
}
