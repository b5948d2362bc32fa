package com.billaudit.pipeline;

import com.billaudit.audit.ArithmeticRule;
import com.billaudit.audit.Assessment;
import com.billaudit.audit.AuditInput;
import com.billaudit.audit.AuditOutcome;
import com.billaudit.audit.AuditRule;
import com.billaudit.audit.DuplicateRule;
import com.billaudit.audit.NonPayableRules;
import com.billaudit.audit.OcrSpelling;
import com.billaudit.audit.OverchargeRule;
import com.billaudit.audit.ReadingReview;
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
import com.billaudit.domain.PageText;
import com.billaudit.domain.Review;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.Totals;
import com.billaudit.explanation.Explanation;
import com.billaudit.explanation.ExplanationWriter;
import com.billaudit.extraction.DocumentClassifier;
import com.billaudit.extraction.LegibilityReview;
import com.billaudit.extraction.LineItemExtractor;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.TextLimits;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.explain.AuditFacts;
import com.billaudit.llm.extract.Reconciliation;
import com.billaudit.llm.map.ItemMapping;
import com.billaudit.locale.LocaleDetector;
import com.billaudit.locale.LocaleEvidence;
import com.billaudit.locale.LocaleProfile;
import com.billaudit.rulebook.PreparedRulebook;
import com.billaudit.work.Budget;

import java.util.ArrayList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The orchestrator: intake → classification → extraction → (rate audit ∥ duplicates ∥
 * non-payable ∥ arithmetic) → verdict → explanation. Each step is a record in, record out;
 * the four audit agents are independent and run concurrently. Their CPU work runs on the bounded
 * {@link AgentThreads} pool, never on the virtual threads' carriers that HTTP needs; the
 * orchestrator and LLM calls only wait, on virtual threads. Every step has a deadline: an audit
 * agent that fails or times out is cancelled and recorded and the verdict is reached on what the
 * others found; a required step (intake, extraction, verdict) that does so ends the analysis.
 *
 * <p>When an LLM is configured, classification, extraction and explanation ask it first and
 * fall back to their rules when it fails or cannot be trusted (the LLM agents validate every
 * answer against the document); amounts, findings and the verdict are always the rules'.
 */
public final class AnalysisPipeline {
    static final String INTAKE = "intake";
    static final String CLASSIFICATION = "classification";
    static final String EXTRACTION = "extraction";
    static final String PAGE_IMAGES = "page-images";
    static final String RATE_AUDIT = "rate-audit";
    static final String DUPLICATES = "duplicates";
    static final String NON_PAYABLE = "non-payable";
    static final String ARITHMETIC = "arithmetic";
    static final String VERDICT = "verdict";
    static final String EXPLANATION = "explanation";
    /** Every agent the pipeline runs, in order: the known values of an {@code agent_id} label. */
    public static final List<String> AGENT_IDS = List.of(INTAKE, CLASSIFICATION, EXTRACTION, RATE_AUDIT, DUPLICATES,
            NON_PAYABLE, ARITHMETIC, VERDICT, EXPLANATION);

    /** Prepared matchers kept per scheme version and region: preparing one costs ~30 ms on a large tariff. */
    private static final int MATCHER_CACHE = 64;
    /** Longest the reader's own deadline may be overrun before intake is cancelled. */
    private static final Duration INTAKE_GRACE = Duration.ofSeconds(5);

    private final DocumentReader reader;
    private final PipelineSettings settings;
    private final PipelineListener listener;
    private final LocaleDetector locales = new LocaleDetector();
    private final AgentThreads threads;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final LegibilityReview legibility = new LegibilityReview();
    private final LineItemExtractor extractor = new LineItemExtractor();
    private final ExplanationWriter explainer = new ExplanationWriter();
    private final LlmAgents llm;
    private final TariffMatcherCache matchers = new TariffMatcherCache(MATCHER_CACHE);
    private final NonPayableRules nonPayableRules = new NonPayableRules(MATCHER_CACHE);

