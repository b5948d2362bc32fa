package com.billaudit.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the chat model every LLM agent shares. */
public final class ChatModels {

    private ChatModels() {
    }

    /**
     * An OpenAI-compatible model answering in strict JSON schema. Its own retries are off:
     * {@link LlmGateway} retries, so that retries respect the bill's budget and the rate limit.
     */
    public static ChatModel openAi(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
    }
}
