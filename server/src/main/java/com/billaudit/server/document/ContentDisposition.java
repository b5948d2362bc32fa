package com.billaudit.server.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: inline} naming the uploaded file, safe for any file name (RFC 6266). */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String inline(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "inline";
        }
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
