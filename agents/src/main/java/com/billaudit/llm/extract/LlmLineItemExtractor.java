package com.billaudit.llm.extract;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.StatedTotals;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts rows with the LLM page by page (pages in parallel), drops rows the page does not
 * support, and reconciles the rest with the rules' bill. Empty when any page's call fails:
 * the rules' bill then stands alone.
 */
public final class LlmLineItemExtractor {

    public static final String AGENT = "extractor";

    private final LineItemExtractorAi ai;
    private final LlmGateway gateway;
    private final GroundingValidator grounding;
    private final Reconciler reconciler;
    private final Redactor redactor;

    public LlmLineItemExtractor(LineItemExtractorAi ai, LlmGateway gateway, GroundingValidator grounding,
                                Reconciler reconciler, Redactor redactor) {
        this.ai = ai;
        this.gateway = gateway;
        this.grounding = grounding;
        this.reconciler = reconciler;
        this.redactor = redactor;
    }

    public Optional<Reconciliation> extract(DocumentText document, Bill rulesBill, Deadline deadline) {
        try {
            List<PageRows> pages = readPages(document, deadline);
            List<LineItem> kept = new ArrayList<>();
            StatedTotals stated = StatedTotals.NONE;
            int dropped = 0;
            for (PageRows page : pages) {
                kept.addAll(page.kept());
                dropped += page.dropped();
                stated = SummaryReader.later(stated, page.summary());
            }
            if (dropped > 0) {
                gateway.listener().groundingRejected(AGENT, dropped);
            }
            return Optional.of(reconciler.reconcile(rulesBill, kept, stated, dropped));
        } catch (LlmException e) {
            return Optional.empty();
        }
    }

    private List<PageRows> readPages(DocumentText document, Deadline deadline) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PageRows>> pending = new ArrayList<>();
            for (PageText page : document.pages()) {
                if (!page.text().isBlank()) {
                    pending.add(pool.submit(() -> readPage(page, deadline)));
                }
            }
            List<PageRows> pages = new ArrayList<>();
            for (Future<PageRows> page : pending) {
                pages.add(await(page));
            }
            return pages;
        }
    }

    /** The model reads the redacted page, so its rows are grounded in what it was sent. */
    private PageRows readPage(PageText printed, Deadline deadline) {
        PageText page = redactor.redact(printed);
        String text = page.text();
        var call = new LlmCall<>(AGENT, LineItemExtractorAi.PROMPT_VERSION, page.number() + "\n" + text,
                PageExtraction.class, () -> ai.extract(page.number(), text));
        PageExtraction answer = gateway.call(call, deadline);
        List<LineItem> candidates = new ArrayList<>();
        List<ExtractedRow> rows = answer.rows() == null ? List.of() : answer.rows();
        rows.forEach(row -> RowReader.read(row, page.number()).ifPresent(candidates::add));
        GroundingResult result = grounding.ground(candidates, page);
        int unreadable = rows.size() - candidates.size();
        return new PageRows(result.kept().stream().map(RowReader::withUnitPrice).toList(),
                result.dropped() + unreadable, SummaryReader.read(answer.summary(), new PageEvidence(page)));
    }

    private static PageRows await(Future<PageRows> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LlmException llm) {
                throw llm;
            }
            throw new IllegalStateException("page extraction failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Reason.INTERRUPTED, AGENT + ": interrupted", e);
        }
    }
}
