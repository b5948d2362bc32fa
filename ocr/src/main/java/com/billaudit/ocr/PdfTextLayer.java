package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the glyphs of one PDF page's text layer and joins them into placed words. PDFBox
 * only supplies positioned glyphs here; rows and columns are rebuilt by {@link LayoutLines}.
 */
final class PdfTextLayer extends PDFTextStripper {

    /** A gap wider than this share of the neighbouring glyphs' mean width separates two words. */
    private static final double WORD_BREAK = 0.3;

    /**
     * Operators one page's content may run: a vector-heavy page runs a few hundred thousand; a
     * small compressed stream can inflate to billions of them, which draw no text and so are not
     * stopped by the glyph cap.
     */
    static final int MAX_OPERATORS_PER_PAGE = 2_000_000;

    private final List<TextPosition> glyphs = new ArrayList<>();
    private final int maxGlyphs;
    private final int pageNumber;
    private int operators;

    private PdfTextLayer(int pageNumber, int maxGlyphs) {
        super();
        this.pageNumber = pageNumber;
        this.maxGlyphs = maxGlyphs;
        setSortByPosition(false);
    }

    /** The words of one page (1-based), in no particular order. */
    static List<Word> words(PDDocument document, int pageNumber) throws IOException {
        return words(document, pageNumber, Integer.MAX_VALUE);
    }

