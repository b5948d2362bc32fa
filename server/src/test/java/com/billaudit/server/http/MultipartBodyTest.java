package com.billaudit.server.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartBodyTest {
    private static final String B = "xyzBOUNDARY";

    @Test
    void readsFieldsAndFilesAfterAPreambleAndIgnoresTheEpilogue() {
        MultipartBody body = body("preamble to ignore\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"scheme\"\r\n\r\nCGHS\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"bill.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n--" + B + "--\r\nepilogue");

        assertEquals(new MultipartBody.PartHeaders("scheme", null), body.next());
        assertEquals("CGHS", text(body.content(100)));
        assertEquals(new MultipartBody.PartHeaders("file", "bill.txt"), body.next());
        assertEquals("line 1\r\nline 2", text(body.content(100)));
        assertNull(body.next());
    }

    @Test
    void contentThatNearlyRepeatsTheDelimiterIsKeptWhole() {
        String tricky = "\r\n--xyzBOUND\r\n--xyz\r\r\n--xyzBOUNDARX--" + "\r\n-".repeat(1000);
        MultipartBody body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n"
                + tricky + "\r\n--" + B + "--");

        body.next();
        assertEquals(tricky, text(body.content(1 << 20)));
        assertNull(body.next());
    }

    @Test
    void binaryContentComesBackByteForByte() {
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        byte[] head = ("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(content, 0, whole, head.length, content.length);
        System.arraycopy(tail, 0, whole, head.length + content.length, tail.length);
        MultipartBody body = new MultipartBody(new ByteArrayInputStream(whole), B, 1 << 20);

        body.next();
        assertArrayEquals(content, body.content(1 << 20));
    }

    @Test
    void fileNamesAreReadAsUtf8WithEscapesAndLongOnesAreAllowed() {
        String longName = "a".repeat(5_000) + ".txt";
        MultipartBody body = body("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Rechnung-März \\\"1\\\".pdf\"\r\n\r\nx\r\n--"
                + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + longName + "\"\r\n\r\ny\r\n--"
                + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%E2%82%B9%20bill.pdf\r\n\r\nz\r\n--"
                + B + "--");

        assertEquals("Rechnung-März \"1\".pdf", body.next().fileName());
        assertEquals(longName, body.next().fileName());
        assertEquals("₹ bill.pdf", body.next().fileName());
    }

    @Test
    void aPartNotReadIsSkippedAndAPartWithoutNameHasNone() {
        MultipartBody body = body("--" + B + "\r\nContent-Disposition: form-data\r\n\r\nignored\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nkept\r\n--" + B + "--");

        assertNull(body.next().name());
        assertEquals("file", body.next().name());
        assertEquals("kept", text(body.content(100)));
    }

    @Test
    void malformedBodiesAreMalformedNotSomethingElse() {
        MultipartBody unterminated = body("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nnever terminated");
        unterminated.next();
        assertThrows(MultipartBody.Malformed.class, () -> unterminated.content(100));
        assertThrows(MultipartBody.Malformed.class, () -> body("no boundary anywhere").next());
        assertThrows(MultipartBody.Malformed.class, () -> body("--" + B + "\r\nContent-Disposition: form-data; name=\""
                + "n".repeat(MultipartBody.MAX_HEADER_BYTES) + "\"\r\n\r\nv\r\n--" + B + "--").next());
        assertThrows(MultipartBody.Malformed.class, () -> new MultipartBody(InputStream.nullInputStream(), "", 10));
    }

    @Test
    void aPartOrAFormOverItsLimitIs413AsSoonAsItPassesIt() {
        MultipartBody part = body("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
                + "x".repeat(1_000) + "\r\n--" + B + "--");
        part.next();
        assertThrows(ApiException.PayloadTooLarge.class, () -> part.content(999));

        // parts that are never read still count against the whole form
        String many = ("--" + B + "\r\nContent-Disposition: form-data; name=\"extra\"\r\n\r\n" + "x".repeat(500) + "\r\n")
                .repeat(100) + "--" + B + "--";
        MultipartBody form = new MultipartBody(new ByteArrayInputStream(many.getBytes(StandardCharsets.US_ASCII)), B, 10_000);
        assertThrows(ApiException.PayloadTooLarge.class, () -> {
            while (form.next() != null) {
                // skip every part
            }
        });
    }

    private static MultipartBody body(String text) {
        return new MultipartBody(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), B, 1 << 20);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
