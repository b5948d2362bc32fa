package com.billaudit.server.analysis;

/**
 * The fields of an upload, checked for shape (not yet for meaning).
 *
 * @param fileName display name only (path stripped); never used to build a path
 * @param scheme   null when the client named none
 */
public record UploadForm(byte[] content, String fileName, String scheme, String region, String reference) {
}
