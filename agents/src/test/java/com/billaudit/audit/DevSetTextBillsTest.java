package com.billaudit.audit;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.extraction.DocumentClassifier;
import com.billaudit.extraction.LineItemExtractor;
import com.billaudit.reference.NonPayableCsv;
import com.billaudit.reference.TariffCsv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Rules-mode extraction and audit together on a set's text bills (plain text, and PDFs with a
 * text layer read by {@code pdftotext -layout} when it is installed): what the audit sees when
 * the lines come from a real document rather than from the ground truth. Run with
 * {@code -Ddev.set=/path/to/set}; prints each bill's findings beside the expected ones.
 */
@EnabledIfSystemProperty(named = "dev.set", matches = ".+")
class DevSetTextBillsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textBillsThroughExtractionAndAudit() throws Exception {
        Path set = Path.of(System.getProperty("dev.set"));
        List<TariffRow> tariff = TariffCsv.parse(Files.readString(set.resolve("tariff.csv"))).rows();
        List<NonPayableItem> nonPayable = NonPayableCsv.parse(Files.readString(set.resolve("non_payable.csv"))).rows();
        Rulebook rulebook = new Rulebook(new Scheme("ACCEPT", "Acceptance", "INR", new BigDecimal("0.10")), 1, tariff, 1,
                nonPayable);
        AuditSettings settings = AuditSettings.defaults();
        TariffMatcher matcher = new TariffMatcher(rulebook, null, settings);
        int bills = 0;
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode bill : JSON.readTree(set.resolve("manifest.json").toFile()).path("bills")) {
            String format = bill.path("format").asText();
            Path file = set.resolve("bills").resolve(bill.path("file").asText());
            String text = switch (format) {
                case "txt" -> Files.readString(file);
                case "pdf-text" -> pdfText(file);
                default -> null;
            };
            if (text == null) {
                continue;
            }
            JsonNode expected = JSON.readTree(set.resolve("expected").resolve(bill.path("id").asText() + ".json").toFile());
            String got = audit(document(text), rulebook, matcher, settings);
            String want = expectedSummary(expected);
            bills++;
            right += got.equals(want) ? 1 : 0;
            report.append(got.equals(want) ? "same " : "DIFF ").append(bill.path("id").asText()).append(' ').append(format)
                    .append("\n   want ").append(want).append("\n   got  ").append(got).append('\n');
        }
        System.out.println(report + "text bills with the expected findings and verdict: " + right + "/" + bills);
    }

    private static String audit(DocumentText text, Rulebook rulebook, TariffMatcher matcher, AuditSettings settings) {
        DocumentType type = new DocumentClassifier().classify(text);
        if (!type.isBill()) {
            return "verdict=null findings=[]";
        }
        Bill bill = new LineItemExtractor().extract(text, type);
        AuditInput input = new AuditInput(bill.items(), bill.stated(), rulebook, settings);
        List<LineItem> matched = matcher.matchAll(bill.items());
        AuditInput withMatches = new AuditInput(matched, bill.stated(), rulebook, settings);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : List.of(new OverchargeRule(), new UnmatchedRule())) {
            findings.addAll(rule.apply(withMatches));
        }
        for (AuditRule rule : List.of(new DuplicateRule(), new NonPayableRule(), new ArithmeticRule(), new TotalMismatchRule())) {
            findings.addAll(rule.apply(input));
        }
        AuditOutcome outcome = Assessment.assess(matched, bill.stated(), findings, settings);
        List<String> money = outcome.findings().stream()
                .filter(f -> f.type() != FindingType.UNMATCHED && f.amount().signum() > 0)
                .map(f -> f.type().name() + f.lineItems() + "=" + f.amount().stripTrailingZeros().toPlainString())
                .sorted().toList();
        List<String> unmatched = matched.stream().filter(i -> i.match() == null).map(LineItem::description).toList();
        return "verdict=" + outcome.verdict().code() + " findings=" + money
                + (unmatched.isEmpty() ? "" : " unmatched=" + unmatched);
    }

    private static String expectedSummary(JsonNode expected) {
        List<String> findings = new ArrayList<>();
        for (JsonNode f : expected.path("findings")) {
            List<Integer> lines = new ArrayList<>();
            f.path("lines").forEach(n -> lines.add(n.asInt()));
            findings.add(f.path("type").asText() + lines + "=" + new BigDecimal(f.path("amount").asText())
                    .stripTrailingZeros().toPlainString());
        }
        List<String> unmatched = new ArrayList<>();
        expected.path("lineItems").forEach(l -> {
            if (l.path("code").isNull()) {
                unmatched.add(l.path("description").asText());
            }
        });
        String verdict = expected.path("verdict").isNull() ? "null" : expected.path("verdict").asText();
        return "verdict=" + verdict + " findings=" + findings.stream().sorted().toList()
                + (unmatched.isEmpty() ? "" : " unmatched=" + unmatched);
    }

    private static DocumentText document(String text) {
        List<PageText> pages = new ArrayList<>();
        String[] pageTexts = text.split("\f");
        for (int i = 0; i < pageTexts.length; i++) {
            if (!pageTexts[i].isBlank() || i == 0) {
                pages.add(new PageText(pages.size() + 1, Arrays.stream(pageTexts[i].split("\n")).map(TextLine::exact).toList(),
                        TextSource.TEXT, null));
            }
        }
        return new DocumentText(pages);
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            return null;
        }
        Process process = new ProcessBuilder("/usr/bin/pdftotext", "-layout", pdf.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? Objects.requireNonNull(text) : null;
    }
}
