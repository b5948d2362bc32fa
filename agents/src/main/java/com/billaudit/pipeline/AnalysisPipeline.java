package com.billaudit.pipeline;

import com.billaudit.audit.ArithmeticRule;
import com.billaudit.audit.Assessment;
import com.billaudit.audit.AuditInput;
import com.billaudit.audit.AuditOutcome;
import com.billaudit.audit.AuditRule;
import com.billaudit.audit.DuplicateRule;
import com.billaudit.audit.NonPayableRule;
import com.billaudit.audit.OcrSpelling;
import com.billaudit.audit.OverchargeRule;
import com.billaudit.audit.TariffMatcher;
import com.billaudit.audit.TariffMatcherCache;
import com.billaudit.audit.TotalMismatchRule;
import com.billaudit.audit.UnmatchedRule;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.TextSource;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.Totals;
import com.billaudit.explanation.Explanation;
import com.billaudit.explanation.ExplanationWriter;
import com.billaudit.extraction.DocumentClassifier;
import com.billaudit.extraction.LineItemExtractor;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.TextLimits;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.explain.AuditFacts;
import com.billaudit.llm.extract.Reconciliation;
import com.billaudit.llm.map.ItemMapping;
import com.billaudit.rulebook.PreparedRulebook;

import java.util.ArrayList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The orchestrator: intake → classification → extraction → (rate audit ∥ duplicates ∥
 * non-payable ∥ arithmetic) → verdict → explanation. Each step is a record in, record out;
 * the four audit agents are independent and run concurrently on virtual threads. An audit agent
 * that fails or times out is recorded and the verdict is reached on what the others found.
 *
 * <p>When an LLM is configured, classification, extraction and explanation ask it first and
 * fall back to their rules when it fails or cannot be trusted (the LLM agents validate every
 * answer against the document); amounts, findings and the verdict are always the rules'.
 */
public final class AnalysisPipeline {
    static final String INTAKE = "intake";
    static final String CLASSIFICATION = "classification";
    static final String EXTRACTION = "extraction";
    static final String RATE_AUDIT = "rate-audit";
    static final String DUPLICATES = "duplicates";
    static final String NON_PAYABLE = "non-payable";
    static final String ARITHMETIC = "arithmetic";
    static final String VERDICT = "verdict";
    static final String EXPLANATION = "explanation";

    /** Rows offered to the LLM mapper, and how alike they must be to be worth offering. */
    private static final int SHORTLIST = 5;
    private static final double SHORTLIST_FLOOR = 0.45;

    /** Prepared matchers kept per scheme version and region: preparing one costs ~30 ms on a large tariff. */
    private static final int MATCHER_CACHE = 64;

    private final DocumentReader reader;
    private final PipelineSettings settings;
    private final PipelineListener listener;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final LineItemExtractor extractor = new LineItemExtractor();
    private final ExplanationWriter explainer = new ExplanationWriter();
    private final LlmAgents llm;
    private final TariffMatcherCache matchers = new TariffMatcherCache(MATCHER_CACHE);

    /** A rules-only pipeline. */
    public AnalysisPipeline(DocumentReader reader, PipelineSettings settings, PipelineListener listener) {
        this(reader, settings, listener, null);
    }

    /** @param llm the LLM agents, or null to run in rules mode */
    public AnalysisPipeline(DocumentReader reader, PipelineSettings settings, PipelineListener listener, LlmAgents llm) {
        this.reader = reader;
        this.settings = settings;
        this.listener = listener;
        this.llm = llm;
    }

