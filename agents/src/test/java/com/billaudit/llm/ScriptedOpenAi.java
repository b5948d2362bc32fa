package com.billaudit.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A scripted OpenAI-compatible chat endpoint on a random port (the only fake: the LLM is a process edge). */
public final class ScriptedOpenAi implements AutoCloseable {

    public static final String CHAT = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(options().dynamicPort());

    ScriptedOpenAi() {
        server.start();
    }

    String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    LlmSettings settings(int timeoutSeconds, int maxRetries) {
        return new LlmSettings(baseUrl(), "test-key", "test-model", java.time.Duration.ofSeconds(timeoutSeconds),
                maxRetries, 0.0, 1024, 1000);
    }

    void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(CHAT)).willReturn(response));
    }

    int chatRequests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(CHAT)))
                .size();
    }

    /** A chat completion whose assistant message is {@code content}. */
    public static ResponseDefinitionBuilder completion(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1).put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 30).put("total_tokens", 150);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    static String fixture(String name) {
        try (InputStream in = ScriptedOpenAi.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
