package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;

/** Rules-mode extraction: finds the charge table in the text and reads its rows and totals. */
public final class LineItemExtractor {

    public Bill extract(DocumentText text, DocumentType type) {
        throw new UnsupportedOperationException("TODO");
    }
}
