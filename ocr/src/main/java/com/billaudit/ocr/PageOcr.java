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
    /** Clockwise quarter turns tried on a poorly read page, most likely first. */
    private static final int[] QUARTER_TURNS_TO_TRY = {2, 1, 3};

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
        Preprocessor.Prepared prepared = preprocessor.prepare(original);
        List<Word> words = recognize(prepared.image(), deadline);
        if (preprocessor.steps().orient() && !prepared.orientationSettled() && isPoor(words)) {
            words = bestOrientation(original, prepared.image(), words, deadline);
        }
        List<TextLine> lines = LayoutLines.build(words).stream()
                .map(line -> new TextLine(Misreadings.repair(line.text()), line.confidence()))
                .toList();
        double confidence = words.stream().mapToDouble(Word::confidence).average().orElse(0);
        listener.pageRead(TextSource.OCR.code(), (System.nanoTime() - started) / 1e9, confidence);
        return new PageText(number, lines, TextSource.OCR, confidence);
    }

    /**
     * Settles the orientation of a poorly read page whose glyphs did not show which way is up:
     * a sample of the page is read in all four orientations (cheap: a fifth of the page each)
     * and the page is read again whole only when another orientation reads better. Tesseract
     * reads turned text as low-confidence fragments, so this needs no orientation data file.
     */
    private List<Word> bestOrientation(GrayImage original, GrayImage prepared, List<Word> upright, Deadline deadline) {
        GrayImage sample = centralSample(prepared);
        int bestTurns = 0;
        int bestScore = goodWords(recognize(sample, deadline));
        for (int turns : QUARTER_TURNS_TO_TRY) {
            int score = goodWords(recognize(Rotation.quarterTurns(sample, turns), deadline));
            if (score > bestScore) {
                bestScore = score;
                bestTurns = turns;
            }
        }
        if (bestTurns == 0) {
            return upright;
        }
        List<Word> turned = recognize(preprocessor.prepare(original, bestTurns).image(), deadline);
        return goodWords(turned) > goodWords(upright) ? turned : upright;
    }

    /** The middle of the page, where a bill's table is: half its width, two fifths of its height. */
    static GrayImage centralSample(GrayImage page) {
        int w = page.width() / 2;
        int h = page.height() * 2 / 5;
        int x0 = (page.width() - w) / 2;
        int y0 = (page.height() - h) / 2;
        GrayImage sample = GrayImage.blank(w, h);
        for (int y = 0; y < h; y++) {
            System.arraycopy(page.pixels(), (y0 + y) * page.width() + x0, sample.pixels(), y * w, w);
        }
        return sample;
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
