package com.billaudit.server.analysis;

import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.MultipartBody;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpooledUploadTest {
    private static final String B = "spool-boundary";

    @Test
    void aFilePartGoesToDiskWithItsSizeAndHashAndIsDeletedOnClose() throws Exception {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7 + i / 1000);
        }
        MultipartBody body = body(content);
        body.next();

        SpooledUpload spool = SpooledUpload.create();
        try (spool) {
            assertFalse(spool.received());
            spool.receive(body, content.length);

            assertTrue(spool.received());
            assertEquals(content.length, spool.size());
            assertEquals(content.length, Files.size(spool.file()));
            assertArrayEquals(content, spool.bytes());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), spool.sha256());
            assertTrue(spool.file().getFileName().toString().startsWith(SpooledUpload.PREFIX));
        }
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    void aPartOverTheLimitIs413AndLeavesNoFileBehind() {
        MultipartBody body = body(new byte[5_000]);
        body.next();

        SpooledUpload spool = SpooledUpload.create();
        try (spool) {
            assertThrows(ApiException.PayloadTooLarge.class, () -> spool.receive(body, 4_999));
            assertFalse(spool.received());
        }
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    void aSpoolAKilledProcessLeftIsSweptOnceOldAndAFreshOneIsLeft() throws Exception {
        Path old = Files.createTempFile(SpooledUpload.PREFIX, ".part");
        Path fresh = Files.createTempFile(SpooledUpload.PREFIX, ".part");
        try {
            Instant now = Instant.now();
            Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(2))));

            assertTrue(SpooledUpload.sweep(now, Duration.ofDays(1)) >= 1);

            assertFalse(Files.exists(old));
            assertTrue(Files.exists(fresh));
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(fresh);
        }
    }

    private static MultipartBody body(byte[] content) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        whole.writeBytes(content);
        whole.writeBytes(("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new MultipartBody(new ByteArrayInputStream(whole.toByteArray()), B, 1 << 20);
    }
}
