package com.billaudit.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies one LLM answer: a changed prompt or model must never reuse an old answer. Answers
 * are filed under the document they are about, so that deleting its analysis can delete them.
 *
 * @param document the SHA-256 of the document ("" when the call is about no document)
 */
public record CacheKey(String document, String agent, String model, String promptVersion, String inputSha256) {

    public static CacheKey of(String document, String agent, String model, String promptVersion, String input) {
        return new CacheKey(document, agent, model, promptVersion, sha256(input));
    }

    public String value() {
        return documentPrefix(document) + agent + ":" + model + ":" + promptVersion + ":" + inputSha256;
    }

    /** The start every key about {@code document} shares. */
    public static String documentPrefix(String document) {
        return "llm:" + document + ":";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
