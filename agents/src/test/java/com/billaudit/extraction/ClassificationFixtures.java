package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.testing.ScannedPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Documents under {@code /classification/}: {@code .txt} as a plain-text upload, {@code .ocr} as
 * one scanned page whose lines carry the engine's confidence ({@code 0.31|text}).
 */
final class ClassificationFixtures {

    private ClassificationFixtures() {
    }

    static DocumentText document(String name) {
        String raw = read(name);
        if (name.endsWith(".ocr")) {
            List<TextLine> lines = ScannedPages.lines(raw);
            double mean = lines.stream().mapToDouble(TextLine::confidence).average().orElse(0);
            return new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, mean)));
        }
        return new DocumentText(List.of(new PageText(1, raw.lines().map(TextLine::exact).toList(), TextSource.TEXT, null)));
    }

    /** A text as one scanned page, every line read with the same confidence. */
    static DocumentText scannedPage(String text, double confidence) {
        return ScannedPages.uniform(text, confidence);
    }

    private static String read(String name) {
        try (InputStream in = ClassificationFixtures.class.getResourceAsStream("/classification/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
