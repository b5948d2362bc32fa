package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures classification and extraction on an acceptance set; runs only when asked:
 * {@code mvn -pl agents test -Dtest=DevSetEvaluation -Ddev.set=/work/shared/acceptance/dev}.
 * Text comes from {@code -Ddev.text=DIR} ({@code <id>.txt}, pages split by form feeds) when
 * given, else from the .txt bill itself or {@code pdftotext -layout}; bills without text are skipped.
 * Add {@code -Ddev.verbose=true} to print every missed or wrong row.
 */
@EnabledIfSystemProperty(named = "dev.set", matches = ".+")
class DevSetEvaluation {

    private final ObjectMapper json = new ObjectMapper();
    private final boolean verbose = Boolean.getBoolean("dev.verbose");

    @Test
    void reportsItemPrecisionAndRecall() throws Exception {
        Path set = Path.of(System.getProperty("dev.set"));
        String only = System.getProperty("dev.only", "");
        JsonNode manifest = json.readTree(set.resolve("manifest.json").toFile());
        int exactAll = 0;
        int gotAll = 0;
        int expectedAll = 0;
        int typesRight = 0;
        int bills = 0;
        int totalsRight = 0;
        int[] scorerExact = {0};
        for (JsonNode bill : manifest.get("bills")) {
            String id = bill.get("id").asText();
            if (!only.isEmpty() && !Set.of(only.split(",")).contains(id)) {
                continue;
            }
            DocumentText text = textOf(set, id, bill.get("file").asText());
            if (text == null) {
                continue;
            }
            JsonNode expected = json.readTree(set.resolve("expected").resolve(id + ".json").toFile());
            DocumentType type = new DocumentClassifier().classify(text);
            Bill got = new LineItemExtractor().extract(text, type);
            List<LineItem> items = type.isBill() ? got.items() : List.of();
            int exact = exactItems(expected.get("lineItems"), items, scorerExact);
            boolean typeRight = type.code().equals(expected.get("documentType").asText());
            boolean totalRight = sameTotal(expected.get("totals"), got);
            bills++;
            typesRight += typeRight ? 1 : 0;
            totalsRight += totalRight ? 1 : 0;
            exactAll += exact;
            gotAll += items.size();
            expectedAll += expected.get("lineItems").size();
            System.out.printf(Locale.ROOT, "%s %-9s %-17s type=%s%s items %d/%d (got %d) P=%.3f R=%.3f stated=%s disc=%s tax=%s %s%n",
                    id, bill.get("format").asText(), bill.get("layout").asText(), type.code(), typeRight ? "" : "(WRONG)",
                    exact, expected.get("lineItems").size(), items.size(), ratio(exact, items.size()),
                    ratio(exact, expected.get("lineItems").size()), got.stated().statedTotal(), got.stated().discount(),
                    got.stated().tax(), totalRight ? "" : "TOTALS-WRONG exp=" + expected.get("totals"));
        }
        double p = ratio(exactAll, gotAll);
        double r = ratio(exactAll, expectedAll);
        System.out.printf(Locale.ROOT, "SUMMARY bills=%d types=%d/%d totals=%d/%d items exact=%d got=%d expected=%d P=%.4f R=%.4f F1=%.4f%n",
                bills, typesRight, bills, totalsRight, bills, exactAll, gotAll, expectedAll, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        // the acceptance scorer does not compare dates
        double ps = ratio(scorerExact[0], gotAll);
        double rs = ratio(scorerExact[0], expectedAll);
        System.out.printf(Locale.ROOT, "SCORER-LIKE (dates not compared) exact=%d P=%.4f R=%.4f F1=%.4f%n",
                scorerExact[0], ps, rs, ps + rs == 0 ? 0 : 2 * ps * rs / (ps + rs));
    }

    private boolean sameTotal(JsonNode totals, Bill got) {
        JsonNode stated = totals.get("statedTotal");
        BigDecimal mine = got.stated().statedTotal();
        if (stated == null || stated.isNull()) {
            return mine == null;
        }
        return mine != null && mine.subtract(stated.decimalValue()).abs().compareTo(new BigDecimal("0.011")) <= 0
                && same(totals.get("discount"), got.stated().discount()) && same(totals.get("tax"), got.stated().tax());
    }

    private static boolean same(JsonNode expected, BigDecimal got) {
        BigDecimal e = expected == null || expected.isNull() ? BigDecimal.ZERO : expected.decimalValue();
        BigDecimal g = got == null ? BigDecimal.ZERO : got;
        return e.subtract(g).abs().compareTo(new BigDecimal("0.011")) <= 0;
    }

    /** Pairs expected and extracted rows as the acceptance scorer does and counts those right in every field. */
    private int exactItems(JsonNode expected, List<LineItem> got, int[] scorerExact) {
        record Pair(boolean amount, double similarity, int distance, int e, int g) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < got.size(); j++) {
                double s = similarity(expected.get(i).get("description").asText(), got.get(j).description());
                boolean am = close(expected.get(i).get("amount"), got.get(j).amount());
                if (s >= 0.6 || am && s >= 0.35) {
                    pairs.add(new Pair(am, s, -Math.abs(i - j), i, j));
                }
            }
        }
        pairs.sort((a, b) -> a.amount() != b.amount() ? Boolean.compare(b.amount(), a.amount())
                : a.similarity() != b.similarity() ? Double.compare(b.similarity(), a.similarity()) : Integer.compare(b.distance(), a.distance()));
        Set<Integer> usedE = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        int exact = 0;
        for (Pair pair : pairs) {
            if (usedE.contains(pair.e()) || usedG.contains(pair.g())) {
                continue;
            }
            usedE.add(pair.e());
            usedG.add(pair.g());
            JsonNode e = expected.get(pair.e());
            LineItem g = got.get(pair.g());
            boolean ok = close(e.get("quantity"), g.quantity()) && close(e.get("unitPrice"), g.unitPrice())
                    && close(e.get("amount"), g.amount()) && similarity(e.get("description").asText(), g.description()) >= 0.9;
            scorerExact[0] += ok ? 1 : 0;
            ok &= sameDate(e.get("date"), g);
            exact += ok ? 1 : 0;
            if (!ok && verbose) {
                System.out.println("   WRONG exp=" + e + "\n         got=" + g);
            }
        }
        for (int i = 0; i < expected.size() && verbose; i++) {
            if (!usedE.contains(i)) {
                System.out.println("   MISSED " + expected.get(i));
            }
        }
        for (int j = 0; j < got.size() && verbose; j++) {
            if (!usedG.contains(j)) {
                System.out.println("   EXTRA " + got.get(j));
            }
        }
        return exact;
    }

    private static boolean sameDate(JsonNode expected, LineItem got) {
        String e = expected == null || expected.isNull() ? null : expected.asText();
        String g = got.date() == null ? null : got.date().toString();
        return e == null ? g == null : e.equals(g);
    }

    private static boolean close(JsonNode expected, BigDecimal got) {
        return got != null && expected.decimalValue().subtract(got).abs().compareTo(new BigDecimal("0.011")) <= 0;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** Similarity of normalised descriptions: 2 × longest common subsequence / total length. */
    static double similarity(String a, String b) {
        String x = normal(a);
        String y = normal(b == null ? "" : b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                lcs[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return 2.0 * lcs[x.length()][y.length()] / (x.length() + y.length());
    }

    private DocumentText textOf(Path set, String id, String file) throws IOException, InterruptedException {
        String dir = System.getProperty("dev.text", "");
        Path prepared = dir.isEmpty() ? null : Path.of(dir).resolve(id + ".txt");
        String raw;
        TextSource source = TextSource.TEXT;
        if (prepared != null && Files.exists(prepared)) {
            raw = Files.readString(prepared);
            source = TextSource.OCR;
        } else if (file.endsWith(".txt")) {
            raw = Files.readString(set.resolve("bills").resolve(file));
        } else if (file.endsWith(".pdf")) {
            Process p = new ProcessBuilder("pdftotext", "-layout", set.resolve("bills").resolve(file).toString(), "-").start();
            raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            source = TextSource.PDF_TEXT;
        } else {
            return null;
        }
        if (raw.replace("\f", "").isBlank()) {
            return null;
        }
        List<PageText> pages = new ArrayList<>();
        String[] pageTexts = raw.split("\f");
        for (int i = 0; i < pageTexts.length; i++) {
            if (pageTexts[i].isBlank() && i == pageTexts.length - 1) {
                continue;
            }
            // a dump of the intake's pages starts each page with "##source=<code>"
            String pageText = pageTexts[i];
            TextSource pageSource = source;
            if (pageText.startsWith("##source=")) {
                pageSource = TextSource.fromCode(pageText.substring(9, pageText.indexOf('\n')).strip());
                pageText = pageText.substring(pageText.indexOf('\n') + 1);
            }
            double confidence = pageSource == TextSource.OCR ? 0.9 : 1.0;
            List<TextLine> lines = pageText.lines().map(l -> new TextLine(l, confidence)).toList();
            pages.add(new PageText(i + 1, lines, pageSource, pageSource == TextSource.OCR ? 0.9 : null));
        }
        return new DocumentText(pages);
    }
}
