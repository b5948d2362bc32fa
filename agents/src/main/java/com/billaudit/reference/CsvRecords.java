package com.billaudit.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: comma separated, double-quoted fields may hold commas,
 * quotes written twice and line breaks). Each record remembers the 1-based line it starts on so
 * that import errors can name it. Blank lines are skipped; a leading byte-order mark is ignored.
 */
final class CsvRecords {

    /** One record: its fields and the line it starts on. */
    record Record(int line, List<String> fields) {
        Record {
            fields = List.copyOf(fields);
        }

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** An unterminated quote: the file is malformed from {@code line} on. */
    static final class MalformedCsv extends Exception {
        private final int line;

        MalformedCsv(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) throws MalformedCsv {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        // whether the unquoted field so far is blank, kept as it grows: asking the builder at every quote is quadratic
        boolean blank = true;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && blank) {
                field.setLength(0);
                quoted = true;
                blank = false;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                blank &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw new MalformedCsv(quoteLine, "a quoted field is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, recordLine, fields);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        Record record = new Record(line, fields.stream().map(String::trim).toList());
        if (!record.blank()) {
            records.add(record);
        }
    }
}
