package com.billaudit.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identifies one LLM answer: a changed prompt or model must never reuse an old answer. */
public record CacheKey(String agent, String model, String promptVersion, String inputSha256) {

    public static CacheKey of(String agent, String model, String promptVersion, String input) {
        return new CacheKey(agent, model, promptVersion, sha256(input));
    }

    public String value() {
        return "llm:" + agent + ":" + model + ":" + promptVersion + ":" + inputSha256;
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
