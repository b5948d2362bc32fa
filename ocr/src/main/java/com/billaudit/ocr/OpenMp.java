package com.billaudit.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Limits OpenMP inside libtesseract to one thread per engine. Tesseract's OpenMP threads fight
 * each other and the other engines for the cores and make OCR several times slower, so the
 * scripts and the test runner set OMP_THREAD_LIMIT=1. A process started without it gets it
 * here: libgomp reads the variable when libtesseract is first loaded, so this must run before.
 */
final class OpenMp {

    static final String THREAD_LIMIT = "OMP_THREAD_LIMIT";

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private OpenMp() {
    }

    /** Sets OMP_THREAD_LIMIT=1 in the process environment unless it is set already. */
    static synchronized void limitToOneThread() {
        if (System.getenv(THREAD_LIMIT) != null) {
            return;
        }
        try {
            Native.load("c", LibC.class).setenv(THREAD_LIMIT, "1", 0);
        } catch (UnsatisfiedLinkError e) {
            // Not a libc platform: OCR still works, only slower.
        }
    }
}
