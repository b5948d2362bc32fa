package com.billaudit.llm.classify;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;

import java.util.Optional;

/** Classifies a document with the LLM; empty means "use the rules classifier". */
public final class LlmDocumentClassifier {

    public static final String AGENT = "classifier";
    /** The head of a document says what it is; sending more only costs tokens. */
    private static final int MAX_CHARS = 6000;

    private final DocumentClassifierAi ai;
    private final LlmGateway gateway;
    private final Redactor redactor;

    public LlmDocumentClassifier(DocumentClassifierAi ai, LlmGateway gateway, Redactor redactor) {
        this.ai = ai;
        this.gateway = gateway;
        this.redactor = redactor;
    }

    public Optional<DocumentType> classify(DocumentText document, Deadline deadline) {
        String text = redactor.redact(head(document.text()));
        var call = new LlmCall<>(AGENT, DocumentClassifierAi.PROMPT_VERSION, text, ClassificationAnswer.class,
                () -> ai.classify(text));
        return gateway.ask(call, deadline, LlmDocumentClassifier::typeOf);
    }

    private static DocumentType typeOf(ClassificationAnswer answer) {
        try {
            return DocumentType.fromCode(answer.documentType() == null ? "" : answer.documentType().trim());
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmException.Reason.INVALID_ANSWER, "unknown document type", e);
        }
    }

    private static String head(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
