package com.billaudit.ocr;

import java.io.IOException;
import java.io.InputStream;

/**
 * The size a JPEG says it has, read from its frame header (SOFn) without decoding anything. A
 * PDF's image dictionary may understate what its JPEG decodes to; the decoder believes the JPEG.
 */
final class JpegHeader {
    /** Frame headers come before the scan, within the first tables and metadata. */
    private static final int MAX_BYTES = 1 << 20;

    private JpegHeader() {
    }

    /** @return {width, height}, or {0, 0} when no frame header is found before the scan */
    static long[] size(InputStream in) throws IOException {
        long read = 0;
        if (in.read() != 0xFF || in.read() != 0xD8) {
            return new long[]{0, 0};
        }
        read += 2;
        while (read < MAX_BYTES) {
            int marker = in.read();
            read++;
            if (marker < 0) {
                break;
            }
            if (marker != 0xFF) {
                continue;
            }
            int type = in.read();
            read++;
            while (type == 0xFF) {
                type = in.read();
                read++;
            }
            if (type < 0 || type == 0xDA || type == 0xD9) {
                break;
            }
            if (type == 0x01 || (type >= 0xD0 && type <= 0xD7)) {
                continue;
            }
            int length = (in.read() << 8) | in.read();
            read += 2;
            if (length < 2) {
                break;
            }
            boolean frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (frame) {
                in.read(); // sample precision
                int height = (in.read() << 8) | in.read();
                int width = (in.read() << 8) | in.read();
                return new long[]{Math.max(0, width), Math.max(0, height)};
            }
            read += in.skip(length - 2);
        }
        return new long[]{0, 0};
    }
}
