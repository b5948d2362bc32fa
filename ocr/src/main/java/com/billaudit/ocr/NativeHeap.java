package com.billaudit.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Gives the C heap's free pages back to the system. Tesseract frees a page's images and layout
 * when it is done with them, but glibc keeps what was freed in its arenas for the process's
 * next allocation, and a server that has OCR'd large pages stays that large: after the 32 real
 * documents 125 MB of its resident memory was such free heap (measured with malloc_trim from a
 * debugger), held at idle and added under the peak of every later document.
 */
final class NativeHeap {

    private interface LibC extends Library {
        int malloc_trim(long pad);
    }

    /** glibc's library, or null where there is none to trim (another C library, no native access). */
    private static final LibC GLIBC = load();

    private NativeHeap() {
    }

    /**
     * Returns the free pages of every arena to the system. Worth it once a document is read, not
     * per page: pages of one document reuse each other's freed memory, and pages handed back are
     * faulted in again by the next allocation.
     */
    static void trim() {
        if (GLIBC != null) {
            GLIBC.malloc_trim(0);
        }
    }

    private static LibC load() {
        try {
            return Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            return null;
        }
    }
}
