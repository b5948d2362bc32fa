package com.billaudit.persistence.analysis;

/** An uploaded document as it was received: its bytes and the media type sniffed from them. */
public record StoredDocument(String fileName, String contentType, byte[] content) {
}