    /** A rules-only pipeline with a CPU pool of its own. */
    public AnalysisPipeline(DocumentReader reader, PipelineSettings settings, PipelineListener listener) {
        this(reader, settings, listener, null);
    }

    /** @param llm the LLM agents, or null to run in rules mode */
    public AnalysisPipeline(DocumentReader reader, PipelineSettings settings, PipelineListener listener, LlmAgents llm) {
        this(reader, settings, listener, llm, AgentThreads.perCore());
    }

    /**
     * @param llm     the LLM agents, or null to run in rules mode
     * @param threads the CPU pool, owned (and closed) by the caller
     */
    public AnalysisPipeline(DocumentReader reader, PipelineSettings settings, PipelineListener listener, LlmAgents llm,
                            AgentThreads threads) {
        this.reader = reader;
        this.settings = settings;
        this.listener = listener;
        this.llm = llm;
        this.threads = threads;
    }

    /**
     * Runs every agent on the job.
     *
     * @throws com.billaudit.intake.DocumentRejectedException when the document cannot be read at all
     * @throws AgentTimeoutException         when a step the analysis needs did not finish in its time
     * @throws AnalysisInterruptedException  when the calling thread was interrupted (the analysis is unfinished)
     */
    public AnalysisReport run(AnalysisJob job) {
        return run(job, PipelineListener.NONE);
    }

    /**
     * Runs every agent on the job, telling {@code observer} as well as the pipeline's listener
     * (the job's own progress, say).
     *
     * @throws com.billaudit.intake.DocumentRejectedException when the document cannot be read at all
     * @throws AgentTimeoutException         when a step the analysis needs did not finish in its time
     * @throws AnalysisInterruptedException  when the calling thread was interrupted (the analysis is unfinished)
     */
    public AnalysisReport run(AnalysisJob job, PipelineListener observer) {
        PipelineListener listener = this.listener.and(observer);
        ExecutorService waits = Executors.newVirtualThreadPerTaskExecutor();
        try {
            AgentRunner agents = new AgentRunner(threads.executor(), waits, settings, listener);
            DocumentText text = agents.requiredWaiting(INTAKE, settings.intakeBudget().plus(intakeGrace()),
                    () -> TextLimits.bound(reader.read(job.content(), job.mediaType(), settings.intakeBudget())));
            DocumentInfo document = job.document().withText(text);
            // weighed once: classification, extraction and the audit all read the document in its locale
            LocaleEvidence printedIn = agents.onCpu(() -> locales.weigh(text));
            DocumentType type = classify(agents, job, text, printedIn);
            AnalysisReport report;
            if (type.isBill()) {
                Supplier<Bill> rules = once(() -> extractor.extract(text, printedIn, type,
                        Budget.after(settings.extractionTimeout())));
                LlmHeadStart headStart = llm == null ? null
                        : headStart(agents, waits, job, document, text, agents.onCpu(rules));
                Bill bill = withPageImages(agents, extract(agents, job, text, rules), headStart);
                report = reviewed(audit(agents, job, document, text, printedIn, bill, headStart), headStart);
            } else {
                report = notABill(agents, document);
            }
            listener.analysisFinished(report);
            return report;
        } finally {
            // never waits: an agent that was cancelled but ignores it is left behind, not joined
            waits.shutdownNow();
        }
    }

    private Duration intakeGrace() {
        Duration quarter = settings.intakeBudget().dividedBy(4);
        return quarter.compareTo(INTAKE_GRACE) < 0 ? quarter : INTAKE_GRACE;
    }

    /**
     * The rules' classifier decides when it sees a bill of a known kind; a model is asked only when
     * the rules see no bill or cannot tell its kind, and its {@code not_a_bill} alone never skips
     * an audit (the rules must agree).
     */
    private DocumentType classify(AgentRunner agents, AnalysisJob job, DocumentText text, LocaleEvidence printedIn) {
        DocumentType ruled = agents.onCpu(() -> classifier.classify(text, printedIn.locale()));
        boolean decided = ruled.isBill() && ruled != DocumentType.UNKNOWN;
        return agents.attempt(CLASSIFICATION,
                llm == null || decided ? null : () -> llm.classifier().classify(text, llmDeadline(job))
                        .map(said -> said == DocumentType.NOT_A_BILL && ruled != DocumentType.NOT_A_BILL ? ruled : said),
                () -> ruled).orElse(DocumentType.UNKNOWN);
    }

