package com.billaudit.server.metrics;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTest {
    private final Metrics metrics = new Metrics();

    @Test
    void eachAgentThatRanCountsOnceWithTheVerdict() {
        metrics.analysisFinished(report(Verdict.CRITICAL, run("extract", AgentRun.Status.OK),
                run("rate-audit", AgentRun.Status.DEGRADED), run("explain", AgentRun.Status.SKIPPED)));

        assertEquals(1.0, sample("medical_analysis_total", "critical", "extract"));
        assertEquals(1.0, sample("medical_analysis_total", "critical", "rate-audit"));
        assertEquals(null, metrics.registry().getSampleValue("medical_analysis_total",
                new String[] {"verdict", "agent_id"}, new String[] {"critical", "explain"}));
    }

    @Test
    void nonBillsAndFailuresCountUnderVerdictNone() {
        metrics.analysisFinished(report(null, run("classify", AgentRun.Status.OK)));
        metrics.analysisFailed();

        assertEquals(1.0, sample("medical_analysis_total", "none", "classify"));
        assertEquals(1.0, sample("medical_analysis_total", "none", Metrics.FAILED_AGENT));
    }

    @Test
    void activeAgentsRiseAndFallAndDurationsAreObserved() {
        metrics.agentStarted("extract");
        assertEquals(1.0, metrics.registry().getSampleValue("active_agents"));
        metrics.agentFinished(run("extract", AgentRun.Status.OK));

        assertEquals(0.0, metrics.registry().getSampleValue("active_agents"));
        assertEquals(1.0, metrics.registry().getSampleValue("medical_analysis_duration_seconds_count",
                new String[] {"agent_id"}, new String[] {"extract"}));
    }

    @Test
    void ocrPagesAreCountedBySourceAndOnlyOcrIsTimed() {
        metrics.pageRead("pdf-text", 0.05, null);
        metrics.pageRead("ocr", 1.2, 0.87);

        assertEquals(1.0, metrics.registry().getSampleValue("ocr_pages_total", new String[] {"source"}, new String[] {"ocr"}));
        assertEquals(1.0, metrics.registry().getSampleValue("ocr_page_seconds_count"));
        assertEquals(0.87, metrics.registry().getSampleValue("ocr_confidence_sum"), 1e-9);
    }

    private double sample(String name, String verdict, String agent) {
        return metrics.registry().getSampleValue(name, new String[] {"verdict", "agent_id"}, new String[] {verdict, agent});
    }

    private static AgentRun run(String name, AgentRun.Status status) {
        return new AgentRun(name, status, AgentRun.Mode.RULES, 40);
    }

    private static AnalysisReport report(Verdict verdict, AgentRun... runs) {
        return new AnalysisReport(new DocumentInfo("x.txt", "text/plain", 1, "00", 1, null, null),
                verdict == null ? DocumentType.NOT_A_BILL : DocumentType.HOSPITAL_BILL, verdict, 0.9, Totals.EMPTY,
                List.of(), List.of(), "", List.of(), List.of(runs));
    }
}
