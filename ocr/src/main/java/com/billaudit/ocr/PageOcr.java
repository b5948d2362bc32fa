package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** OCRs one page image: clean it up, recognise words with a pooled engine, rebuild the rows. */
final class PageOcr {

    /** A word Tesseract is at least this sure of, with three or more letters or digits, reads well. */
    private static final double GOOD_WORD_CONFIDENCE = 0.75;
    /** Symbols-only words below this confidence are remnants of rules and specks, not text. */
    private static final double JUNK_CONFIDENCE = 0.6;
    /** A page whose share of good words is below this may be turned: try the other orientations. */
    private static final double POOR_PAGE_SHARE = 0.5;
    /**
     * Good words that show a page is upright however poorly the rest of it reads. Read turned
     * by 90 or 180 degrees, dense real pages with 140-170 good words upright yielded 0-12; the
     * trials in four orientations cost more than reading the page once more (measured).
     */
    static final int UPRIGHT_EVIDENCE = 40;
    /** Clockwise quarter turns tried on a poorly read page, most likely first. */
    private static final int[] QUARTER_TURNS_TO_TRY = {2, 1, 3};

    /** What a numeric cell may hold on its second reading. */
    private static final String NUMERIC_CHARACTERS = "0123456789.,";
    /** Page around a cell's words taken into its crop, as a share of the cell's height. */
    private static final double CELL_PAD = 0.25;

    /** White around a strip read alone: Tesseract reads edge-to-edge ink poorly. */
    private static final int STRIP_MARGIN = 20;
    private static final System.Logger LOG = System.getLogger(PageOcr.class.getName());
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

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

    /** @param bilevel whether the page was scanned at one bit per pixel, where faint or dotted strokes break up */
    PageText read(int number, GrayImage original, boolean bilevel, Deadline deadline) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        Preprocessor.Prepared prepared = preprocessor.prepare(original, -1, bilevel);
        if (prepared.joined()) {
            LOG.log(System.Logger.Level.INFO, "page {0}: print broken into dots or fragments, joined before OCR", number);
        }
        Reading reading = new Reading(prepared.image(), recognize(prepared.image(), deadline));
        if (preprocessor.steps().orient() && !prepared.orientationSettled() && mayBeTurned(reading.words())) {
            reading = bestOrientation(original, bilevel, reading, deadline);
        }
        Reading afterStrips = readStaggeredColumns(number, reading, cpuStarted, deadline);
        reading = afterStrips != reading ? afterStrips : readDescriptionBands(number, reading, deadline);
        List<Word> words = rereadNumbers(reading, deadline);
        List<TextLine> lines = LayoutLines.build(words).stream()
                .map(line -> line.respelled(Misreadings.repair(line.text())))
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
    private Reading bestOrientation(GrayImage original, boolean bilevel, Reading upright, Deadline deadline) {
        GrayImage sample = centralSample(upright.image());
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
        GrayImage turnedImage = preprocessor.prepare(original, bestTurns, bilevel).image();
        List<Word> turned = recognize(turnedImage, deadline);
        return goodWords(turned) > goodWords(upright.words()) ? new Reading(turnedImage, turned) : upright;
    }

