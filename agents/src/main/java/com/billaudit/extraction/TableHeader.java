package com.billaudit.extraction;

import java.util.List;

/** The header row of a charge table: its columns left to right. */
record TableHeader(List<Column> columns) {
    TableHeader {
        columns = List.copyOf(columns);
    }

    boolean has(ColumnRole role) {
        return columns.stream().anyMatch(c -> c.role() == role);
    }

    int descriptionIndex() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.DESCRIPTION) {
                return i;
            }
        }
        return -1;
    }

    /** The columns printed left of the description (serial number, date, code). */
    List<Column> leading() {
        return columns.subList(0, Math.max(descriptionIndex(), 0));
    }

    /** The columns printed right of the description (batch, expiry, quantity, rate, amount...). */
    List<Column> trailing() {
        return columns.subList(descriptionIndex() + 1, columns.size());
    }

    Column description() {
        return columns.get(descriptionIndex());
    }
}
