package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

/** OCRs one page image: clean it up, recognise words with a pooled engine, rebuild the rows. */
final class PageOcr {

    private final EnginePool engines;
    private final OcrSettings settings;
    private final IntakeListener listener;
    private final Preprocessor preprocessor;

    PageOcr(EnginePool engines, OcrSettings settings, IntakeListener listener, Preprocessor preprocessor) {
        this.engines = engines;
        this.settings = settings;
        this.listener = listener;
        this.preprocessor = preprocessor;
    }

    PageText read(int number, BufferedImage image, Deadline deadline) {
        long started = System.nanoTime();
        GrayImage page = preprocessor.prepare(GrayImage.of(image));
        List<Word> words = recognize(page, deadline);
        List<TextLine> lines = LayoutLines.build(words);
        double confidence = words.stream().mapToDouble(Word::confidence).average().orElse(0);
        listener.pageRead(TextSource.OCR.code(), (System.nanoTime() - started) / 1e9, confidence);
        return new PageText(number, lines, TextSource.OCR, confidence);
    }

    private List<Word> recognize(GrayImage page, Deadline deadline) {
        deadline.check();
        TesseractEngine engine = engines.borrow(deadline);
        try {
            Duration timeout = min(settings.pageTimeout(), deadline.remaining());
            List<Word> words = engine.recognize(page, timeout);
            if (words == null) {
                throw new DocumentRejectedException(Reason.TIMEOUT, "OCR of a page took longer than " + timeout.toMillis() + " ms");
            }
            return words;
        } finally {
            engines.release(engine);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
