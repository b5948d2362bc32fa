package com.billaudit.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part as it streams in, each part
 * within a byte limit and the whole form within another. Written here rather than Helidon's
 * reader because that one allows a part 1 KB of headers (a long file name is a client's normal
 * right), decodes them as ASCII (a file name in UTF-8 turns into U+FFFD) and reports a malformed
 * body with unchecked exceptions of several kinds; here every malformation is a {@link Malformed}.
 *
 * <p>The delimiter is found with a Knuth-Morris-Pratt matcher, so reading is linear in the body
 * whatever bytes a part holds. The matcher looks at one byte at a time, but the body is read and a
 * part's content written in blocks: a stream call per byte cost more than the whole upload's check.
 */
public final class MultipartBody {
    /** Headers of one part, however many and however long their file name. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int CR = '\r';
    private static final int LF = '\n';

    /** The form is not well-formed multipart: the client's mistake. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One part's headers.
     *
     * @param name     the form field name, or null when the part has none
     * @param fileName the client's file name as sent, or null
     */
    public record PartHeaders(String name, String fileName) {
    }

    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    /** The body read ahead of the matcher: {@code input[position..filled)} is not yet taken. */
    private final byte[] input = new byte[BLOCK];
    private int position;
    private int filled;
    /** Content the matcher has passed, not yet written to the part's output. */
    private final byte[] output = new byte[BLOCK];
    private int pending;
    /** CRLF "--" boundary: what ends every part. */
    private final byte[] delimiter;
    private final int[] fallback;
    private long formLeft;
    private final long maxFormBytes;
    private boolean started;
    private boolean partOpen;
    private boolean finished;

