package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Matcher accuracy over the ground-truth lines of one or more generated stress sets (run with
 * {@code -Dstress.sets=/tmp/a,/tmp/b}): each expected line list goes through the matcher against its
 * set's tariff, and the report counts right matches, misses and - worst - false matches (a line
 * matched to a row it is not, or an off-tariff line matched at all), split by plain and hard
 * wordings. It reports and does not assert: the sets change with the generator.
 */
@EnabledIfSystemProperty(named = "stress.sets", matches = ".+")
class StressSetMatchingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportMatchAccuracy() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> problems = new TreeMap<>();
        for (String dir : System.getProperty("stress.sets").split(",")) {
            Path set = Path.of(dir.trim());
            Rulebook rulebook = rulebook(set);
            TariffMatcher matcher = new TariffMatcher(rulebook, null, AuditSettings.defaults());
            try (Stream<Path> files = Files.list(set.resolve("expected"))) {
                for (Path file : files.sorted().toList()) {
                    evaluate(JSON.readTree(file.toFile()), matcher, counts, problems);
                }
            }
        }
        int lines = counts.values().stream().mapToInt(Integer::intValue).sum();
        int right = counts.entrySet().stream().filter(e -> e.getKey().endsWith("right"))
                .mapToInt(Map.Entry::getValue).sum();
        int wrong = counts.entrySet().stream().filter(e -> e.getKey().endsWith("WRONG"))
                .mapToInt(Map.Entry::getValue).sum();
        StringBuilder report = new StringBuilder(String.format(
                "stress matching: lines=%d right=%d (%.2f%%) false matches=%d %s%n", lines, right,
                100.0 * right / Math.max(1, lines), wrong, counts));
        problems.forEach((problem, n) -> report.append("  ").append(n).append("x ").append(problem).append('\n'));
        System.out.println(report);
    }

    /**
     * {@code -Dstress.probe=FILE}: lines {@code description|code} ({@code -} for none) matched
     * against the first set's tariff; prints the misses with their shortlists.
     */
    @Test
    @EnabledIfSystemProperty(named = "stress.probe", matches = ".+")
    void probe() throws IOException {
        Path set = Path.of(System.getProperty("stress.sets").split(",")[0].trim());
        TariffMatcher matcher = new TariffMatcher(rulebook(set), null, AuditSettings.defaults());
        LocalDate date = LocalDate.of(2025, 6, 1);
        int right = 0;
        int falseMatches = 0;
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("stress.probe")));
        for (String line : lines) {
            String[] parts = line.split("\\|");
            String want = parts[1].trim().equals("-") ? null : parts[1].trim();
            LineItem item = matcher.match(new LineItem(1, parts[0], date, BigDecimal.ONE, null, null, Category.OTHER, 1,
                    1.0, null), date);
            String got = item.match() == null ? null : item.match().code();
            if (Objects.equals(want, got)) {
                right++;
                continue;
            }
            falseMatches += got == null ? 0 : 1;
            System.out.println((got == null ? "none  " : "WRONG ") + parts[0] + " want " + want + " "
                    + DescriptionNormaliser.tokens(parts[0]));
            matcher.shortlist(parts[0], date, 3).forEach(c -> System.out.printf(
                    "    %.3f %s %s%n", c.similarity(), c.row().code(), c.row().name()));
        }
        System.out.printf("probe: %d/%d right, %d false matches%n", right, lines.size(), falseMatches);
    }

    private static void evaluate(JsonNode expected, TariffMatcher matcher, Map<String, Integer> counts,
                                 Map<String, Integer> problems) {
        List<LineItem> items = new ArrayList<>();
        JsonNode lines = expected.path("lineItems");
        for (JsonNode line : lines) {
            items.add(new LineItem(line.path("index").asInt(), line.path("description").asText(),
                    date(line.path("date")), new BigDecimal(line.path("quantity").asText()),
                    Money.of(line.path("unitPrice").asText()), Money.of(line.path("amount").asText()), Category.OTHER,
                    1, 1.0, null));
        }
        List<LineItem> matched = matcher.matchAll(items);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String want = line.path("code").isNull() ? null : line.path("code").asText();
            LineItem got = matched.get(i);
            String code = got.match() == null ? null : got.match().code();
            String kind = want == null ? "offtariff" : line.path("hardVariant").asBoolean() ? "hard" : "plain";
            String outcome;
            if (Objects.equals(want, code)) {
                outcome = "right";
            } else if (code == null) {
                outcome = "none";
            } else {
                outcome = "WRONG";
            }
            counts.merge(kind + "-" + outcome, 1, Integer::sum);
            if (!outcome.equals("right")) {
                problems.merge(outcome + " '" + got.description() + "' want " + want + " got " + code
                        + (got.match() == null ? "" : " " + got.match().name() + " " + got.match().similarity()),
                        1, Integer::sum);
            }
        }
    }

    private static Rulebook rulebook(Path set) throws IOException {
        CsvImport<TariffRow> tariff = TariffCsv.parse(Files.readString(set.resolve("tariff.csv")));
        CsvImport<NonPayableItem> nonPayable = NonPayableCsv.parse(Files.readString(set.resolve("non_payable.csv")));
        return new Rulebook(new Scheme("ACCEPT", "Acceptance", "INR", new BigDecimal("0.10")), 1, tariff.rows(), 1,
                nonPayable.rows());
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }
}
