package com.billaudit.rulebook;

import com.billaudit.audit.AuditSettings;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.ScriptedReader;
import com.billaudit.pipeline.AnalysisJob;
import com.billaudit.pipeline.AnalysisPipeline;
import com.billaudit.pipeline.PipelineListener;
import com.billaudit.pipeline.PipelineSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline asks for the rulebook of the bill's date, audits against it and records which it used. */
class RulebookByDateTest {
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    private static final String BILL = """
            CITY CARE HOSPITAL
            Date        Description                          Qty      Rate      Amount
            12/03/2025  Consultation - General Physician       1    350.00      350.00
                                                           Total              350.00
            """;
    private static final PipelineSettings SETTINGS =
            new PipelineSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), AuditSettings.defaults());

    private final PreparedRulebook beforeApril = PreparedRulebook.of(rulebook(1, "300.00"), LocalDate.of(2025, 1, 1), null);
    private final PreparedRulebook fromApril = PreparedRulebook.of(rulebook(2, "350.00"), APRIL, null);
    private final List<LocalDate> asked = new ArrayList<>();

    @Test
    void aBillIsAuditedAgainstTheVersionInForceOnItsDate() {
        RulebookSource byDate = date -> {
            asked.add(date);
            return date.isBefore(APRIL) ? beforeApril : fromApril;
        };

        AnalysisReport report = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE)
                .run(new AnalysisJob(BILL.getBytes(), "text/plain", document(), null, null, byDate));

        assertEquals(List.of(LocalDate.of(2025, 3, 12)), asked);
        assertEquals(new RulebookUsed(1, LocalDate.of(2025, 1, 1), 0, null, LocalDate.of(2025, 3, 12)),
                report.rulebook());
        assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.OVERCHARGE
                && f.amount().compareTo(Money.of("50.00")) == 0), report.findings().toString());
    }

    @Test
    void aJobGivenOneRulebookRecordsItsVersions() {
        AnalysisReport report = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE)
                .run(new AnalysisJob(BILL.getBytes(), "text/plain", document(), rulebook(7, "350.00"), null));

        assertEquals(7, report.rulebook().tariffVersion());
        assertTrue(report.findings().stream().noneMatch(f -> f.type() == FindingType.OVERCHARGE));
    }

    @Test
    void aNewHeaderKeepsTheListsAndTheirDates() {
        PreparedRulebook renamed = fromApril.withScheme(new Scheme("T", "Renamed", "INR", new BigDecimal("0.20")));

        assertSame(fromApril.rulebook().tariff(), renamed.rulebook().tariff());
        assertEquals(new BigDecimal("0.20"), renamed.rulebook().scheme().overchargeTolerance());
        assertEquals(APRIL, renamed.usedOn(APRIL).effectiveFrom());
        assertSame(fromApril, fromApril.withScheme(fromApril.rulebook().scheme()));
    }

    private static Rulebook rulebook(int version, String consultationRate) {
        return new Rulebook(new Scheme("T", "Test", "INR", new BigDecimal("0.10")), version,
                List.of(new TariffRow("C001", "Consultation - General Physician", Money.of(consultationRate),
                        "per visit", Category.CONSULTATION, List.of(), null, null)),
                0, List.of());
    }

    private static DocumentInfo document() {
        return new DocumentInfo("bill.txt", "text/plain", BILL.length(), "00", null, null, null);
    }

    private static DocumentReader reader() {
        List<TextLine> lines = BILL.lines().map(TextLine::exact).toList();
        return ScriptedReader.returning(new DocumentText(List.of(new PageText(1, lines, TextSource.TEXT, null))));
    }
}
