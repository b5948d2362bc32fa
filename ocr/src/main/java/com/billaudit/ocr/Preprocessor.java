package com.billaudit.ocr;

/** Cleans a page image up before OCR. */
final class Preprocessor {

    private Preprocessor() {
    }

    static GrayImage prepare(GrayImage page) {
        return page;
    }
}