    /** @param maxFormBytes bytes the whole body may have */
    public MultipartBody(InputStream body, String boundary, long maxFormBytes) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new Malformed("the boundary must be 1 to 70 characters");
        }
        this.in = body;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.fallback = fallback(delimiter);
        this.formLeft = maxFormBytes;
        this.maxFormBytes = maxFormBytes;
    }

    /** The next part's headers, or null after the closing delimiter; an unread part is skipped. */
    public PartHeaders next() {
        if (finished) {
            return null;
        }
        if (!started) {
            // the body opens with "--boundary": as if the delimiter's CRLF came before it
            started = true;
            scanToDelimiter(null, Long.MAX_VALUE, 2);
        } else if (partOpen) {
            scanToDelimiter(null, Long.MAX_VALUE, 0);
        }
        partOpen = false;
        int first = read();
        int second = read();
        if (first == '-' && second == '-') {
            finished = true;
            return null;
        }
        int b0 = first;
        int b1 = second;
        while (b0 == ' ' || b0 == '\t') {
            b0 = b1;
            b1 = read();
        }
        if (b0 != CR || b1 != LF) {
            throw new Malformed("a boundary line is followed by something other than a line end");
        }
        PartHeaders headers = headers();
        partOpen = true;
        return headers;
    }

    /**
     * The current part's content, in memory: for small form fields.
     *
     * @throws ApiException.PayloadTooLarge as soon as it passes {@code limit} or the form's limit
     */
    public byte[] content(long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transferTo(out, limit);
        return out.toByteArray();
    }

    /**
     * Writes the current part's content to {@code out} as it arrives, so a large part never has
     * to fit in memory.
     *
     * @return the bytes written
     * @throws ApiException.PayloadTooLarge as soon as it passes {@code limit} or the form's limit
     * @throws UncheckedIOException         when reading the body or writing {@code out} fails
     */
    public long transferTo(OutputStream out, long limit) {
        if (!partOpen) {
            throw new IllegalStateException("no part is open");
        }
        long written = scanToDelimiter(out, limit, 0);
        partOpen = false;
        return written;
    }

    /**
     * Reads up to and including the next delimiter, writing what comes before it to {@code out}
     * (null: discarded).
     *
     * @param matched bytes of the delimiter already taken as matched
     */
    private long scanToDelimiter(OutputStream out, long limit, int matched) {
        int j = matched;
        long written = 0;
        while (j < delimiter.length) {
            int b = read();
            while (j > 0 && b != (delimiter[j] & 0xFF)) {
                // the bytes that can no longer start the delimiter are content
                int keep = fallback[j - 1];
                written = emit(out, delimiter, j - keep, written, limit);
                j = keep;
            }
            if (b == (delimiter[j] & 0xFF)) {
                j++;
            } else {
                written = emit(out, b, written, limit);
            }
        }
        flush(out);
        return written;
    }

    private long emit(OutputStream out, byte[] bytes, int length, long written, long limit) {
        for (int i = 0; i < length; i++) {
            written = emit(out, bytes[i] & 0xFF, written, limit);
        }
        return written;
    }

    private long emit(OutputStream out, int b, long written, long limit) {
        if (out == null) {
            return written;
        }
        if (written >= limit) {
            throw new ApiException.PayloadTooLarge(limit);
        }
        if (pending == output.length) {
            flush(out);
        }
        output[pending++] = (byte) b;
        return written + 1;
    }

    private void flush(OutputStream out) {
        if (out == null || pending == 0) {
            return;
        }
        try {
            out.write(output, 0, pending);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a part's content failed", e);
        } finally {
            pending = 0;
        }
    }

    private PartHeaders headers() {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        String name = null;
        String fileName = null;
        while (true) {
            block.reset();
            int b;
            while ((b = read()) != LF) {
                block.write(b);
                if (block.size() > MAX_HEADER_BYTES) {
                    throw new Malformed("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
                }
            }
            byte[] line = block.toByteArray();
            int length = line.length > 0 && line[line.length - 1] == CR ? line.length - 1 : line.length;
            if (length == 0) {
                return new PartHeaders(name, fileName);
            }
            String header = text(line, length);
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                Disposition disposition = Disposition.parse(header.substring(colon + 1));
                name = disposition.name;
                fileName = disposition.fileName;
            }
        }
    }

    /** UTF-8 as clients send it, else ISO-8859-1 (which never fails). */
    private static String text(byte[] line, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private int read() {
        if (formLeft-- <= 0) {
            throw new ApiException.PayloadTooLarge(maxFormBytes);
        }
        if (position == filled) {
            fill();
        }
        return input[position++] & 0xFF;
    }

    private void fill() {
        try {
            int n;
            do {
                n = in.read(input, 0, input.length);
            } while (n == 0);
            if (n < 0) {
                throw new Malformed("the multipart body ends before its closing boundary");
            }
            position = 0;
            filled = n;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the multipart body failed", e);
        }
    }

    /** KMP failure function: for each prefix, the length of its longest proper prefix that is also its suffix. */
    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** The {@code name} and {@code filename} parameters of a Content-Disposition value. */
    private record Disposition(String name, String fileName) {
        static Disposition parse(String value) {
            String name = null;
            String fileName = null;
            String extendedFileName = null;
            int i = value.indexOf(';');
            while (i >= 0 && i < value.length()) {
                int equals = value.indexOf('=', i + 1);
                if (equals < 0) {
                    break;
                }
                String key = value.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
                StringBuilder parameter = new StringBuilder();
                int at = equals + 1;
                while (at < value.length() && value.charAt(at) == ' ') {
                    at++;
                }
                if (at < value.length() && value.charAt(at) == '"') {
                    for (at++; at < value.length() && value.charAt(at) != '"'; at++) {
                        char c = value.charAt(at);
                        if (c == '\\' && at + 1 < value.length()) {
                            c = value.charAt(++at);
                        }
                        parameter.append(c);
                    }
                    at = value.indexOf(';', at);
                } else {
                    int end = value.indexOf(';', at);
                    parameter.append(value, at, end < 0 ? value.length() : end);
                    at = end;
                }
                switch (key) {
                    case "name" -> name = parameter.toString().trim();
                    case "filename" -> fileName = parameter.toString();
                    case "filename*" -> extendedFileName = extended(parameter.toString().trim());
                    default -> {
                        // other parameters say nothing the service needs
                    }
                }
                i = at;
            }
            return new Disposition(name, extendedFileName != null ? extendedFileName : fileName);
        }

        /** RFC 8187 {@code UTF-8''percent-encoded}; null when it is not that. */
        private static String extended(String value) {
            int quotes = value.indexOf("''");
            if (quotes < 0 || !value.substring(0, quotes).equalsIgnoreCase("UTF-8")) {
                return null;
            }
            try {
                return URLDecoder.decode(value.substring(quotes + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                return null;
            }
        }
    }
}
