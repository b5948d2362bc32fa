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

    /** A word Tesseract is at least this sure of, with three or more letters or digits, reads well. */
    private static final double GOOD_WORD_CONFIDENCE = 0.75;
    /** Symbols-only words below this confidence are remnants of rules and specks, not text. */
    private static final double JUNK_CONFIDENCE = 0.6;
    /** A page whose share of good words is below this may be turned: try the other orientations. */
    private static final double POOR_PAGE_SHARE = 0.5;
    /** Orientation trials run on a copy whose longer side is about this long, to stay cheap. */
    private static final int TRIAL_SIDE = 1800;

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
        GrayImage original = GrayImage.of(image);
        List<Word> words = recognize(preprocessor.prepare(original), deadline);
        if (preprocessor.steps().orient() && isPoor(words)) {
            int turns = bestQuarterTurns(original, deadline);
            if (turns != 0) {
                words = recognize(preprocessor.prepare(Rotation.quarterTurns(original, turns)), deadline);
            }
        }
        List<TextLine> lines = LayoutLines.build(words);
        double confidence = words.stream().mapToDouble(Word::confidence).average().orElse(0);
        listener.pageRead(TextSource.OCR.code(), (System.nanoTime() - started) / 1e9, confidence);
        return new PageText(number, lines, TextSource.OCR, confidence);
    }

    /**
     * Which quarter turn (clockwise) makes the page read best, judged on a reduced copy. Tesseract
     * reads sideways or upside-down text as low-confidence fragments, so the count of good words
     * tells the orientation without the OSD data file.
     */
    private int bestQuarterTurns(GrayImage original, Deadline deadline) {
        int factor = Math.max(1, Math.max(original.width(), original.height()) / TRIAL_SIDE);
        GrayImage trial = Downscale.by(original, factor);
        int best = 0;
        int bestScore = -1;
        for (int turns = 0; turns < 4; turns++) {
            int score = goodWords(recognize(preprocessor.prepare(Rotation.quarterTurns(trial, turns)), deadline));
            if (score > bestScore) {
                bestScore = score;
                best = turns;
            }
        }
        return best;
    }

    /** Few real words, or real words mostly read with low confidence. */
    static boolean isPoor(List<Word> words) {
        long candidates = words.stream().filter(PageOcr::isRealWord).count();
        return candidates < 5 || goodWords(words) < POOR_PAGE_SHARE * candidates;
    }

    private static int goodWords(List<Word> words) {
        return (int) words.stream()
                .filter(word -> isRealWord(word) && word.confidence() >= GOOD_WORD_CONFIDENCE)
                .count();
    }

    /** Three or more letters or digits: short fragments say little about orientation. */
    private static boolean isRealWord(Word word) {
        return word.text().codePoints().filter(Character::isLetterOrDigit).count() >= 3;
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
            return words.stream().filter(word -> !isJunk(word)).toList();
        } finally {
            engines.release(engine);
        }
    }

    /** A doubtful word with no letter or digit: "=" or "~" read from a rule remnant or a speck. */
    private static boolean isJunk(Word word) {
        return word.confidence() < JUNK_CONFIDENCE && word.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
