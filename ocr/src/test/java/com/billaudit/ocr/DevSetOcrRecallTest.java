package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.intake.DocumentRejectedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.billaudit.intake.DocumentRejectedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * {@code -Ddev.set=/path/to/acceptance/dev} (or any set in its format, e.g. one from scripts/stress-set);
 * prints wall and CPU seconds per page (CPU time does not depend on what else the machine runs).
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
        List<Double> pageSeconds = java.util.Collections.synchronizedList(new ArrayList<>());
        IntakeListener timing = new IntakeListener() {
            @Override
            public void pageRead(String textSource, double seconds, Double confidence) {
                pageSeconds.add(seconds);
            }
        };
        // -Ddev.dump=DIR writes each bill's OCR'd lines to DIR/<id>.txt.
        String dump = System.getProperty("dev.dump");
        int rejected = 0;
        // -Ddev.only=id1,id2 measures just those bills.
        Set<String> only = Arrays.stream(System.getProperty("dev.only", "").split(","))
                .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double cpuSeconds = 0;
        double slowestPage = 0;
        try (DocumentIntake intake = new DocumentIntake(OcrSettings.defaults(), timing, preprocessing)) {
            for (JsonNode bill : manifest.get("bills")) {
                if (!SCAN_FORMATS.contains(bill.get("format").asText())) {
                    continue;
                }
                String id = bill.get("id").asText();
                if (!only.isEmpty() && !only.contains(id)) {
                    continue;
                }
                byte[] content = Files.readAllBytes(devSet.resolve("bills").resolve(bill.get("file").asText()));
                pageSeconds.clear();
                long started = System.nanoTime();
                // The process's CPU time is the OCR work (on whichever threads), whatever else the machine runs.
                long cpuStarted = process.getProcessCpuTime();
                DocumentText text;
                try {
                    text = intake.read(content, intake.sniff(content), Duration.ofMinutes(5));
                } catch (DocumentRejectedException e) {
                    // A page that times out is a result to report, not the end of the measurement.
                    int lost = expectedItems(json, devSet, id);
                    System.out.printf(Locale.ROOT, "%s %-9s REJECTED %s after %.2f s (%d items lost)%n",
                            id, bill.get("format").asText(), e.getMessage(), (System.nanoTime() - started) / 1e9, lost);
                    items += lost;
                    rejected++;
                    continue;
                }
                if (dump != null) {
                    Files.writeString(Path.of(dump).resolve(id + ".txt"), String.join("\n", lines(text)) + "\n");
                }
                double took = (System.nanoTime() - started) / 1e9;
                double cpu = (process.getProcessCpuTime() - cpuStarted) / 1e9;
                double slowest;
                synchronized (pageSeconds) {
                    slowest = pageSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                }
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
                            amount(item.get("quantity").decimalValue())));
                    fileFull += match != Match.NONE && hasNumbers(lines, amount, numbers) ? 1 : 0;
                    if (match == Match.NONE) {
                        missed.add(item.get("description").asText() + " " + amount);
                    }
                }
                if (fileItems == 0) {
                    System.out.printf(Locale.ROOT, "%s %-9s no line items, %d pages, %5.2f s/page cpu %5.2f s/page%n",
                            id, bill.get("format").asText(), text.pages().size(), took / text.pages().size(), cpu / text.pages().size());
                } else {
                    System.out.printf(Locale.ROOT, "%s %-9s strict %5.1f%% wrapped %5.1f%% full %5.1f%% (%d items) %5.2f s/page (max %5.2f) cpu %5.2f s/page conf %.2f missed %s%n",
                            id, bill.get("format").asText(), 100.0 * fileStrict / fileItems, 100.0 * fileWrapped / fileItems,
                            100.0 * fileFull / fileItems, fileItems, took / text.pages().size(), slowest,
                            cpu / text.pages().size(), text.ocrConfidence(), missed);
                }
                items += fileItems;
                strictHits += fileStrict;
                wrappedHits += fileWrapped;
                fullHits += fileFull;
                seconds += took;
                cpuSeconds += cpu;
                slowestPage = Math.max(slowestPage, slowest);
                pages += text.pages().size();
            }
        }
        System.out.printf(Locale.ROOT, "ALL strict %.1f%% wrapped %.1f%% full %.1f%% of %d items, %.2f s/page (slowest %.2f s) cpu %.2f s/page over %d pages, %d documents rejected%n",
                100.0 * strictHits / items, 100.0 * wrappedHits / items, 100.0 * fullHits / items, items, seconds / pages,
                slowestPage, cpuSeconds / pages, pages, rejected);
        assertTrue(items > 0, "no scans in " + devSet);
        assertTrue(wrappedHits >= 0.8 * items, "recall fell below 80%");
    }

    private static int expectedItems(ObjectMapper json, Path set, String id) throws IOException {
        return json.readTree(set.resolve("expected").resolve(id + ".json").toFile()).get("lineItems").size();
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

    /**
     * Numbers on a line with their thousands separators and currency marks removed, at two
     * decimals: bills print 250, 250.00, Rs.250.00 and 2,50,000 alike.
     */
    private static Set<String> numbers(String line) {
        return Arrays.stream(line.split("\\s+"))
                .map(token -> token.replaceFirst("^(?i)(rs\\.?|inr|\u20b9)", "").replaceFirst("/-$", "").replace(",", ""))
                .filter(token -> token.matches("\\d+(\\.\\d+)?"))
                .map(token -> amount(new BigDecimal(token)))
                .collect(Collectors.toSet());
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
