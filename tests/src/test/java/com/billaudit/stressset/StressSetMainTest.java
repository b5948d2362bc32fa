package com.billaudit.stressset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StressSetMainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameSeedWritesTheSameSet(@TempDir Path a, @TempDir Path b) throws IOException {
        new StressSetMain(a).generate(7, 6);
        new StressSetMain(b).generate(7, 6);

        assertEquals(Files.readString(a.resolve("manifest.json")), Files.readString(b.resolve("manifest.json")));
        for (String id : ids(a)) {
            assertEquals(Files.readString(a.resolve("expected/" + id + ".json")), Files.readString(b.resolve("expected/" + id + ".json")));
        }
    }

    @Test
    void everyExpectedAnalysisAddsUpAndEveryTextPdfShowsItsLines(@TempDir Path set) throws IOException {
        new StressSetMain(set).generate(11, 14);
        JsonNode manifest = JSON.readTree(set.resolve("manifest.json").toFile());
        assertEquals("ACCEPT", manifest.get("scheme").asText());
        assertTrue(Files.readString(set.resolve("tariff.csv")).startsWith("code,name,rate,unit,category,aliases,region,effective_from\n"));

        for (JsonNode entry : manifest.get("bills")) {
            Path file = set.resolve("bills").resolve(entry.get("file").asText());
            assertTrue(Files.size(file) > 0, file.toString());
            JsonNode expected = JSON.readTree(set.resolve("expected/" + entry.get("id").asText() + ".json").toFile());
            assertEquals(entry.get("items").asInt(), expected.get("lineItems").size());
            if (expected.get("documentType").asText().equals("not_a_bill")) {
                assertTrue(expected.get("totals").isNull() && expected.get("verdict").isNull());
                continue;
            }
            BigDecimal lines = BigDecimal.ZERO;
            for (JsonNode item : expected.get("lineItems")) {
                lines = lines.add(item.get("amount").decimalValue());
            }
            assertEquals(0, lines.compareTo(expected.get("totals").get("lineItems").decimalValue()), entry.toString());
            BigDecimal findings = BigDecimal.ZERO;
            for (JsonNode f : expected.get("findings")) {
                findings = findings.add(f.get("amount").decimalValue());
            }
            assertEquals(0, findings.compareTo(expected.get("totals").get("recoverable").decimalValue()), entry.toString());
            if (entry.get("format").asText().equals("pdf-text")) {
                assertPdfShows(file, expected);
            }
        }
    }

    /** Each word of each line's wording is in the text layer (wrapping splits a description over lines). */
    private static void assertPdfShows(Path pdf, JsonNode expected) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
            for (JsonNode item : expected.get("lineItems")) {
                for (String word : item.get("description").asText().split(" ")) {
                    assertTrue(text.contains(word), pdf + " lacks " + word + " of " + item.get("description"));
                }
            }
        }
    }

    private static List<String> ids(Path set) throws IOException {
        return JSON.readTree(set.resolve("manifest.json").toFile()).get("bills").findValuesAsText("id");
    }
}
