package com.billaudit.reference;

import com.billaudit.reference.CsvImport.RowError;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an uploaded CSV, which must be UTF-8: a Latin-1 or Windows-1252 export decoded
 * leniently would store U+FFFD in place of every accented letter, so it is refused instead, naming
 * the lines that hold the bytes that are not UTF-8.
 */
final class CsvText {
    /** Enough lines to show where the problem is without listing a whole foreign file. */
    private static final int MAX_REPORTED_LINES = 20;

    /** The decoded text, or the lines that are not UTF-8. */
    record Decoded(String text, List<RowError> errors) {
    }

    private CsvText() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        List<RowError> errors = new ArrayList<>();
        int lastBadLine = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            int line = lineOf(bytes, in.position());
            if (line != lastBadLine && errors.size() < MAX_REPORTED_LINES) {
                errors.add(new RowError(line, "not UTF-8 (byte 0x%02X); save the file as UTF-8"
                        .formatted(bytes[in.position()] & 0xFF)));
                lastBadLine = line;
            }
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        return errors.isEmpty() ? new Decoded(out.flip().toString(), List.of()) : new Decoded(null, errors);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
