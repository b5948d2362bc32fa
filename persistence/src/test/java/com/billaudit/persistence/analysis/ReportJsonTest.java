package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import com.billaudit.persistence.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportJsonTest {

    @Test
    void aReportReadsBackEqualWithMoneyKeepingItsScale() {
        AnalysisReport report = Samples.report(Verdict.WARNING, "1200.50", "80.00");

        AnalysisReport back = ReportJson.read(ReportJson.write(report));

        assertEquals(report, back);
        assertEquals(new BigDecimal("80.00"), back.findings().getFirst().amount());
        assertEquals(new BigDecimal("120.00"), back.findings().getFirst().evidence().get("rate"));
    }

    @Test
    void moneyIsWrittenAsJsonNumbers() {
        String json = ReportJson.write(Samples.report(Verdict.WARNING, "1200.50", "80.00"));

        assertTrue(json.contains("\"lineItems\":1200.50"), json);
        assertTrue(json.contains("\"date\":\"2025-03-04\""), json);
    }

    @Test
    void aDocumentThatIsNotABillHasNoVerdictAndStillRoundTrips() {
        AnalysisReport full = Samples.report(Verdict.OK, "0.00", "0.00");
        AnalysisReport notABill = new AnalysisReport(full.document(), DocumentType.NOT_A_BILL, null, 0.9, Totals.EMPTY,
                List.of(), List.of(), null, List.of(), full.agents());

        assertEquals(notABill, ReportJson.read(ReportJson.write(notABill)));
    }

    /** The stored report keeps the time a ledger printed beside a row's date, for the audit's own use. */
    @Test
    void aRowsPrintedTimeRoundTrips() {
        AnalysisReport full = Samples.report(Verdict.WARNING, "1200.50", "80.00");
        AnalysisReport timed = new AnalysisReport(full.document(), full.documentType(), full.verdict(), full.confidence(),
                full.totals(), List.of(full.lineItems().getFirst().withTime(LocalTime.of(19, 39))), full.findings(),
                full.explanation(), full.recommendations(), full.agents());

        AnalysisReport back = ReportJson.read(ReportJson.write(timed));

        assertEquals(timed, back);
        assertEquals(LocalTime.of(19, 39), back.lineItems().getFirst().time());
    }

    /**
     * The stored report keeps whether a row's date was inferred rather than read; a report stored before rows said so
     * reads back with its dates as read.
     */
    @Test
    void whetherARowsDateWasInferredRoundTripsAndDefaultsToRead() {
        AnalysisReport full = Samples.report(Verdict.WARNING, "1200.50", "80.00");
        AnalysisReport inferred = new AnalysisReport(full.document(), full.documentType(), full.verdict(), full.confidence(),
                full.totals(), List.of(full.lineItems().getFirst().withDateInferred(true)), full.findings(),
                full.explanation(), full.recommendations(), full.agents());

        String json = ReportJson.write(inferred);
        AnalysisReport back = ReportJson.read(json);

        assertEquals(inferred, back);
        assertTrue(back.lineItems().getFirst().dateInferred());
        String older = json.replace(",\"dateInferred\":true", "");
        assertFalse(older.contains("dateInferred"), older);
        assertFalse(ReportJson.read(older).lineItems().getFirst().dateInferred());
    }

    @Test
    void theRulebookVersionsUsedRoundTrip() {
        AnalysisReport report = Samples.report(Verdict.WARNING, "1200.50", "80.00")
                .withRulebook(new RulebookUsed(3, LocalDate.of(2025, 4, 1), 1, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 6, 30)));

        AnalysisReport back = ReportJson.read(ReportJson.write(report));

        assertEquals(report, back);
        assertEquals(3, back.rulebook().tariffVersion());
    }

    @Test
    void theContract11FieldsRoundTrip() {
        AnalysisReport report = Samples.multiBillReport();

        AnalysisReport back = ReportJson.read(ReportJson.write(report));

        assertEquals(report, back);
        assertEquals(2, back.lineItems().get(1).bill());
        assertEquals("PATHOLOGY", back.lineItems().getFirst().section());
        assertTrue(back.lineItems().get(1).uncertain());
        assertEquals(2, back.bills().size());
        assertTrue(back.bills().get(1).taxIncluded());
        assertEquals(new BigDecimal("0.40"), back.bills().getFirst().roundOff());
        assertEquals("en-IN", back.locale());
        assertTrue(back.review().needed());
        assertFalse(back.findings().getFirst().counted());
    }

    @Test
    void aReportStoredBeforeContract11ReadsWithDefaults() {
        String json = ReportJson.write(Samples.report(Verdict.WARNING, "1200.50", "80.00"))
                .replace(",\"bills\":[]", "").replace(",\"currency\":null", "").replace(",\"locale\":null", "")
                .replaceAll(",\"review\":\\{[^}]*}", "")
                .replaceAll(",\"code\":null,\"section\":null,\"bill\":1,\"uncertain\":false", "");
        assertFalse(json.contains("\"bill\""), json);
        assertFalse(json.contains("review"), json);

        AnalysisReport old = ReportJson.read(json);

        assertEquals(Samples.report(Verdict.WARNING, "1200.50", "80.00"), old);
        assertEquals(1, old.lineItems().getFirst().bill());
        assertFalse(old.lineItems().getFirst().uncertain());
        assertEquals(List.of(), old.bills());
        assertFalse(old.review().needed());
        assertTrue(old.findings().getFirst().counted());
    }
}
