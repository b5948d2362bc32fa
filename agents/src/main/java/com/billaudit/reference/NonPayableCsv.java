package com.billaudit.reference;

import com.billaudit.domain.NonPayableItem;

/** Reads a non-payable CSV: {@code name,category,reason,aliases}, header row required. */
public final class NonPayableCsv {
    private NonPayableCsv() {
    }

    public static CsvImport<NonPayableItem> parse(String csv) {
        throw new UnsupportedOperationException("TODO");
    }
}
