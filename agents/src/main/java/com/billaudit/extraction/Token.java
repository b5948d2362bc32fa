package com.billaudit.extraction;

/**
 * One word of a line, where it sits and what it looks like.
 *
 * @param start     character offset of its first character (a proxy for its x position)
 * @param end       offset just past its last character
 * @param cellStart true when a column gap (two or more spaces, or a table border) precedes it
 */
record Token(String text, int start, int end, boolean cellStart, TokenKind kind) {

    int center() {
        return (start + end) / 2;
    }
}