    /**
     * Reads a staggered table again strip by strip ({@link StaggeredColumns}): each strip of the
     * page between two gutters alone, its words placed back on the page in place of the first
     * reading's words they overlap. Pages without such a table are not read again.
     */
    private Reading readStaggeredColumns(int number, Reading reading, long pageCpuStarted, Deadline deadline) {
        Optional<StaggeredColumns.Plan> found = StaggeredColumns.of(reading.image(), reading.words());
        if (found.isEmpty()) {
            return reading;
        }
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        StaggeredColumns.Plan plan = found.get();
        int top = Math.max(0, plan.top() - plan.reach());
        int bottom = Math.min(reading.image().height(), plan.bottom() + plan.reach());
        List<StaggeredColumns.StripWord> stripWords = new ArrayList<>();
        for (StaggeredColumns.Strip strip : plan.strips()) {
            for (Word placed : readRegion(reading.image(), strip.left(), top, strip.right(), bottom, deadline)) {
                stripWords.add(new StaggeredColumns.StripWord(placed, strip.left(), top, strip.right(), bottom));
            }
        }
        List<Word> words = StaggeredColumns.merge(reading.words(), plan, stripWords);
        // the cost of the second reading, for the CPU a page may take: thread CPU includes Tesseract's native work
        LOG.log(System.Logger.Level.INFO, "page {0}: read in {1} s CPU, its staggered table again in {2} strips in {3} s CPU",
                number, String.format("%.1f", (cpuStarted - pageCpuStarted) / 1e9), plan.strips().size(),
                String.format("%.1f", (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
        return new Reading(reading.image(), words);
    }

    /**
     * Reads the description of the page's few garbled table rows again ({@link DescriptionBands}):
     * each band alone, its words placed back on the page in place of the first reading's words
     * only when they read surer. A page whose table was read again strip by strip is not.
     */
    private Reading readDescriptionBands(int number, Reading reading, Deadline deadline) {
        List<DescriptionBands.Band> bands = DescriptionBands.of(reading.image(), reading.words());
        if (bands.isEmpty()) {
            return reading;
        }
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        List<Word> words = reading.words();
        int replaced = 0;
        for (DescriptionBands.Band band : bands) {
            List<Word> bandWords = readRegion(reading.image(), band.left(), band.top(), band.right(), band.bottom(), deadline);
            List<Word> merged = DescriptionBands.merge(words, band, bandWords);
            if (merged != words) {
                replaced++;
            }
            words = merged;
        }
        // the cost of the second reading, for the CPU a page may take: thread CPU includes Tesseract's native work
        LOG.log(System.Logger.Level.INFO, "page {0}: {1} unsure description bands read again ({2} replaced) in {3} s CPU",
                number, bands.size(), replaced, String.format("%.1f", (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
        return new Reading(reading.image(), words);
    }

    /** A rectangle of the page read alone on a white margin, its words placed back where they stand on the page. */
    private List<Word> readRegion(GrayImage page, int left, int top, int right, int bottom, Deadline deadline) {
        List<Word> placed = new ArrayList<>();
        for (Word word : recognize(region(page, left, top, right, bottom, STRIP_MARGIN), deadline)) {
            placed.add(new Word(word.text(), word.left() + left - STRIP_MARGIN, word.right() + left - STRIP_MARGIN,
                    word.top() + top - STRIP_MARGIN, word.bottom() + top - STRIP_MARGIN, word.confidence()));
        }
        return placed;
    }

    /** A page image and the words read from it. */
    private record Reading(GrayImage image, List<Word> words) {
    }

    /**
     * Reads the doubtful cells of the page's numeric columns again, each alone as one line of
     * digits, decimal points and commas: a cell cut out of its row is read without the letters
     * around it pulling a 5 to "S" or a 1 to "l", and the point between digits survives. A
     * second reading replaces the first only when {@link NumericCells#accept} trusts it.
     */
    private List<Word> rereadNumbers(Reading reading, Deadline deadline) {
        List<List<Word>> rows = LayoutLines.rows(reading.words());
        List<NumericCells.Cell> cells = NumericCells.doubtful(rows);
        List<NumericCells.Straddle> straddles = NumericCells.straddling(rows);
        if (cells.isEmpty() && straddles.isEmpty()) {
            return reading.words();
        }
        List<Word> words = new ArrayList<>(reading.words());
        TesseractEngine engine = engines.borrow(deadline);
        try {
            for (NumericCells.Cell cell : cells) {
                if (!words.containsAll(cell.words())) {
                    continue; // a word between two columns' spans, already read again as the other column's cell
                }
                if (NumericCells.isUnsureAmount(cell) && NumericCells.agreesWithRow(rowOf(words, cell), cell)) {
                    continue; // a garbled neighbour read again ("—§,500.00" as 5,500.00) now vouches for it
                }
                deadline.check();
                Word read = readAlone(engine, reading.image(), cell, deadline);
                if (read != null && NumericCells.accept(cell, read.text(), read.confidence())) {
                    words.removeAll(cell.words());
                    words.add(read);
                }
            }
            for (NumericCells.Straddle straddle : straddles) {
                if (!words.contains(straddle.word())) {
                    continue; // read again as a cell of one column already
                }
                deadline.check();
                List<Word> parts = new ArrayList<>();
                for (NumericCells.Cell part : straddle.parts()) {
                    Word read = readAlone(engine, reading.image(), part, deadline);
                    if (read != null && NumericCells.acceptPart(read.text(), read.confidence())) {
                        parts.add(read);
                    }
                }
                if (!parts.isEmpty()) {
                    // the printings read alone replace the word that ran them together
                    words.remove(straddle.word());
                    words.addAll(parts);
                }
            }
        } finally {
            engines.release(engine);
        }
        return words;
    }

    /** The row (as {@link LayoutLines#rows} groups the words as they now stand) that holds the cell. */
    private static List<Word> rowOf(List<Word> words, NumericCells.Cell cell) {
        for (List<Word> row : LayoutLines.rows(words)) {
            if (row.contains(cell.words().getFirst())) {
                return row;
            }
        }
        return List.of();
    }

    /** A cell read alone as one word placed at the cell, or null when nothing was read. */
    private Word readAlone(TesseractEngine engine, GrayImage image, NumericCells.Cell cell, Deadline deadline) {
        List<Word> cellWords = engine.recognizeLine(crop(image, cell), NUMERIC_CHARACTERS,
                EnginePool.PAGE_SEG_MODE, min(settings.pageTimeout(), deadline.remaining()));
        if (cellWords == null || cellWords.isEmpty()) {
            return null;
        }
        String text = String.join("", cellWords.stream().map(Word::text).toList());
        double confidence = cellWords.stream().mapToDouble(Word::confidence).min().orElse(0);
        return new Word(text, cell.left(), cell.right(), cell.top(), cell.bottom(), confidence);
    }

    /** A rectangle of the page on a white margin of the given width (what lies off the page stays white). */
    static GrayImage region(GrayImage page, int left, int top, int right, int bottom, int margin) {
        int w = Math.max(1, right - left);
        int h = Math.max(1, bottom - top);
        GrayImage out = GrayImage.white(w + 2 * margin, h + 2 * margin);
        for (int y = 0; y < h && top + y < page.height(); y++) {
            System.arraycopy(page.pixels(), (top + y) * page.width() + left, out.pixels(), (margin + y) * out.width() + margin,
                    Math.min(w, page.width() - left));
        }
        return out;
    }

    /** The cell's box with a little of the page around it, on a white margin (Tesseract reads edge-to-edge ink poorly). */
    static GrayImage crop(GrayImage page, NumericCells.Cell cell) {
        double height = cell.bottom() - cell.top();
        int left = Math.max(0, (int) Math.floor(cell.left() - CELL_PAD * height));
        int right = Math.min(page.width(), (int) Math.ceil(cell.right() + CELL_PAD * height));
        int top = Math.max(0, (int) Math.floor(cell.top() - CELL_PAD * height));
        int bottom = Math.min(page.height(), (int) Math.ceil(cell.bottom() + CELL_PAD * height));
        return region(page, left, top, right, bottom, Math.max(4, (int) height / 2));
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

    /**
     * A poorly read page that does not yet show it is upright: few good words. A dense page of
     * small or faint print is poor by share but upright by the many words it did read well.
     */
    static boolean mayBeTurned(List<Word> words) {
        return isPoor(words) && goodWords(words) < UPRIGHT_EVIDENCE;
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
