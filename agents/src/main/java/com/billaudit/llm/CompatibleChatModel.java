package com.billaudit.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One chat model over whichever OpenAI-compatible dialect the endpoint speaks. It always tells
 * langchain4j it takes a JSON schema, so every request carries the answer's schema; it then sends
 * it as {@code json_schema}, or as {@code json_object} with the schema in the prompt, or with no
 * response format at all (the JSON object then cut out of the reply). In {@code auto} modes an
 * endpoint refusing a format or the classic sampling parameters is asked again in the next
 * dialect, and that dialect is kept for every later call.
 */
final class CompatibleChatModel implements ChatModel {
    private static final System.Logger LOG = System.getLogger(CompatibleChatModel.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final ChatModel classic;
    private final ChatModel reasoningModel;
    private final AtomicReference<OutputFormat> format;
    private final AtomicBoolean reasoning;

    /**
     * @param classic        the model sending {@code temperature} and {@code max_tokens}
     * @param reasoningModel the model sending {@code max_completion_tokens} and no temperature
     */
    CompatibleChatModel(LlmSettings settings, ChatModel classic, ChatModel reasoningModel) {
        this.settings = settings;
        this.classic = classic;
        this.reasoningModel = reasoningModel;
        this.format = new AtomicReference<>(settings.outputFormat() == OutputFormat.AUTO
                ? OutputFormat.JSON_SCHEMA : settings.outputFormat());
        this.reasoning = new AtomicBoolean(settings.reasoning() == Reasoning.YES);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /** The dialect in use now (after any step-downs). */
    OutputFormat outputFormat() {
        return format.get();
    }

    boolean reasoning() {
        return reasoning.get();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        while (true) {
            OutputFormat current = format.get();
            boolean asReasoning = reasoning.get();
            try {
                return ask(request, current, asReasoning);
            } catch (RuntimeException e) {
                EndpointRefusal refusal = EndpointRefusal.of(e);
                if (!stepDown(refusal, current, asReasoning)) {
                    throw e;
                }
            }
        }
    }

    /** Whether another dialect is worth a try after {@code refusal}; each step is taken once and kept. */
    private boolean stepDown(EndpointRefusal refusal, OutputFormat current, boolean asReasoning) {
        if (refusal == null) {
            return false;
        }
        if (settings.reasoning() == Reasoning.AUTO && !asReasoning && refusal.samplingParameters()) {
            LOG.log(System.Logger.Level.INFO, "the endpoint refuses temperature/max_tokens: asking it as a reasoning model");
            reasoning.set(true);
            return true;
        }
        OutputFormat weaker = current.weaker();
        if (settings.outputFormat() == OutputFormat.AUTO && weaker != null && refusal.responseFormat()) {
            LOG.log(System.Logger.Level.INFO, "the endpoint refuses response_format {0}: using {1}", current, weaker);
            format.compareAndSet(current, weaker);
            return true;
        }
        return false;
    }

    private ChatResponse ask(ChatRequest request, OutputFormat current, boolean asReasoning) {
        ChatModel model = asReasoning ? reasoningModel : classic;
        ResponseFormat wanted = request.responseFormat();
        if (current == OutputFormat.JSON_SCHEMA || wanted == null || wanted.jsonSchema() == null) {
            return model.chat(request);
        }
        ChatRequest.Builder plain = ChatRequest.builder().messages(withSchemaInPrompt(request.messages(), wanted.jsonSchema()));
        if (current == OutputFormat.JSON_OBJECT) {
            plain.responseFormat(ResponseFormat.JSON);
        }
        ChatResponse response = model.chat(plain.build());
        return current == OutputFormat.NONE ? withJsonCut(response) : response;
    }

    private static List<ChatMessage> withSchemaInPrompt(List<ChatMessage> messages, JsonSchema schema) {
        List<ChatMessage> out = new ArrayList<>(messages);
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof UserMessage user) {
                out.set(i, withText(user, schemaInstruction(schema)));
                return out;
            }
        }
        out.add(UserMessage.from(schemaInstruction(schema)));
        return out;
    }

    /** A text-only message stays one string: some local servers take no content arrays. */
    private static UserMessage withText(UserMessage user, String text) {
        if (user.hasSingleText()) {
            return UserMessage.from(user.singleText() + text);
        }
        List<Content> contents = new ArrayList<>(user.contents());
        contents.add(TextContent.from(text));
        return UserMessage.from(contents);
    }

    private static String schemaInstruction(JsonSchema schema) {
        try {
            return "\n\nAnswer with one JSON object and nothing else (no prose, no code fence), following this JSON schema:\n"
                    + JSON.writeValueAsString(JsonSchemaElementUtils.toMap(schema.rootElement()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON schema always serialises", e);
        }
    }

    private static ChatResponse withJsonCut(ChatResponse response) {
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return response.toBuilder().aiMessage(AiMessage.from(JsonReply.objectIn(text))).build();
    }
}
