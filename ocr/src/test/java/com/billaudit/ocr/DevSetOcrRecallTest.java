package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures OCR on the dev scans: the share of expected line items whose amount and description
 * words are found on one OCR'd line ("strict"), or on the amount's line and the line below it
 * ("wrapped", for cells that wrap onto a second line), and the share whose amount line also
 * carries the quantity and unit price ("full"). Runs only with
 * {@code -Ddev.set=/path/to/acceptance/dev}.
 */
@EnabledIfSystemProperty(named = "dev.set", matches = ".+")
class DevSetOcrRecallTest {

    private static final Set<String> SCAN_FORMATS = Set.of("scan-jpeg", "scan-png", "scan-pdf");

    @Test
    void measuresLineItemRecallOnDevScans() throws IOException {
        Path devSet = Path.of(System.getProperty("dev.set"));
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(devSet.resolve("manifest.json").toFile());
        int items = 0;
        int strictHits = 0;
        int wrappedHits = 0;
        int fullHits = 0;
        double seconds = 0;
        int pages = 0;
        // -Docr.preprocessing=deskew,removeRules,... measures other combinations of steps.
        String steps = System.getProperty("ocr.preprocessing");
        Preprocessing preprocessing = steps == null ? Preprocessing.standard() : Preprocessing.parse(steps);
        System.out.println("preprocessing " + preprocessing);
        try (DocumentIntake intake = new DocumentIntake(OcrSettings.defaults(), IntakeListener.NONE, preprocessing)) {
            for (JsonNode bill : manifest.get("bills")) {
                if (!SCAN_FORMATS.contains(bill.get("format").asText())) {
                    continue;
                }
                String id = bill.get("id").asText();
                byte[] content = Files.readAllBytes(devSet.resolve("bills").resolve(bill.get("file").asText()));
                long started = System.nanoTime();
                DocumentText text = intake.read(content, intake.sniff(content), Duration.ofMinutes(5));
                double took = (System.nanoTime() - started) / 1e9;
                List<String> lines = lines(text);
                JsonNode expected = json.readTree(devSet.resolve("expected").resolve(id + ".json").toFile());
                int fileItems = 0;
                int fileStrict = 0;
                int fileWrapped = 0;
                int fileFull = 0;
                List<String> missed = new ArrayList<>();
                for (JsonNode item : expected.get("lineItems")) {
                    fileItems++;
                    String amount = amount(item.get("amount").decimalValue());
                    Set<String> words = words(item.get("description").asText());
                    Match match = find(lines, amount, words);
                    fileStrict += match == Match.STRICT ? 1 : 0;
                    fileWrapped += match != Match.NONE ? 1 : 0;
                    Set<String> numbers = new java.util.HashSet<>(List.of(amount, amount(item.get("unitPrice").decimalValue()),
                            item.get("quantity").decimalValue().stripTrailingZeros().toPlainString()));
                    fileFull += match != Match.NONE && hasNumbers(lines, amount, numbers) ? 1 : 0;
                    if (match == Match.NONE) {
                        missed.add(item.get("description").asText() + " " + amount);
                    }
                }
                System.out.printf(Locale.ROOT, "%s %-9s strict %5.1f%% wrapped %5.1f%% full %5.1f%% (%d items) %5.2f s/page conf %.2f missed %s%n",
                        id, bill.get("format").asText(), 100.0 * fileStrict / fileItems, 100.0 * fileWrapped / fileItems,
                        100.0 * fileFull / fileItems,
                        fileItems, took / text.pages().size(), text.ocrConfidence(), missed);
                items += fileItems;
                strictHits += fileStrict;
                wrappedHits += fileWrapped;
                fullHits += fileFull;
                seconds += took;
                pages += text.pages().size();
            }
        }
        System.out.printf(Locale.ROOT, "ALL strict %.1f%% wrapped %.1f%% full %.1f%% of %d items, %.2f s/page over %d pages%n",
                100.0 * strictHits / items, 100.0 * wrappedHits / items, 100.0 * fullHits / items, items, seconds / pages, pages);
        assertTrue(items > 0, "no scans in " + devSet);
        assertTrue(wrappedHits >= 0.8 * items, "recall fell below 80%");
    }

    private enum Match { STRICT, WRAPPED, NONE }

    private static Match find(List<String> lines, String amount, Set<String> words) {
        Match best = Match.NONE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!numbers(line).contains(amount)) {
                continue;
            }
            Set<String> found = words(line);
            if (found.containsAll(words)) {
                return Match.STRICT;
            }
            if (i + 1 < lines.size()) {
                found.addAll(words(lines.get(i + 1)));
                if (found.containsAll(words)) {
                    best = Match.WRAPPED;
                }
            }
        }
        return best;
    }

    /** Some line with the amount also carries the quantity and unit price. */
    private static boolean hasNumbers(List<String> lines, String amount, Set<String> numbers) {
        return lines.stream().map(DevSetOcrRecallTest::numbers)
                .anyMatch(found -> found.contains(amount) && found.containsAll(numbers));
    }

    private static List<String> lines(DocumentText text) {
        List<String> lines = new ArrayList<>();
        for (PageText page : text.pages()) {
            page.lines().stream().map(TextLine::text).forEach(lines::add);
        }
        return lines;
    }

    /** Numbers on a line with their thousands separators removed. */
    private static Set<String> numbers(String line) {
        return Arrays.stream(line.split("\\s+")).map(token -> token.replace(",", "")).collect(Collectors.toSet());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+"))
                .map(word -> word.replaceAll("^\\.+|\\.+$", ""))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