    /** Rules extraction (checking its budget line by line), reconciled with the LLM's rows when an LLM is configured. */
    private Bill extract(AgentRunner agents, AnalysisJob job, DocumentText text, Supplier<Bill> rules) {
        return agents.required(EXTRACTION, settings.extractionTimeout(),
                llm == null ? null : () -> llm.extractor().extract(text, agents.onCpu(rules), llmDeadline(job))
                        .map(Reconciliation::bill),
                rules);
    }

    /**
     * Asks the mapper about the rules' unsure lines, and the explainer about the audit of the rules'
     * reading, now: their round trips overlap the page reading.
     */
    private LlmHeadStart headStart(AgentRunner agents, ExecutorService executor, AnalysisJob job, DocumentInfo document,
                                   DocumentText text, Bill rulesBill) {
        LocalDate billDate = billDate(rulesBill);
        TariffMatcher matcher = matchers.matcher(job.rulebookFor(billDate).rulebook(), job.region(), settings.audit());
        List<PageText> poorlyRead = llm.pageImages().pagesToReread(text, rulesBill);
        return new LlmHeadStart(
                TariffMappingAdvice.ask(executor, llm.mapper(), matcher, rulesBill.items(), billDate, llmDeadline(job)),
                ExplanationInAdvance.ask(executor, llm.explainer(), agents.onCpu(() -> rulesFacts(job, document, rulesBill)),
                        llmDeadline(job)),
                poorlyRead.isEmpty() ? null : PageImageRows.ask(executor, llm.pageImages(), poorlyRead,
                        page -> reader.pageImage(job.content(), job.mediaType(), page), rulesBill, llmDeadline(job)));
    }

    /** The reading reconciled with the rows the model read on the page images, when it was asked to. */
    private Bill withPageImages(AgentRunner agents, Bill bill, LlmHeadStart headStart) {
        if (headStart == null || headStart.pageImages() == null) {
            return bill;
        }
        return agents.attempt(PAGE_IMAGES,
                () -> headStart.pageImages().await().map(reading -> llm.pageImages().merge(bill, reading)),
                () -> bill).orElse(bill);
    }

    /** A reading from page images with figures nothing confirmed needs a person's look. */
    private static AnalysisReport reviewed(AnalysisReport report, LlmHeadStart headStart) {
        long unconfirmed = report.lineItems().stream().filter(LineItem::uncertain).count();
        if (headStart == null || headStart.pageImages() == null || unconfirmed == 0) {
            return report;
        }
        return report.withReview(report.review().with(unconfirmed + " line(s) read from page images have figures "
                + "that neither OCR nor the bill's own totals confirm"));
    }

    /** The audit of {@code bill} by the rules alone, as the explainer reads it. */
    private AuditFacts rulesFacts(AnalysisJob job, DocumentInfo document, Bill bill) {
        PreparedRulebook rulebook = job.rulebookFor(billDate(bill));
        AuditInput input = new AuditInput(bill.items(), bill.stated(), bill.bills(), rulebook.rulebook(), settings.audit());
        RateAudit rates = rateAudit(input, job.region(), bill.billDate());
        List<Finding> findings = new ArrayList<>(rates.findings());
        findings.addAll(new DuplicateRule().apply(input));
        findings.addAll(nonPayableRules.rule(input.rulebook()).apply(input));
        findings.addAll(apply(input, new ArithmeticRule(), new TotalMismatchRule()));
        List<LineItem> items = mended(document, rates.items(), rulebook);
        AuditOutcome outcome = Assessment.assess(items, bill.stated(), bill.bills(), findings, settings.audit(), scanned(document));
        return new AuditFacts(bill.withItems(items), outcome.findings(), outcome.totals(), outcome.verdict());
    }

