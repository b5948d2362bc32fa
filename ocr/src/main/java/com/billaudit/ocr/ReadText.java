package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints what intake reads from documents, page by page with each line's OCR confidence: the
 * text every later agent works from. For looking into a bill that was read wrong
 * ({@code scripts/read-text FILE...}).
 */
public final class ReadText {

    private ReadText() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: scripts/read-text FILE...");
            System.exit(2);
        }
        try (DocumentIntake intake = new DocumentIntake(OcrSettings.defaults(), new IntakeListener() { })) {
            for (String arg : args) {
                byte[] content = Files.readAllBytes(Path.of(arg));
                long started = System.nanoTime();
                DocumentText text = intake.read(content, intake.sniff(content), Duration.ofMinutes(5));
                System.out.printf(Locale.ROOT, "=== %s: %s, %d page(s), read in %.2f s%n", arg, text.source(), text.pages().size(),
                        (System.nanoTime() - started) / 1e9);
                for (PageText page : text.pages()) {
                    System.out.printf(Locale.ROOT, "--- page %d (%s, confidence %s)%n", page.number(), page.source(), page.confidence());
                    for (TextLine line : page.lines()) {
                        System.out.printf(Locale.ROOT, "%4.2f|%s%n", line.confidence(), line.text());
                    }
                }
            }
        }
    }
}
