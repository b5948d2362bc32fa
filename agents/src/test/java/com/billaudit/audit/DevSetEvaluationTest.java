package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TariffRow;
import com.billaudit.reference.CsvImport;
import com.billaudit.reference.NonPayableCsv;
import com.billaudit.reference.TariffCsv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluation harness over an acceptance set's ground truth (run with
 * {@code -Ddev.set=/path/to/set}): builds the rulebook from the set's CSVs, feeds each expected
 * line list through the matcher, every rule and the assessment, and reports match accuracy,
 * findings precision/recall and verdict accuracy. Extraction is not involved: this measures the
 * audit alone.
 */
@EnabledIfSystemProperty(named = "dev.set", matches = ".+")
class DevSetEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void auditReproducesTheGroundTruth() throws IOException {
        Path set = Path.of(System.getProperty("dev.set"));
        Rulebook rulebook = rulebook(set);
        AuditSettings settings = AuditSettings.defaults();
        TariffMatcher matcher = new TariffMatcher(rulebook, null, settings);
        Score score = new Score();
        try (Stream<Path> files = Files.list(set.resolve("expected"))) {
            for (Path file : files.sorted().toList()) {
                evaluate(JSON.readTree(file.toFile()), rulebook, matcher, settings, score);
            }
        }
        System.out.println(score.report());
        assertEquals(score.lines, score.matchedRight, "match accuracy");
        assertEquals(score.expectedFindings, score.truePositives, "findings recall");
        assertEquals(score.predictedFindings, score.truePositives, "findings precision");
        assertEquals(score.bills, score.verdictsRight, "verdict accuracy");
    }

    private static void evaluate(JsonNode expected, Rulebook rulebook, TariffMatcher matcher, AuditSettings settings,
                                 Score score) {
        String id = expected.path("id").asText();
        List<LineItem> items = new ArrayList<>();
        for (JsonNode line : expected.path("lineItems")) {
            items.add(new LineItem(line.path("index").asInt(), line.path("description").asText(), date(line.path("date")),
                    new BigDecimal(line.path("quantity").asText()), Money.of(line.path("unitPrice").asText()),
                    Money.of(line.path("amount").asText()), Category.OTHER, 1, 1.0, null));
        }
        JsonNode totals = expected.path("totals");
        StatedTotals stated = new StatedTotals(null, money(totals.path("discount")), money(totals.path("tax")),
                money(totals.path("statedTotal")));
        AuditInput input = new AuditInput(items, stated, rulebook, settings);
        List<LineItem> matched = matcher.matchAll(items);
        AuditInput withMatches = new AuditInput(matched, stated, rulebook, settings);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(new OverchargeRule().apply(withMatches));
        findings.addAll(new UnmatchedRule().apply(withMatches));
        findings.addAll(new DuplicateRule().apply(input));
        findings.addAll(new NonPayableRule().apply(input));
        findings.addAll(new ArithmeticRule().apply(input));
        findings.addAll(new TotalMismatchRule().apply(input));
        AuditOutcome outcome = Assessment.assess(matched, stated, findings, settings);

        JsonNode lines = expected.path("lineItems");
        for (int i = 0; i < lines.size(); i++) {
            String want = lines.get(i).path("code").isNull() ? null : lines.get(i).path("code").asText();
            String got = matched.get(i).match() == null ? null : matched.get(i).match().code();
            score.lines++;
            if (Objects.equals(want, got)) {
                score.matchedRight++;
            } else {
                score.problems.add(id + " line " + (i + 1) + " '" + items.get(i).description() + "': want " + want
                        + " got " + got + (matched.get(i).match() == null ? "" : " (" + matched.get(i).match().name()
                        + " " + matched.get(i).match().similarity() + ")"));
            }
        }
        List<Finding> predicted = outcome.findings().stream()
                .filter(f -> f.type() != FindingType.UNMATCHED && f.amount().compareTo(new BigDecimal("0.01")) >= 0)
                .toList();
        Set<Integer> used = new HashSet<>();
        for (JsonNode want : expected.path("findings")) {
            score.expectedFindings++;
            boolean found = false;
            for (int k = 0; k < predicted.size() && !found; k++) {
                Finding got = predicted.get(k);
                if (!used.contains(k) && got.type().name().equals(want.path("type").asText())
                        && lines(want).equals(new HashSet<>(got.lineItems()))
                        && got.amount().subtract(new BigDecimal(want.path("amount").asText())).abs()
                        .compareTo(new BigDecimal("0.01")) <= 0) {
                    used.add(k);
                    found = true;
                }
            }
            if (found) {
                score.truePositives++;
            } else {
                score.problems.add(id + " missed " + want);
            }
        }
        for (int k = 0; k < predicted.size(); k++) {
            if (!used.contains(k)) {
                score.problems.add(id + " extra " + predicted.get(k).type() + " " + predicted.get(k).lineItems() + " "
                        + predicted.get(k).amount() + ": " + predicted.get(k).message());
            }
        }
        score.predictedFindings += predicted.size();
        score.bills++;
        String wantVerdict = expected.path("verdict").isNull() ? null : expected.path("verdict").asText();
        String gotVerdict = items.isEmpty() ? null : outcome.verdict().code();
        if (Objects.equals(wantVerdict, gotVerdict)) {
            score.verdictsRight++;
        } else {
            score.problems.add(id + " verdict want " + wantVerdict + " got " + gotVerdict + " " + outcome.totals());
        }
    }

    private static Set<Integer> lines(JsonNode finding) {
        Set<Integer> lines = new HashSet<>();
        finding.path("lines").forEach(n -> lines.add(n.asInt()));
        return lines;
    }

    private static Rulebook rulebook(Path set) throws IOException {
        CsvImport<TariffRow> tariff = TariffCsv.parse(Files.readString(set.resolve("tariff.csv")));
        CsvImport<NonPayableItem> nonPayable = NonPayableCsv.parse(Files.readString(set.resolve("non_payable.csv")));
        assertTrue(tariff.ok(), tariff.errors().toString());
        assertTrue(nonPayable.ok(), nonPayable.errors().toString());
        return new Rulebook(new Scheme("ACCEPT", "Acceptance", "INR", new BigDecimal("0.10")), 1, tariff.rows(), 1,
                nonPayable.rows());
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }

    private static BigDecimal money(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : Money.of(node.asText());
    }

    private static final class Score {
        int bills;
        int verdictsRight;
        int lines;
        int matchedRight;
        int expectedFindings;
        int predictedFindings;
        int truePositives;
        final List<String> problems = new ArrayList<>();

        String report() {
            return String.format("dev set: bills=%d match accuracy=%d/%d findings recall=%d/%d precision=%d/%d "
                            + "verdicts=%d/%d%n  %s", bills, matchedRight, lines, truePositives, expectedFindings,
                    truePositives, predictedFindings, verdictsRight, bills, String.join("\n  ", problems));
        }
    }
}
