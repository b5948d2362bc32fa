package com.billaudit.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes printed in one column share a shape ("LB203", "RI001": two letters, three digits).
 * A code OCR garbled ("LBOI2") is read back to that shape through the letters and digits OCR
 * confuses, when exactly that fits; one that still does not fit ("CNO002", a character too many)
 * is not reported, rather than reported wrong. Without a shape most codes share, codes stay as read.
 */
final class CodeColumn {

    /** How many codes must share a shape before it is the column's. */
    private static final int SHARED = 3;

    private CodeColumn() {
    }

    /** The codes to report, row by row (null where none can be given). */
    static Map<DraftItem, String> settle(List<DraftItem> items) {
        Map<DraftItem, String> codes = new HashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        int coded = 0;
        for (DraftItem item : items) {
            String code = item.cells.code();
            codes.put(item, code);
            if (code != null) {
                coded++;
                shapes.merge(shape(code), 1, Integer::sum);
            }
        }
        String column = null;
        int count = 0;
        for (Map.Entry<String, Integer> e : shapes.entrySet()) {
            if (e.getValue() > count) {
                column = e.getKey();
                count = e.getValue();
            }
        }
        if (column == null || count < SHARED || count * 2 < coded || !column.contains("A") || !column.contains("9")) {
            return codes;
        }
        for (DraftItem item : items) {
            String code = item.cells.code();
            if (code != null && !shape(code).equals(column)) {
                codes.put(item, fitted(code, column));
            }
        }
        return codes;
    }

    /** The code read again to the column's shape, or null when it cannot be. */
    private static String fitted(String code, String column) {
        if (code.length() != column.length()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char want = column.charAt(i);
            Character read = want == '9' && !Character.isDigit(c) ? OcrConfusions.asDigit(c)
                    : want == 'A' && Character.isDigit(c) ? OcrConfusions.asLetter(c) : Character.valueOf(c);
            if (read == null) {
                return null;
            }
            sb.append(read.charValue());
        }
        return shape(sb.toString()).equals(column) ? sb.toString() : null;
    }

    /** A code's shape: A for a letter, 9 for a digit, other characters as they are. */
    private static String shape(String code) {
        StringBuilder sb = new StringBuilder();
        for (char c : code.toCharArray()) {
            sb.append(Character.isLetter(c) ? 'A' : Character.isDigit(c) ? '9' : c);
        }
        return sb.toString();
    }
}
