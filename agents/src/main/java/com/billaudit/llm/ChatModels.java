package com.billaudit.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the chat model every LLM agent shares. */
public final class ChatModels {
    /** A reasoning model spends completion tokens on thinking before it answers. */
    private static final int REASONING_TOKEN_FACTOR = 4;

    private ChatModels() {
    }

    /**
     * An OpenAI-compatible model in the dialect the settings name (or the endpoint accepts, in
     * {@code auto}). Its own retries are off: {@link LlmGateway} retries, so that retries
     * respect the bill's budget and the rate limit.
     */
    public static ChatModel openAi(LlmSettings settings) {
        return new CompatibleChatModel(settings, classic(settings), reasoning(settings));
    }

    private static ChatModel classic(LlmSettings settings) {
        return base(settings).temperature(settings.temperature()).maxTokens(settings.maxTokens()).build();
    }

    /** No temperature (reasoning models accept only their default) and max_completion_tokens. */
    private static ChatModel reasoning(LlmSettings settings) {
        return base(settings).maxCompletionTokens(settings.maxTokens() * REASONING_TOKEN_FACTOR).build();
    }

    private static OpenAiChatModel.OpenAiChatModelBuilder base(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true);
    }
}