    /**
     * The words of one page (1-based), in no particular order.
     *
     * @param maxGlyphs glyphs the page may draw: a small content stream can inflate to millions
     *                  of them, and each is kept until the page is laid out
     * @throws DocumentRejectedException TOO_LARGE as soon as the page draws more
     */
    static List<Word> words(PDDocument document, int pageNumber, int maxGlyphs) throws IOException {
        PdfTextLayer layer = new PdfTextLayer(pageNumber, maxGlyphs);
        layer.setStartPage(pageNumber);
        layer.setEndPage(pageNumber);
        layer.getText(document);
        return layer.words();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS_PER_PAGE) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + pageNumber + "'s content runs more than "
                    + MAX_OPERATORS_PER_PAGE + " operations");
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (glyphs.size() >= maxGlyphs) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the PDF's text layer is too large: page " + pageNumber
                    + " draws more than the " + maxGlyphs + " characters left to read");
        }
        glyphs.add(glyph);
    }

    @Override
    protected void writePage() {
        // Lines are rebuilt from the collected glyphs, not by PDFBox's own layout.
    }

    private List<Word> words() {
        int direction = dominantDirection();
        List<TextPosition> upright = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            // Text running another way (a vertical stamp or margin note) would cut across rows.
            if (glyph.getDir() == direction && glyph.getWidthDirAdj() > 0) {
                upright.add(glyph);
            }
        }
        Map<TextPosition, Integer> drawn = new IdentityHashMap<>();
        for (TextPosition glyph : upright) {
            drawn.put(glyph, drawn.size());
        }
        upright.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<Word> words = new ArrayList<>();
        int start = 0;
        while (start < upright.size()) {
            int end = start + 1;
            while (end < upright.size() && sameBaseline(upright.get(start), upright.get(end))) {
                end++;
            }
            List<TextPosition> row = new ArrayList<>(upright.subList(start, end));
            row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            addWords(words, row, drawn);
            start = end;
        }
        return words;
    }

    private static boolean sameBaseline(TextPosition first, TextPosition other) {
        return Math.abs(other.getYDirAdj() - first.getYDirAdj()) <= 0.3 * Math.max(first.getHeightDir(), 1);
    }

    /**
     * Splits one baseline's glyphs, ordered by x, into words at spaces and wide gaps. Where one
     * cell is drawn over another (a code drawn at its column's edge over a description that ran
     * into it: "...night)" under "99213"), the glyphs sorted by x interleave; then each stretch
     * drawn left to right is split on its own.
     */
    private static void addWords(List<Word> words, List<TextPosition> row, Map<TextPosition, Integer> drawn) {
        List<List<TextPosition>> runs = drawingRuns(row, drawn);
        if (runs.size() > 1 && overdrawn(runs)) {
            for (List<TextPosition> run : runs) {
                run.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                addWordsOf(words, run);
            }
        } else {
            addWordsOf(words, row);
        }
    }

    /** The row's glyphs in drawing order, cut wherever the next one is drawn back over the last. */
    private static List<List<TextPosition>> drawingRuns(List<TextPosition> row, Map<TextPosition, Integer> drawn) {
        List<TextPosition> inOrder = new ArrayList<>(row);
        inOrder.sort(Comparator.comparingInt(drawn::get));
        List<List<TextPosition>> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition glyph : inOrder) {
            if (!run.isEmpty()) {
                TextPosition last = run.getLast();
                boolean back = glyph.getXDirAdj() < last.getXDirAdj() + last.getWidthDirAdj() - 0.25 * glyph.getWidthDirAdj();
                if (back && !isDuplicate(last, glyph)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(glyph);
        }
        runs.add(run);
        return runs;
    }

    /** Whether two stretches overlap across the page with different text: not the same words drawn twice (fake bold). */
    private static boolean overdrawn(List<List<TextPosition>> runs) {
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                List<TextPosition> a = runs.get(i);
                List<TextPosition> b = runs.get(j);
                double overlap = Math.min(right(a), right(b)) - Math.max(left(a), left(b));
                if (overlap > 1 && !text(a).equals(text(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double left(List<TextPosition> run) {
        return run.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
    }

    private static double right(List<TextPosition> run) {
        return run.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
    }

    private static String text(List<TextPosition> run) {
        StringBuilder sb = new StringBuilder();
        run.stream().filter(g -> !g.getUnicode().isBlank()).forEach(g -> sb.append(g.getUnicode()));
        return sb.toString();
    }

    private static void addWordsOf(List<Word> words, List<TextPosition> row) {
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition glyph : row) {
            if (!current.isEmpty() && isDuplicate(current.getLast(), glyph)) {
                continue;
            }
            if (glyph.getUnicode().isBlank()) {
                addWord(words, current);
                current.clear();
                continue;
            }
            if (!current.isEmpty() && breaksWord(current.getLast(), glyph)) {
                addWord(words, current);
                current.clear();
            }
            current.add(glyph);
        }
        addWord(words, current);
    }

    private int dominantDirection() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextPosition glyph : glyphs) {
            counts.merge((int) glyph.getDir(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    private static boolean breaksWord(TextPosition previous, TextPosition next) {
        double gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        double meanWidth = (previous.getWidthDirAdj() + next.getWidthDirAdj()) / 2;
        return gap > WORD_BREAK * meanWidth || gap < -meanWidth;
    }

    /** Fake bold draws the same glyph twice, slightly offset. */
    private static boolean isDuplicate(TextPosition previous, TextPosition next) {
        return previous.getUnicode().equals(next.getUnicode())
                && Math.abs(next.getXDirAdj() - previous.getXDirAdj()) < 0.3 * previous.getWidthDirAdj()
                && Math.abs(next.getYDirAdj() - previous.getYDirAdj()) < 0.3 * Math.max(previous.getHeightDir(), 1);
    }

    private static void addWord(List<Word> words, List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double baseline = 0;
        double height = 0;
        for (TextPosition glyph : glyphs) {
            text.append(glyph.getUnicode());
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            baseline += glyph.getYDirAdj();
            height = Math.max(height, glyph.getHeightDir());
        }
        baseline /= glyphs.size();
        // Same-baseline words overlap fully; the next row, a line spacing below, barely at all.
        double top = baseline - Math.max(height, 1);
        words.add(new Word(normalize(text), left, right, top, baseline, 1.0));
    }

    /**
     * NFKC turns ligatures (U+FB01 "fi") and full-width digits into plain characters; superscript
     * and subscript digits stay as printed: "¹17,500" is a mark before 17,500 (a font without ₹
     * draws it so), never 117,500.
     */
    static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isRaisedOrLoweredDigit(c)) {
                out.append(Normalizer.normalize(run, Normalizer.Form.NFKC)).appendCodePoint(c);
                run.setLength(0);
            } else {
                run.appendCodePoint(c);
            }
        });
        return out.append(Normalizer.normalize(run, Normalizer.Form.NFKC)).toString();
    }

    private static boolean isRaisedOrLoweredDigit(int c) {
        return c == 0xB9 || c == 0xB2 || c == 0xB3 || c >= 0x2070 && c <= 0x2079 || c >= 0x2080 && c <= 0x2089;
    }
}
