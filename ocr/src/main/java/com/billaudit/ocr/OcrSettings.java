package com.billaudit.ocr;

import java.time.Duration;

/**
 * How documents are read.
 *
 * @param tessdataPath folder holding Tesseract's *.traineddata
 * @param languages    Tesseract language string, e.g. {@code eng} or {@code eng+hin}
 * @param engines      number of single-threaded OCR engines (one per core)
 * @param dpi          resolution scanned PDF pages are rendered at
 * @param maxPages     pages a document may have
 * @param maxPixels    pixels one page image may have (decompression-bomb guard)
 * @param pageTimeout  how long OCR of one page may take
 */
public record OcrSettings(String tessdataPath, String languages, int engines, int dpi, int maxPages,
                          long maxPixels, Duration pageTimeout) {

    public static OcrSettings defaults() {
        return new OcrSettings("/usr/share/tesseract-ocr/5/tessdata", "eng",
                Math.max(1, Runtime.getRuntime().availableProcessors()), 300, 50, 80_000_000L, Duration.ofSeconds(60));
    }
}
