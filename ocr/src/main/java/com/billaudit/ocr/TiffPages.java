package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts a TIFF's pages by following its chain of image file directories (IFDs) in the bytes
 * themselves: ImageIO's own count follows a chain that points back into itself forever.
 */
final class TiffPages {
    private static final int HEADER = 8;
    private static final int ENTRY = 12;

    private TiffPages() {
    }

    /**
     * @param limit counting stops past this many pages (the caller refuses them anyway)
     * @return the number of pages, at most {@code limit + 1}
     * @throws DocumentRejectedException CORRUPT when the chain loops or leaves the file
     */
    static int count(byte[] tiff, int limit) {
        if (tiff.length < HEADER) {
            throw corrupt("the TIFF header is cut short");
        }
        boolean littleEndian = tiff[0] == 'I';
        long offset = uint32(tiff, 4, littleEndian);
        int pages = 0;
        Set<Long> seen = new HashSet<>();
        while (offset != 0 && pages <= limit) {
            if (!seen.add(offset)) {
                throw corrupt("the TIFF's page chain loops");
            }
            if (offset < HEADER || offset + 2 > tiff.length) {
                throw corrupt("a TIFF page lies outside the file");
            }
            int entries = uint16(tiff, (int) offset, littleEndian);
            long next = offset + 2 + (long) entries * ENTRY;
            if (next + 4 > tiff.length) {
                throw corrupt("a TIFF page directory is cut short");
            }
            pages++;
            offset = uint32(tiff, (int) next, littleEndian);
        }
        if (pages == 0) {
            throw corrupt("the TIFF has no pages");
        }
        return pages;
    }

    private static int uint16(byte[] b, int at, boolean littleEndian) {
        int b0 = b[at] & 0xFF;
        int b1 = b[at + 1] & 0xFF;
        return littleEndian ? b0 | b1 << 8 : b0 << 8 | b1;
    }

    private static long uint32(byte[] b, int at, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int shift = littleEndian ? 8 * i : 8 * (3 - i);
            value |= (long) (b[at + i] & 0xFF) << shift;
        }
        return value;
    }

    private static DocumentRejectedException corrupt(String message) {
        return new DocumentRejectedException(Reason.CORRUPT, message);
    }
}
