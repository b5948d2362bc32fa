package com.billaudit.server.analysis;

import com.billaudit.server.config.SchemeCodes;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.BoundedBody;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.http.media.multipart.MultiPart;
import io.helidon.http.media.multipart.ReadablePart;
import io.helidon.webserver.http.ServerRequest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the multipart upload within the size cap: rejects a declared Content-Length over the cap
 * before reading anything, and counts the bytes of every part while reading.
 */
public final class UploadReader {
    /** Room for boundaries, part headers and the small form fields around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 1024;
    private static final Set<String> FIELDS = Set.of("scheme", "region", "reference");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final long maxUploadBytes;

    public UploadReader(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    public UploadForm read(ServerRequest req) {
        requireMultipart(req);
        req.headers().contentLength().ifPresent(length -> {
            if (length > maxUploadBytes + FORM_OVERHEAD) {
                throw new ApiException.PayloadTooLarge(maxUploadBytes);
            }
        });
        return readParts(req.content().as(MultiPart.class));
    }

    private UploadForm readParts(MultiPart parts) {
        byte[] content = null;
        String fileName = null;
        Map<String, String> fields = new HashMap<>();
        while (parts.hasNext()) {
            ReadablePart part = parts.next();
            if (part.name().equals("file")) {
                content = BoundedBody.read(part.inputStream(), maxUploadBytes);
                fileName = part.fileName().map(UploadReader::displayName).orElse(null);
            } else if (FIELDS.contains(part.name())) {
                // every part is read fully before the next, as multipart streaming requires
                byte[] value = BoundedBody.read(part.inputStream(), MAX_FIELD_BYTES);
                fields.put(part.name(), new String(value, StandardCharsets.UTF_8).trim());
            } else {
                BoundedBody.read(part.inputStream(), maxUploadBytes); // unknown part: read within the cap, ignore
            }
        }
        if (content == null) {
            throw new ApiException.BadRequest("The multipart form needs a 'file' part");
        }
        return new UploadForm(content, fileName, scheme(fields.get("scheme")), region(fields.get("region")),
                blankToNull(fields.get("reference")));
    }

    private static void requireMultipart(ServerRequest req) {
        boolean multipart = req.headers().contentType()
                .map(HttpMediaType::mediaType)
                .filter(type -> type.equals(MediaTypes.MULTIPART_FORM_DATA))
                .isPresent();
        if (!multipart) {
            throw new ApiException.UnsupportedMedia("Upload the document as multipart/form-data with a 'file' part");
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

    /** The last path segment of a client's file name, for display only. */
    static String displayName(String clientName) {
        String name = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").trim();
        return name.isEmpty() ? null : name.substring(0, Math.min(name.length(), 255));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