    /**
     * Runs every agent on the job.
     *
     * @throws com.billaudit.intake.DocumentRejectedException when the document cannot be read at all
     */
    public AnalysisReport run(AnalysisJob job) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            AgentRunner agents = new AgentRunner(executor, settings, listener);
            DocumentText text = agents.required(INTAKE,
                    () -> TextLimits.bound(reader.read(job.content(), job.mediaType(), settings.intakeBudget())));
            DocumentInfo document = job.document().withText(text);
            DocumentType type = agents.attempt(CLASSIFICATION,
                    llm == null ? null : () -> llm.classifier().classify(text, llmDeadline()),
                    () -> classifier.classify(text)).orElse(DocumentType.UNKNOWN);
            AnalysisReport report = type.isBill()
                    ? audit(agents, job, document, extract(agents, text, type))
                    : notABill(agents, document);
            listener.analysisFinished(report);
            return report;
        }
    }

    /** Rules extraction, reconciled with the LLM's rows when an LLM is configured. */
    private Bill extract(AgentRunner agents, DocumentText text, DocumentType type) {
        Supplier<Bill> rules = once(() -> extractor.extract(text, type));
        return agents.required(EXTRACTION,
                llm == null ? null : () -> llm.extractor().extract(text, rules.get(), llmDeadline()).map(Reconciliation::bill),
                rules);
    }

    /** The LLM path reconciles against the rules' bill, and the fallback reuses it rather than parse twice. */
    private static <T> Supplier<T> once(Supplier<T> work) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = work.get();
                }
                return value;
            }
        };
    }

    /** LLM calls must end early enough for the rules to take over within the agent's timeout. */
    private Deadline llmDeadline() {
        Duration timeout = settings.agentTimeout();
        Duration margin = timeout.dividedBy(4).compareTo(Duration.ofSeconds(5)) < 0 ? timeout.dividedBy(4) : Duration.ofSeconds(5);
        return Deadline.after(timeout.minus(margin));
    }

    private AnalysisReport audit(AgentRunner agents, AnalysisJob job, DocumentInfo document, Bill bill) {
        List<LineItem> extracted = bill.items();
        LocalDate billDate = billDate(bill);
        PreparedRulebook rulebook = job.rulebookFor(billDate);
        AuditInput input = new AuditInput(extracted, bill.stated(), rulebook.rulebook(), settings.audit());
        var rateAudit = agents.start(RATE_AUDIT,
                llm == null ? null : () -> rateAuditWithLlm(input, job.region(), bill.billDate()),
                () -> rateAudit(input, job.region(), bill.billDate()));
        var duplicates = agents.start(DUPLICATES, () -> new DuplicateRule().apply(input));
        var nonPayable = agents.start(NON_PAYABLE, () -> new NonPayableRule().apply(input));
        var arithmetic = agents.start(ARITHMETIC, () -> apply(input, new ArithmeticRule(), new TotalMismatchRule()));

        RateAudit rates = agents.await(rateAudit).orElse(new RateAudit(extracted, List.of()));
        List<Finding> findings = new ArrayList<>(rates.findings());
        agents.await(duplicates).ifPresent(findings::addAll);
        agents.await(nonPayable).ifPresent(findings::addAll);
        agents.await(arithmetic).ifPresent(findings::addAll);

        List<LineItem> items = document.textSource() == TextSource.OCR || document.textSource() == TextSource.MIXED
                ? OcrSpelling.mendAll(rates.items(), rulebook.rulebook()) : rates.items();
        AuditOutcome outcome = agents.required(VERDICT,
                () -> Assessment.assess(items, bill.stated(), findings, settings.audit()));
        Bill audited = new Bill(bill.type(), bill.billDate(), items, bill.stated());
        Explanation explanation = agents.attempt(EXPLANATION,
                        llm == null ? null : () -> llmExplanation(audited, outcome),
                        () -> explainer.write(bill.type(), items, outcome.findings(), outcome.totals(), outcome.verdict()))
                .orElse(Explanation.NONE);
        double confidence = agents.anyFailed() ? outcome.confidence() * 0.5 : outcome.confidence();
        return new AnalysisReport(document, bill.type(), outcome.verdict(), confidence, outcome.totals(), items,
                outcome.findings(), explanation.markdown(), explanation.recommendations(), agents.runs(),
                rulebook.usedOn(billDate));
    }

    /** The date that decides which reference versions apply: the bill's own, else its latest line's, else today. */
    private static LocalDate billDate(Bill bill) {
        if (bill.billDate() != null) {
            return bill.billDate();
        }
        return bill.items().stream().map(LineItem::date).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    private Optional<Explanation> llmExplanation(Bill bill, AuditOutcome outcome) {
        AuditFacts facts = new AuditFacts(bill, outcome.findings(), outcome.totals(), outcome.verdict());
        return llm.explainer().explain(facts, llmDeadline()).map(answer -> new Explanation(
                answer.disputeLetter() == null || answer.disputeLetter().isBlank()
                        ? answer.markdown()
                        : answer.markdown() + "\n\n## Letter to the hospital\n\n" + answer.disputeLetter(),
                answer.recommendations()));
    }

    /** Matches every line to the tariff, then judges the rates of the confident matches. */
    private RateAudit rateAudit(AuditInput input, String region, LocalDate billDate) {
        TariffMatcher matcher = matchers.matcher(input.rulebook(), region, input.settings());
        List<LineItem> matched = matcher.matchAll(input.items(), billDate);
        AuditInput withMatches = new AuditInput(matched, input.stated(), input.rulebook(), input.settings());
        return new RateAudit(matched, apply(withMatches, new OverchargeRule(), new UnmatchedRule()));
    }

    /**
     * The rules' rate audit, after the LLM has chosen among the closest tariff rows for each line
     * the rules could not match confidently. It can only pick a row the rules shortlisted; the
     * rate, the comparison and the amount stay the rules'. Empty when the LLM answered none of
     * the questions (the rules' audit then stands, recorded as degraded).
     */
    private Optional<RateAudit> rateAuditWithLlm(AuditInput input, String region, LocalDate printedBillDate) {
        TariffMatcher matcher = matchers.matcher(input.rulebook(), region, input.settings());
        List<LineItem> matched = matcher.matchAll(input.items(), printedBillDate);
        LocalDate billDate = printedBillDate != null ? printedBillDate
                : matched.stream().map(LineItem::date).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(LocalDate.now(ZoneOffset.UTC));
        Deadline deadline = llmDeadline();
        List<LineItem> resolved = new ArrayList<>();
        int asked = 0;
        int answered = 0;
        for (LineItem item : matched) {
            List<TariffRow> shortlist = item.match() != null ? List.of()
                    : matcher.shortlist(item.description(), item.date() != null ? item.date() : billDate, SHORTLIST)
                    .stream().filter(c -> c.similarity() >= SHORTLIST_FLOOR).map(TariffMatcher.Candidate::row).toList();
            if (shortlist.isEmpty()) {
                resolved.add(item);
                continue;
            }
            asked++;
            Optional<ItemMapping> mapping = llm.mapper().map(item, shortlist, deadline);
            answered += mapping.isPresent() ? 1 : 0;
            resolved.add(mapping.filter(ItemMapping::matched)
                    .map(m -> confirmed(item, m.tariffRow(), input))
                    .orElse(item));
        }
        if (asked > 0 && answered == 0) {
            return Optional.empty();
        }
        AuditInput withMatches = new AuditInput(resolved, input.stated(), input.rulebook(), input.settings());
        return Optional.of(new RateAudit(resolved, apply(withMatches, new OverchargeRule(), new UnmatchedRule())));
    }

    /** A row the LLM confirmed counts as matched at the trust threshold: trusted, but no more than that. */
    private static LineItem confirmed(LineItem item, TariffRow row, AuditInput input) {
        String scheme = input.rulebook().scheme().code();
        TariffMatch match = new TariffMatch(scheme, row.code(), row.name(), row.rate(), row.unit(),
                input.settings().matchThreshold());
        return item.withMatch(match).withCategory(row.category());
    }

    private static List<Finding> apply(AuditInput input, AuditRule... rules) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.apply(input));
        }
        return findings;
    }

    private static AnalysisReport notABill(AgentRunner agents, DocumentInfo document) {
        for (String agent : List.of(EXTRACTION, RATE_AUDIT, DUPLICATES, NON_PAYABLE, ARITHMETIC, VERDICT, EXPLANATION)) {
            agents.skipped(agent);
        }
        String explanation = "This document is not a bill: it carries no charges to audit.";
        return new AnalysisReport(document, DocumentType.NOT_A_BILL, null, 1.0, Totals.EMPTY, List.of(), List.of(),
                explanation, List.of(), agents.runs());
    }

    private record RateAudit(List<LineItem> items, List<Finding> findings) {
    }
}
