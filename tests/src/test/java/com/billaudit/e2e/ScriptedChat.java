package com.billaudit.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** The scripted OpenAI-compatible endpoint of the LLM tests: its route and the answers it gives. */
final class ScriptedChat {
    static final String CHAT = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptedChat() {
    }

    /** A chat completion whose assistant message is {@code content}. */
    static ResponseDefinitionBuilder completion(ObjectNode content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-e2e").put("object", "chat.completion").put("created", 1).put("model", "scripted");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content.toString());
        body.putObject("usage").put("prompt_tokens", 20).put("completion_tokens", 8).put("total_tokens", 28);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** A base URL nothing listens on: the endpoint is down. */
    static String unreachableBaseUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
