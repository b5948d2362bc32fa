package com.billaudit.domain;

/**
 * What is known of an uploaded document: its identity and how its text was read.
 *
 * @param fileName      the name the client gave (display only: never used to build a path)
 * @param contentType   the media type sniffed from the bytes
 * @param pages         page count (null until read)
 * @param textSource    how the text was obtained (null until read)
 * @param ocrConfidence mean OCR confidence, null when nothing was OCR'd
 */
public record DocumentInfo(String fileName, String contentType, long sizeBytes, String sha256,
                           Integer pages, TextSource textSource, Double ocrConfidence) {

    public DocumentInfo withText(DocumentText text) {
        return new DocumentInfo(fileName, contentType, sizeBytes, sha256, text.pages().size(),
                text.source(), text.ocrConfidence());
    }
}
