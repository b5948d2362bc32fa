package com.billaudit.server.analysis;

import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.MultipartBody;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An upload's file part, written to a temporary file as it arrives rather than gathered in
 * memory: a client sending slowly, or many clients at once, holds disk, not heap. Its size and
 * SHA-256 are taken on the way; the file is deleted on close, whatever became of the upload.
 */
public final class SpooledUpload implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SpooledUpload.class.getName());
    static final String PREFIX = "bill-audit-upload-";
    private static final int BUFFER = 64 * 1024;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Path file;
    private long size;
    private String sha256;

    private SpooledUpload(Path file) {
        this.file = file;
    }

    /** An empty spool in the JVM's temporary directory ({@code java.io.tmpdir}), readable only by this user. */
    static SpooledUpload create() {
        try {
            return new SpooledUpload(Files.createTempFile(PREFIX, ".part"));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /**
     * Writes the multipart body's current part to the file, replacing what an earlier part wrote.
     *
     * @throws ApiException.PayloadTooLarge as soon as the part passes {@code limit}
     */
    void receive(MultipartBody parts, long limit) {
        MessageDigest digest = newDigest();
        try (OutputStream disk = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new DiskOutput(
                     new BufferedOutputStream(new DigestOutputStream(disk, digest), BUFFER))) {
            size = parts.transferTo(out, limit);
        } catch (IOException e) {
            throw unavailable(e);
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** Whether a part was received. */
    boolean received() {
        return sha256 != null;
    }

    long size() {
        return size;
    }

    /** Lowercase hex SHA-256 of the bytes received. */
    String sha256() {
        return sha256;
    }

    /** The bytes received, read back once, in an array of their exact size. */
    byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the spooled upload " + file, e);
        }
    }

    /**
     * Deletes the spools a process killed mid-upload left in the temporary directory, once they are
     * older than {@code age} (a spool being written is touched every buffer it fills).
     *
     * @return how many were deleted
     */
    public static int sweep(Instant now, Duration age) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        Instant cutoff = now.minus(age);
        int deleted = 0;
        try (DirectoryStream<Path> spools = Files.newDirectoryStream(directory, PREFIX + "*.part")) {
            for (Path spool : spools) {
                try {
                    if (Files.getLastModifiedTime(spool).toInstant().isBefore(cutoff) && Files.deleteIfExists(spool)) {
                        deleted++;
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "left the spool " + spool, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not look for old spooled uploads in " + directory, e);
        }
        return deleted;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The disk failing (full, gone) is the server's trouble, not a malformed upload. */
    private static ApiException.ServiceUnavailable unavailable(IOException e) {
        LOG.log(Level.WARNING, "spooling an upload to disk failed", e);
        return new ApiException.ServiceUnavailable("The server cannot store uploads just now; retry shortly",
                RETRY_AFTER);
    }

    /** Turns a failed write into a 503 before the multipart reader can take it for a broken body. */
    private static final class DiskOutput extends FilterOutputStream {
        DiskOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw unavailable(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw unavailable(e);
            }
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
    }
}
