package com.billaudit.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a stream fully but never more than a limit: the upload cap holds whatever the headers said. */
public final class BoundedBody {
    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {
    }

    /**
     * @throws ApiException.PayloadTooLarge as soon as more than {@code limit} bytes arrive; the
     *                                      stream is then left unclosed, since closing a request's
     *                                      stream reads it to its end
     */
    public static byte[] read(InputStream in, long limit) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[CHUNK];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new ApiException.PayloadTooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            in.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }
}
