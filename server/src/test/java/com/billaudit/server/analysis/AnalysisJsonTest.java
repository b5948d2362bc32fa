package com.billaudit.server.analysis;

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
import com.billaudit.persistence.analysis.AnalysisError;
import com.billaudit.persistence.analysis.AnalysisProgress;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisJsonTest {
    private static final List<String> TOP_LEVEL = List.of("id", "status", "reference", "createdAt", "completedAt",
            "scheme", "region", "currency", "locale", "document", "documentType", "verdict", "confidence", "review",
            "totals", "bills", "lineItems", "findings", "explanation", "recommendations", "agents", "rulebook",
            "progress", "error");
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final DocumentInfo UPLOADED = new DocumentInfo("bill.pdf", "application/pdf", 2048, "ab12", null, null, null);

    @Test
    void completedAnalysisHasTheContractShape() throws Exception {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(completed())));

        assertEquals(TOP_LEVEL, fieldNames(json));
        assertEquals("completed", json.get("status").asText());
        assertEquals("hospital_bill", json.get("documentType").asText());
        assertEquals("warning", json.get("verdict").asText());
        assertEquals("pdf-text", json.at("/document/textSource").asText());
        assertTrue(json.at("/document/ocrConfidence").isNull());
        assertTrue(json.at("/totals/statedTotal").isNull());
        assertEquals("2024-03-05T10:15:30Z", json.get("createdAt").asText());
    }

    @Test
    void moneyIsANumberWithTwoDecimalsAndCodesHaveTheirCase() throws Exception {
        String text = MAPPER.writeValueAsString(AnalysisJson.of(completed()));
        JsonNode item = MAPPER.readTree(text).at("/lineItems/0");

        assertTrue(text.contains("\"unitPrice\":1200.00"), text);
        assertTrue(text.contains("\"quantity\":2,"), text);
        assertEquals(List.of("index", "description", "date", "quantity", "unitPrice", "amount", "category", "page",
                "confidence", "match", "code", "section", "bill", "uncertain"), fieldNames(item));
        assertEquals("2024-03-01", item.get("date").asText());
        assertEquals("room", item.get("category").asText());
        assertEquals(List.of("scheme", "code", "name", "rate", "unit", "similarity"), fieldNames(item.get("match")));
        JsonNode finding = MAPPER.readTree(text).at("/findings/0");
        assertEquals("OVERCHARGE", finding.get("type").asText());
        assertEquals("warning", finding.get("severity").asText());
        assertEquals(List.of("name", "status", "mode", "durationMs"), fieldNames(MAPPER.readTree(text).at("/agents/0")));
        assertEquals("rules", MAPPER.readTree(text).at("/agents/0/mode").asText());
    }

    @Test
    void queuedAnalysisShowsWhatItHasWithEmptyLists() throws Exception {
        StoredAnalysis queued = new StoredAnalysis(UUID.randomUUID(), AnalysisStatus.QUEUED, null, null,
                Instant.parse("2024-03-05T10:15:30Z"), null, "CGHS", null, "INR", UPLOADED, null, null);
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(queued)));

        assertEquals(TOP_LEVEL, fieldNames(json));
        assertEquals("queued", json.get("status").asText());
        assertEquals(0, json.get("lineItems").size());
        assertEquals(0, json.get("agents").size());
        assertTrue(json.get("verdict").isNull() && json.get("error").isNull() && json.get("completedAt").isNull());
        assertEquals("bill.pdf", json.at("/document/fileName").asText());
        assertEquals("queued", json.at("/progress/stage").asText());
        assertEquals(0, json.at("/progress/pagesDone").asInt());
        assertTrue(json.at("/progress/pages").isNull());
    }

    @Test
    void aProcessingAnalysisShowsWhereItsWorkerIs() throws Exception {
        StoredAnalysis reading = new StoredAnalysis(UUID.randomUUID(), AnalysisStatus.PROCESSING, null, null,
                Instant.EPOCH, null, "CGHS", null, "INR", UPLOADED, null, null, new AnalysisProgress("ocr", 2, 5));
        StoredAnalysis justClaimed = new StoredAnalysis(UUID.randomUUID(), AnalysisStatus.PROCESSING, null, null,
                Instant.EPOCH, null, "CGHS", null, "INR", UPLOADED, null, null);

        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(reading)));
        assertEquals("ocr", json.at("/progress/stage").asText());
        assertEquals(2, json.at("/progress/pagesDone").asInt());
        assertEquals(5, json.at("/progress/pages").asInt());
        assertEquals("intake", MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(justClaimed)))
                .at("/progress/stage").asText());
    }

    @Test
    void theContract11FieldsOfACompletedAnalysis() throws Exception {
        JsonNode plain = MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(completed())));
        assertTrue(plain.get("progress").isNull());
        assertEquals(false, plain.at("/review/needed").asBoolean());
        assertEquals(0, plain.at("/review/reasons").size());
        assertEquals("INR", plain.get("currency").asText(), "the scheme's when the document shows none");
        assertEquals(1, plain.at("/lineItems/0/bill").asInt());
        assertTrue(plain.at("/lineItems/0/code").isNull());

        StoredAnalysis stored = completed();
        AnalysisReport one = stored.report();
        // the time a ledger prints beside a row's date, and whether that date was inferred, are the audit's own: the
        // contract's line item has no field for them
        LineItem placed = one.lineItems().getFirst().placed("RM-2", "ROOM CHARGES", 2).withUncertain(true)
                .withTime(LocalTime.of(19, 39)).withDateInferred(true);
        BillTotals bill = new BillTotals(2, List.of(1, 2), "INV-9", LocalDate.of(2024, 3, 2), "Sun Pharmacy",
                Money.of(2400), Money.ZERO, Money.of(120), true, Money.of("0.40"), Money.of("2400.40"));
        AnalysisReport report = new AnalysisReport(one.document(), one.documentType(), one.verdict(), 0.3, one.totals(),
                List.of(placed), one.findings(), one.explanation(), one.recommendations(), one.agents(), null,
                List.of(bill), "USD", "en-US", new Review(List.of("most figures uncertain")));
        String text = MAPPER.writeValueAsString(AnalysisJson.of(new StoredAnalysis(stored.id(), stored.status(), null,
                null, stored.createdAt(), stored.completedAt(), "CGHS", null, "INR", UPLOADED, report, null)));
        JsonNode json = MAPPER.readTree(text);

        assertEquals("USD", json.get("currency").asText());
        assertEquals("en-US", json.get("locale").asText());
        assertEquals(true, json.at("/review/needed").asBoolean());
        assertEquals("most figures uncertain", json.at("/review/reasons/0").asText());
        JsonNode item = json.at("/lineItems/0");
        assertEquals(List.of("RM-2", "ROOM CHARGES", "2", "true"), List.of(item.get("code").asText(),
                item.get("section").asText(), item.get("bill").asText(), item.get("uncertain").asText()));
        assertEquals(List.of("index", "description", "date", "quantity", "unitPrice", "amount", "category", "page",
                "confidence", "match", "code", "section", "bill", "uncertain"), fieldNames(item));
        assertEquals(List.of("index", "pages", "number", "date", "seller", "lineItems", "discount", "tax", "taxIncluded",
                "roundOff", "statedTotal"), fieldNames(json.at("/bills/0")));
        assertTrue(text.contains("\"roundOff\":0.40"), text);
        assertTrue(text.contains("\"pages\":[1,2]"), text);
        assertEquals("2024-03-02", json.at("/bills/0/date").asText());
        assertTrue(json.at("/bills/0/taxIncluded").asBoolean());
    }

    @Test
    void failedAnalysisCarriesItsError() throws Exception {
        StoredAnalysis failed = new StoredAnalysis(UUID.randomUUID(), AnalysisStatus.FAILED, "k", "my-ref",
                Instant.EPOCH, Instant.EPOCH, "CGHS", "DL", "INR", UPLOADED, null,
                new AnalysisError("encrypted_document", "The PDF is password protected"));
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(AnalysisJson.of(failed)));

        assertEquals("encrypted_document", json.at("/error/code").asText());
        assertEquals("my-ref", json.get("reference").asText());
        assertEquals("DL", json.get("region").asText());
    }

    private static StoredAnalysis completed() {
        TariffMatch match = new TariffMatch("CGHS", "R-1", "General ward per day", Money.of(1000), "day", 0.93);
        LineItem room = new LineItem(1, "General Ward", LocalDate.of(2024, 3, 1), new BigDecimal("2.000"),
                Money.of(1200), Money.of(2400), Category.ROOM, 1, 0.98, match);
        Finding over = new Finding(FindingType.OVERCHARGE, Severity.WARNING, List.of(1), Money.of(400),
                "Billed above the scheme rate", "rate.overcharge", 0.9, Map.of("rate", Money.of(1000)));
        DocumentInfo read = new DocumentInfo("bill.pdf", "application/pdf", 2048, "ab12", 1, TextSource.PDF_TEXT, null);
        Totals totals = new Totals(Money.of(2400), Money.ZERO, Money.ZERO, null, Money.of(400), new BigDecimal("16.67"));
        AnalysisReport report = new AnalysisReport(read, DocumentType.HOSPITAL_BILL, Verdict.WARNING, 0.9, totals,
                List.of(room), List.of(over), "One overcharge.", List.of("Ask for a refund"),
                List.of(new AgentRun("rate-audit", AgentRun.Status.OK, AgentRun.Mode.RULES, 12)));
        return new StoredAnalysis(UUID.randomUUID(), AnalysisStatus.COMPLETED, null, null,
                Instant.parse("2024-03-05T10:15:30Z"), Instant.parse("2024-03-05T10:15:32Z"), "CGHS", null, "INR",
                UPLOADED, report, null);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
