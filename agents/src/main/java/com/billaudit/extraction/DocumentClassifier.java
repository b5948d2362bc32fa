package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;

/** Rules-mode document classification: what kind of document the text is. */
public final class DocumentClassifier {

    public DocumentType classify(DocumentText text) {
        throw new UnsupportedOperationException("TODO");
    }
}
