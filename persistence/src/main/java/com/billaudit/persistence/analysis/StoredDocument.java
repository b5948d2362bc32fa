package com.billaudit.persistence.analysis;

/** An uploaded document's bytes as stored, with the type sniffed from them at upload. */
public record StoredDocument(String fileName, String contentType, byte[] content) {
}
