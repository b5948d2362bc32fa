package com.billaudit.llm;

import java.time.Duration;

/**
 * How to reach an OpenAI-compatible chat endpoint. The server builds it once from the environment
 * (its {@code AppConfig}, where every variable is validated):
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>variable</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>OPENAI_API_KEY</td><td>bearer key for the endpoint</td><td>none (LLM off unless a base URL is set)</td></tr>
 *   <tr><td>OPENAI_BASE_URL</td><td>endpoint root including {@code /v1}</td><td>https://api.openai.com/v1</td></tr>
 *   <tr><td>LLM_MODEL</td><td>model name sent with each call</td><td>gpt-4o-mini</td></tr>
 *   <tr><td>LLM_TIMEOUT_SECONDS</td><td>longest a single call may take</td><td>30</td></tr>
 *   <tr><td>LLM_MAX_RETRIES</td><td>retries after HTTP 429/5xx</td><td>2</td></tr>
 *   <tr><td>LLM_CALLS_PER_MINUTE</td><td>calls allowed per minute across all replicas</td><td>60</td></tr>
 *   <tr><td>LLM_RESPONSE_FORMAT</td><td>auto, json_schema, json_object or none</td><td>auto</td></tr>
 *   <tr><td>LLM_REASONING</td><td>auto, true or false: a reasoning model gets no temperature and
 *       max_completion_tokens</td><td>auto</td></tr>
 *   <tr><td>LLM_REDACT</td><td>mask names, phone numbers, patient ids and addresses in text sent out</td><td>true</td></tr>
 *   <tr><td>LLM_VISION</td><td>whether the model reads page images (false for a text-only model)</td><td>true</td></tr>
 *   <tr><td>LLM_CACHE_TTL</td><td>how long a model answer is kept (seconds or 45s, 30m, 6h, 1d)</td><td>1d</td></tr>
 * </table>
 *
 * With neither a key nor a base URL the LLM is off and the service runs in rules mode.
 *
 * @param temperature always 0 in production: extraction must be repeatable
 * @param maxTokens   output limit of one answer (extraction runs per page to stay under it)
 */
public record LlmSettings(String baseUrl, String apiKey, String model, Duration timeout, int maxRetries,
                          double temperature, int maxTokens, int callsPerMinute, OutputFormat outputFormat,
                          Reasoning reasoning, boolean redact, Duration cacheTtl, boolean vision) {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(1);

    /** Settings with the defaults of the compatibility, privacy and cache variables. */
    public LlmSettings(String baseUrl, String apiKey, String model, Duration timeout, int maxRetries,
                       double temperature, int maxTokens, int callsPerMinute) {
        this(baseUrl, apiKey, model, timeout, maxRetries, temperature, maxTokens, callsPerMinute, OutputFormat.AUTO,
                Reasoning.AUTO, true, DEFAULT_CACHE_TTL, true);
    }

    public LlmSettings withOutputFormat(OutputFormat format) {
        return new LlmSettings(baseUrl, apiKey, model, timeout, maxRetries, temperature, maxTokens, callsPerMinute,
                format, reasoning, redact, cacheTtl, vision);
    }

    public LlmSettings withReasoning(Reasoning value) {
        return new LlmSettings(baseUrl, apiKey, model, timeout, maxRetries, temperature, maxTokens, callsPerMinute,
                outputFormat, value, redact, cacheTtl, vision);
    }

    public LlmSettings withRedact(boolean value) {
        return new LlmSettings(baseUrl, apiKey, model, timeout, maxRetries, temperature, maxTokens, callsPerMinute,
                outputFormat, reasoning, value, cacheTtl, vision);
    }

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /** Local OpenAI-compatible servers ignore the key, but the client insists on one. */
    private static final String KEY_NOT_NEEDED = "not-needed";

    public static LlmSettings disabled() {
        return new LlmSettings(DEFAULT_BASE_URL, null, "gpt-4o-mini", Duration.ofSeconds(30), 2, 0.0, 4096, 60);
    }

    public boolean enabled() {
        return apiKey != null && !apiKey.isBlank();
    }

    /**
     * An endpoint's settings as configured (the server reads and validates the variables of the
     * table above): OpenAI's endpoint when no base URL is given, and a base URL alone is a local
     * compatible server, which gets a placeholder key.
     */
    public static LlmSettings endpoint(String baseUrl, String apiKey, String model, Duration timeout, int maxRetries,
                                       int callsPerMinute, OutputFormat outputFormat, Reasoning reasoning,
                                       boolean redact, Duration cacheTtl, boolean vision) {
        String key = apiKey == null && baseUrl != null ? KEY_NOT_NEEDED : apiKey;
        return new LlmSettings(baseUrl == null ? DEFAULT_BASE_URL : baseUrl, key, model, timeout, maxRetries, 0.0, 4096,
                callsPerMinute, outputFormat, reasoning, redact, cacheTtl, vision);
    }
}