    /** A scanned line's OCR slips are mended to its matched row's spelling; a text layer stays as printed. */
    private static List<LineItem> mended(DocumentInfo document, List<LineItem> items, PreparedRulebook rulebook) {
        return scanned(document) ? OcrSpelling.mendAll(items, rulebook.rulebook()) : items;
    }

    /** Some page was read by OCR, so a figure may be misread without being marked. */
    private static boolean scanned(DocumentInfo document) {
        return document.textSource() == TextSource.OCR || document.textSource() == TextSource.MIXED;
    }

    /**
     * The LLM path reconciles against the rules' bill, and the fallback reuses it rather than
     * parse twice (the two run on different threads, one after the other).
     */
    private static <T> Supplier<T> once(Supplier<T> work) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = work.get();
                }
                return value;
            }
        };
    }

    /** An agent's LLM path may take up to the LLM timeout; then its rules take over. */
    private Deadline llmDeadline(AnalysisJob job) {
        return Deadline.after(settings.llmTimeout(), job.document().sha256());
    }

    /** @param headStart what the model was asked about the rules' reading, or null in rules mode */
    private AnalysisReport audit(AgentRunner agents, AnalysisJob job, DocumentInfo document, DocumentText text,
                                 LocaleEvidence printedIn, Bill read, LlmHeadStart headStart) {
        LocalDate billDate = billDate(read);
        PreparedRulebook rulebook = job.rulebookFor(billDate);
        Bill bill = withReading(read, text, printedIn.locale(rulebook.rulebook().scheme().currency()),
                confirmedFromImages(read, headStart));
        List<LineItem> extracted = bill.items();
        AuditInput input = new AuditInput(extracted, bill.stated(), bill.bills(), rulebook.rulebook(), settings.audit());
        var rateAudit = agents.start(RATE_AUDIT,
                headStart == null ? null
                        : () -> rateAuditWithLlm(agents, input, job.region(), bill.billDate(), headStart.mapping()),
                () -> rateAudit(input, job.region(), bill.billDate()));
        var duplicates = agents.start(DUPLICATES, () -> new DuplicateRule().apply(input));
        var nonPayable = agents.start(NON_PAYABLE, () -> nonPayableRules.rule(input.rulebook()).apply(input));
        var arithmetic = agents.start(ARITHMETIC, () -> apply(input, new ArithmeticRule(), new TotalMismatchRule()));

        RateAudit rates = agents.await(rateAudit).orElse(new RateAudit(extracted, List.of()));
        List<Finding> findings = new ArrayList<>(rates.findings());
        agents.await(duplicates).ifPresent(findings::addAll);
        agents.await(nonPayable).ifPresent(findings::addAll);
        agents.await(arithmetic).ifPresent(findings::addAll);

        boolean scanned = scanned(document);
        List<LineItem> items = mended(document, rates.items(), rulebook);
        AuditOutcome outcome = agents.required(VERDICT, settings.agentTimeout(),
                () -> Assessment.assess(items, bill.stated(), bill.bills(), findings, settings.audit(), scanned(document)));
        Bill audited = bill.withItems(items);
        Review review = ReadingReview.of(bill.review(), items, outcome.findings(), scanned);
        Explanation explanation = agents.attempt(EXPLANATION,
                        headStart == null ? null : () -> llmExplanation(audited, outcome, headStart.explanation(), job),
                        () -> explainer.write(bill.type(), items, outcome.findings(), outcome.totals(), outcome.verdict()))
                .orElse(Explanation.NONE).withReview(review);
        double confidence = ReadingReview.confidence(
                agents.anyFailed() ? outcome.confidence() * 0.5 : outcome.confidence(), review, items, outcome.findings());
        String currency = bill.currency() != null ? bill.currency() : rulebook.rulebook().scheme().currency();
        return new AnalysisReport(document, bill.type(), outcome.verdict(), confidence, outcome.totals(), items,
                outcome.findings(), explanation.markdown(), explanation.recommendations(), agents.runs(),
                rulebook.usedOn(billDate), outcome.bills(), currency, bill.locale(), review);
    }

    /**
     * The bill with the locale its figures were read in (the document's evidence, the scheme's
     * currency settling weak evidence) and the pages a person should check because the OCR
     * engine could not read them.
     */
    private Bill withReading(Bill bill, DocumentText text, LocaleProfile locale, java.util.Set<Integer> readOtherwise) {
        return bill.withReading(locale.currency(), locale.tag(), legibility.review(text, locale, readOtherwise));
    }

    /**
     * Pages the model read from their images where every row's figures were confirmed (by OCR
     * digits or the bill's own totals): what the OCR engine could not read there has been read.
     */
    private static java.util.Set<Integer> confirmedFromImages(Bill bill, LlmHeadStart headStart) {
        if (headStart == null || headStart.pageImages() == null) {
            return java.util.Set.of();
        }
        java.util.Set<Integer> confirmed = new java.util.TreeSet<>();
        headStart.pageImages().await().ifPresent(reading -> reading.rows().forEach(row -> confirmed.add(row.page())));
        bill.items().stream().filter(LineItem::uncertain).forEach(item -> confirmed.remove(item.page()));
        return confirmed;
    }

    /** The date that decides which reference versions apply: the bill's own, else its latest line's, else today. */
    private static LocalDate billDate(Bill bill) {
        if (bill.billDate() != null) {
            return bill.billDate();
        }
        return bill.items().stream().map(LineItem::date).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    /** The explanation asked in advance when it explains these facts, else one asked now. */
    private Optional<Explanation> llmExplanation(Bill bill, AuditOutcome outcome, ExplanationInAdvance inAdvance,
                                                 AnalysisJob job) {
        AuditFacts facts = new AuditFacts(bill, outcome.findings(), outcome.totals(), outcome.verdict());
        var answered = inAdvance.explains(facts) ? inAdvance.await() : llm.explainer().explain(facts, llmDeadline(job));
        return answered.map(answer -> new Explanation(
                answer.disputeLetter() == null || answer.disputeLetter().isBlank()
                        ? answer.markdown()
                        : answer.markdown() + "\n\n## Letter to the hospital\n\n" + answer.disputeLetter(),
                answer.recommendations()));
    }

    /** Matches every line to the tariff, then judges the rates of the confident matches. */
    private RateAudit rateAudit(AuditInput input, String region, LocalDate billDate) {
        TariffMatcher matcher = matchers.matcher(input.rulebook(), region, input.settings());
        List<LineItem> matched = matcher.matchAll(input.items(), billDate);
        AuditInput withMatches = input.withItems(matched);
        return new RateAudit(matched, apply(withMatches, new OverchargeRule(), new UnmatchedRule()));
    }

    /**
     * The rules' rate audit, after the LLM has chosen among the closest tariff rows for the lines
     * the rules could not match confidently. It can only pick a row the rules shortlisted; the
     * rate, the comparison and the amount stay the rules'. Empty when the LLM did not answer (the
     * rules' audit then stands, recorded as degraded).
     */
    private Optional<RateAudit> rateAuditWithLlm(AgentRunner agents, AuditInput input, String region,
                                                 LocalDate printedBillDate, TariffMappingAdvice mapping) {
        Optional<Map<String, ItemMapping>> answers = mapping.await();
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        TariffMatcher matcher = matchers.matcher(input.rulebook(), region, input.settings());
        List<LineItem> resolved = agents.onCpu(() -> matcher.matchAll(input.items(), printedBillDate)).stream()
                .map(item -> item.match() != null ? item : mapped(item, answers.get(), input))
                .toList();
        AuditInput withMatches = input.withItems(resolved);
        return Optional.of(new RateAudit(resolved, apply(withMatches, new OverchargeRule(), new UnmatchedRule())));
    }

    private static LineItem mapped(LineItem item, Map<String, ItemMapping> answers, AuditInput input) {
        ItemMapping mapping = answers.get(item.description());
        return mapping != null && mapping.matched() ? confirmed(item, mapping.tariffRow(), input) : item;
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
