package com.billaudit.server.analysis;

/**
 * The fields of an upload, checked for shape (not yet for meaning).
 *
 * @param file     the file part, spooled to disk; its owner ({@link UploadReader}) deletes it
 * @param fileName display name only (path stripped); never used to build a path
 * @param scheme   null when the client named none
 */
public record UploadForm(SpooledUpload file, String fileName, String scheme, String region, String reference) {
}
