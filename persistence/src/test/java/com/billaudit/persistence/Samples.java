package com.billaudit.persistence;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.BillTotals;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Review;
import com.billaudit.domain.Severity;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TextSource;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import com.billaudit.persistence.analysis.NewAnalysis;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Made-up uploads and reports for the persistence tests. */
public final class Samples {
    private Samples() {
    }

    public static DocumentInfo document(String fileName) {
        return new DocumentInfo(fileName, "text/plain", 11, "ab".repeat(32), null, null, null);
    }

    public static NewAnalysis upload(String owner, String idempotencyKey) {
        return new NewAnalysis(owner, "ref-1", "TEST", "DL", "INR", idempotencyKey, document("bill.txt"),
                "hello world".getBytes(StandardCharsets.UTF_8));
    }

    /** A report that uses every field: nulls, dates, fractional quantities, evidence of several kinds. */
    public static AnalysisReport report(Verdict verdict, String billed, String recoverable) {
        DocumentInfo read = new DocumentInfo("bill.txt", "text/plain", 11, "ab".repeat(32), 2, TextSource.MIXED, 0.875);
        TariffMatch match = new TariffMatch("TEST", "T-100", "Widget test", Money.of("120.00"), "per test", 0.93);
        LineItem matched = new LineItem(1, "Widget test", LocalDate.of(2025, 3, 4), new BigDecimal("1.5"),
                Money.of("200.00"), Money.of("300.00"), Category.INVESTIGATION, 1, 0.97, match);
        LineItem unmatched = new LineItem(2, "Sundries", null, BigDecimal.ONE, Money.of("10.50"), Money.of("10.50"),
                Category.OTHER, 2, 0.6, null);
        Finding overcharge = new Finding(FindingType.OVERCHARGE, Severity.CRITICAL, List.of(1), Money.of(recoverable),
                "Billed above the reference rate", "rate.overcharge", 0.9,
                Map.of("rate", Money.of("120.00"), "unitPrice", Money.of("200.00"), "lines", List.of(1),
                        "note", "per test", "count", 2));
        Totals totals = new Totals(Money.of(billed), Money.ZERO, Money.of("1.25"), null, Money.of(recoverable),
                Money.of("37.04"));
        return new AnalysisReport(read, DocumentType.HOSPITAL_BILL, verdict, 0.82, totals, List.of(matched, unmatched),
                List.of(overcharge), "**Overcharged**", List.of("Ask for a refund"),
                List.of(new AgentRun("extraction", AgentRun.Status.OK, AgentRun.Mode.RULES, 12),
                        new AgentRun("explanation", AgentRun.Status.DEGRADED, AgentRun.Mode.LLM, 1500)));
    }

    /** A report of an upload holding two bills, with every contract 1.1 field set. */
    public static AnalysisReport multiBillReport() {
        AnalysisReport one = report(Verdict.WARNING, "310.50", "10.50");
        LineItem first = one.lineItems().getFirst().placed("LAB-7", "PATHOLOGY", 1);
        LineItem second = one.lineItems().get(1).placed(null, "Pharmacy", 2).withUncertain(true);
        Finding unconfirmed = one.findings().getFirst().notCounted(Finding.UNCONFIRMED, 0.45);
        List<BillTotals> bills = List.of(
                new BillTotals(1, List.of(1), "H-19", LocalDate.of(2025, 3, 4), "City Hospital", Money.of("300.00"),
                        Money.ZERO, Money.ZERO, false, Money.of("0.40"), Money.of("300.40")),
                new BillTotals(2, List.of(2), null, null, null, Money.of("10.50"), Money.ZERO, Money.of("0.50"), true,
                        Money.ZERO, null));
        return new AnalysisReport(one.document(), one.documentType(), Verdict.OK, 0.4, one.totals(),
                List.of(first, second), List.of(unconfirmed), one.explanation(), one.recommendations(), one.agents(),
                null, bills, "INR", "en-IN", new Review(List.of("1 of 2 lines could not be read")));
    }
}
