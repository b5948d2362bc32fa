package com.billaudit.llm;

import com.billaudit.llm.ask.LlmQuestionAnswerer;
import com.billaudit.llm.ask.QuestionAi;
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
import com.billaudit.llm.vision.PageImageReader;
import com.billaudit.llm.vision.ScannedBillReader;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;

import java.math.BigDecimal;
import java.time.Duration;

/** The LLM agents (four in the pipeline, one for questions about an analysis), sharing one model and one gateway; built once by the composition root. */
public record LlmAgents(LlmDocumentClassifier classifier, LlmLineItemExtractor extractor, LlmItemMapper mapper,
                        LlmExplainer explainer, LlmQuestionAnswerer questions, ScannedBillReader pageImages) {

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
        Redactor redactor = settings.redact() ? Redactor.fromLexicon() : Redactor.OFF;
        return create(ChatModels.openAi(settings), gateway, totalTolerance, redactor, settings.vision());
    }

    /** Agents that redact what they send (the default, {@code LLM_REDACT=true}). */
    public static LlmAgents create(ChatModel model, LlmGateway gateway, BigDecimal totalTolerance) {
        return create(model, gateway, totalTolerance, Redactor.fromLexicon(), true);
    }

    /** @param vision whether the model reads page images (a text-only model cannot) */
    public static LlmAgents create(ChatModel model, LlmGateway gateway, BigDecimal totalTolerance, Redactor redactor,
                                   boolean vision) {
        return new LlmAgents(
                new LlmDocumentClassifier(AiServices.create(DocumentClassifierAi.class, model), gateway, redactor),
                new LlmLineItemExtractor(AiServices.create(LineItemExtractorAi.class, model), gateway,
                        new GroundingValidator(DESCRIPTION_COVERAGE), new Reconciler(totalTolerance), redactor),
                new LlmItemMapper(AiServices.create(ItemMapperAi.class, model), gateway, redactor),
                new LlmExplainer(AiServices.create(ExplainerAi.class, model), gateway, redactor),
                new LlmQuestionAnswerer(AiServices.create(QuestionAi.class, model), gateway, redactor),
                new ScannedBillReader(new PageImageReader(model, gateway, redactor), totalTolerance, vision));
    }
}
