package com.billaudit.server.config;

import java.util.regex.Pattern;

/** What a scheme code may look like: it appears in URLs and metrics, so keep it plain. */
public final class SchemeCodes {
    public static final String DESCRIPTION = "1 to 32 letters, digits, '-' or '_'";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private SchemeCodes() {
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
