package com.billaudit.server.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StallGuardTest {
    private final StallGuard guard = new StallGuard(Duration.ofMillis(400));

    @Test
    void aBodyThatStopsArrivingIsEndedAndLeavesTheThreadUninterrupted() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(client);
        client.write("the first part of an upload, then nothing".getBytes());

        long start = System.nanoTime();
        assertThrows(ApiException.BadRequest.class, () -> guard.read(body, StallGuardTest::readAll));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aBodyThatArrivesSlowlyButSteadilyIsReadWhole() {
        InputStream slow = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 10) {
                    return -1;
                }
                try {
                    Thread.sleep(150); // each pause shorter than the stall time, all of them far longer
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("interrupted while the body was still arriving");
                }
                return 'a' + sent++;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                // as a socket does: what has arrived, not a full buffer
                int b = read();
                if (b < 0) {
                    return -1;
                }
                buffer[offset] = (byte) b;
                return 1;
            }
        };

        assertEquals("abcdefghij", new String(guard.read(slow, StallGuardTest::readAll)));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aClientThatStopsReadingIsCutOffAndOneThatReadsGetsEveryByte() {
        byte[] document = new byte[200_000];
        for (int i = 0; i < document.length; i++) {
            document[i] = (byte) (i * 13 + i / 256);
        }
        OutputStream stopsReading = new OutputStream() {
            private int chunks;

            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("written in chunks");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (++chunks > 1) {
                    try {
                        Thread.sleep(60_000); // a socket whose reader has stopped taking bytes
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException("interrupted in a write");
                    }
                }
            }
        };
        assertThrows(ApiException.BadRequest.class, () -> guard.write(document, stopsReading));
        assertFalse(Thread.currentThread().isInterrupted());

        java.io.ByteArrayOutputStream reads = new java.io.ByteArrayOutputStream();
        guard.write(document, reads);
        org.junit.jupiter.api.Assertions.assertArrayEquals(document, reads.toByteArray());
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
