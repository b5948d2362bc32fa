package com.billaudit.extraction;

/**
 * One column of a table header.
 *
 * @param title the header words, as printed
 * @param start character offset where the title starts on the header line
 * @param end   offset just past the title
 */
record Column(ColumnRole role, String title, int start, int end) {

    int center() {
        return (start + end) / 2;
    }
}
