package com.billaudit.llm;

import com.billaudit.llm.classify.DocumentClassifierAi;
import com.billaudit.llm.classify.LlmDocumentClassifier;
import com.billaudit.llm.explain.ExplainerAi;
import com.billaudit.llm.explain.LlmExplainer;
import com.billaudit.llm.extract.GroundingValidator;
import com.billaudit.llm.extract.LineItemExtractorAi;
import com.billaudit.llm.extract.LlmLineItemExtractor;
import com.billaudit.llm.extract.Reconciler;
import com.billaudit.llm.map.ItemMapperAi;
import com.billaudit.llm.map.LlmItemMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;

import java.math.BigDecimal;
import java.time.Duration;

/** The four LLM agents, sharing one model and one gateway; built once by the composition root. */
public record LlmAgents(LlmDocumentClassifier classifier, LlmLineItemExtractor extractor, LlmItemMapper mapper,
                        LlmExplainer explainer) {

    /** Share of a row's description words its page must print for the row to count as grounded. */
    private static final double DESCRIPTION_COVERAGE = 0.6;
    private static final Duration BACKOFF_BASE = Duration.ofMillis(500);

    /**
     * @param totalTolerance how far a row sum may be from a stated total and still match it
     *                       (the audit's total tolerance)
     */
    public static LlmAgents create(LlmSettings settings, LlmAnswerCache cache, CallPermits permits,
                                   LlmListener listener, BigDecimal totalTolerance) {
        var gateway = new LlmGateway(settings, cache, permits, listener, BACKOFF_BASE);
        return create(ChatModels.openAi(settings), gateway, totalTolerance);
    }

    public static LlmAgents create(ChatModel model, LlmGateway gateway, BigDecimal totalTolerance) {
        return new LlmAgents(
                new LlmDocumentClassifier(AiServices.create(DocumentClassifierAi.class, model), gateway),
                new LlmLineItemExtractor(AiServices.create(LineItemExtractorAi.class, model), gateway,
                        new GroundingValidator(DESCRIPTION_COVERAGE), new Reconciler(totalTolerance)),
                new LlmItemMapper(AiServices.create(ItemMapperAi.class, model), gateway),
                new LlmExplainer(AiServices.create(ExplainerAi.class, model), gateway));
    }
}
