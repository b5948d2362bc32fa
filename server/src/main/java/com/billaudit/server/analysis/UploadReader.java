package com.billaudit.server.analysis;

import com.billaudit.server.config.SchemeCodes;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.MemoryPermits;
import com.billaudit.server.http.MultipartBody;
import com.billaudit.server.http.StallGuard;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the multipart upload within the size cap: rejects a declared Content-Length over the cap
 * before reading anything, and counts the bytes of every part and of the whole form while
 * reading, so a chunked body is refused as soon as it passes the cap. The file part goes to a
 * temporary file as it arrives, so a slow or large upload holds disk while it is read, not heap;
 * only so many uploads are read at once, since each is read back into memory to be checked and
 * stored. A malformed body is the client's mistake (400), never a 500.
 */
public final class UploadReader {
    /** Room for boundaries, part headers and the small form fields around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 1024;
    /** A display name, not a path: longer names are cut. */
    static final int MAX_FILE_NAME_CHARS = 255;
    private static final Set<String> FIELDS = Set.of("scheme", "region", "reference");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    /** Controls, and format characters such as bidi overrides and zero-width spaces. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    /** A client that stops sending mid-upload gives its permit back after this long. */
    private static final StallGuard STALLS = new StallGuard(Duration.ofSeconds(30));
    /** How long an upload waits for a free permit before the door answers 503. */
    private static final Duration PERMIT_WAIT = Duration.ofSeconds(1);

    private final long maxUploadBytes;
    private final MemoryPermits permits;

    /** @param maxConcurrent uploads read, checked and stored at once */
    public UploadReader(long maxUploadBytes, int maxConcurrent) {
        this.maxUploadBytes = maxUploadBytes;
        this.permits = new MemoryPermits(maxConcurrent, PERMIT_WAIT,
                "Too many uploads are being read at once; retry shortly");
    }

    /**
     * Reads the upload and hands it to {@code accept} (which checks and stores it) while holding
     * one of the permits, so the memory of uploads in flight stays bounded; the spooled file is
     * deleted when {@code accept} returns or throws.
     *
     * @throws ApiException.ServiceUnavailable when every permit stays taken for a moment
     */
    public <T> T read(ServerRequest req, Function<UploadForm, T> accept) {
        requireMultipart(req);
        req.headers().contentLength().ifPresent(length -> {
            if (length > maxUploadBytes + FORM_OVERHEAD) {
                throw new ApiException.PayloadTooLarge(maxUploadBytes);
            }
        });
        return permits.within(() -> {
            try (SpooledUpload spool = SpooledUpload.create()) {
                return accept.apply(readParts(req, spool));
            }
        });
    }

    private UploadForm readParts(ServerRequest req, SpooledUpload spool) {
        String boundary = req.headers().contentType().orElseThrow().parameters().get("boundary");
        try {
            return STALLS.read(req.content().inputStream(),
                    body -> readParts(new MultipartBody(body, boundary, maxUploadBytes + FORM_OVERHEAD), spool));
        } catch (MultipartBody.Malformed e) {
            throw new ApiException.BadRequest("The multipart body is malformed: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ApiException.BadRequest("The multipart body could not be read to its end");
        }
    }

    private UploadForm readParts(MultipartBody parts, SpooledUpload spool) {
        String fileName = null;
        Map<String, String> fields = new HashMap<>();
        for (MultipartBody.PartHeaders part = parts.next(); part != null; part = parts.next()) {
            if ("file".equals(part.name())) {
                spool.receive(parts, maxUploadBytes);
                fileName = part.fileName() == null ? null : displayName(part.fileName());
            } else if (part.name() != null && FIELDS.contains(part.name())) {
                byte[] value = parts.content(MAX_FIELD_BYTES);
                fields.put(part.name(), new String(value, StandardCharsets.UTF_8).trim());
            }
            // any other part is skipped, within the form's limit
        }
        if (!spool.received()) {
            throw new ApiException.BadRequest("The multipart form needs a 'file' part");
        }
        return new UploadForm(spool, fileName, scheme(fields.get("scheme")), region(fields.get("region")),
                blankToNull(fields.get("reference")));
    }

    private static void requireMultipart(ServerRequest req) {
        HttpMediaType type = req.headers().contentType()
                .filter(contentType -> contentType.mediaType().equals(MediaTypes.MULTIPART_FORM_DATA))
                .orElseThrow(() -> new ApiException.UnsupportedMedia(
                        "Upload the document as multipart/form-data with a 'file' part"));
        if (type.parameters().getOrDefault("boundary", "").isBlank()) {
            throw new ApiException.BadRequest("The multipart/form-data Content-Type needs a 'boundary' parameter");
        }
    }

    private static String scheme(String value) {
        String scheme = blankToNull(value);
        if (scheme != null && !SchemeCodes.valid(scheme)) {
            throw new ApiException.BadRequest("'scheme' must be " + SchemeCodes.DESCRIPTION);
        }
        return scheme;
    }

    private static String region(String value) {
        String region = blankToNull(value);
        if (region != null && !REGION.matcher(region).matches()) {
            throw new ApiException.BadRequest("'region' must be a short code such as DL");
        }
        return region;
    }

    /**
     * The last path segment of a client's file name, without control or invisible format
     * characters and at most {@link #MAX_FILE_NAME_CHARS} characters, for display only; null when
     * nothing is left.
     */
    static String displayName(String clientName) {
        String name = INVISIBLE.matcher(clientName).replaceAll("");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME_CHARS)).strip();
        }
        return name.isEmpty() ? null : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
