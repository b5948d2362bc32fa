package com.billaudit.intake;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules read of a document's text, applied where the text leaves intake and before any
 * regular expression sees it: classification and extraction match patterns line by line, and a
 * pattern over a 48 KB run of digits recurses deep enough to overflow the stack.
 *
 * <p>A line longer than {@link #MAX_LINE_CHARS} is cut, a token (a run without spaces) longer
 * than {@link #MAX_TOKEN_CHARS} is cut, and the line's confidence drops to
 * {@link #CLIPPED_CONFIDENCE} so that what is read from it is marked unsure. A document with more
 * lines than {@link #MAX_LINES_PER_PAGE} on a page or {@link #MAX_LINES} in all is refused: rows
 * of a table are lines, so this bounds the rows every rule iterates over.
 */
public final class TextLimits {
    /** A bill's widest rows are a few hundred characters, even laid out with runs of spaces. */
    public static final int MAX_LINE_CHARS = 1_000;
    /** Longer than any amount, code or word on a bill. */
    public static final int MAX_TOKEN_CHARS = 64;
    /** A plain-text bill is one page, however long. */
    public static final int MAX_LINES_PER_PAGE = 5_000;
    public static final int MAX_LINES = 10_000;
    static final double CLIPPED_CONFIDENCE = 0.5;

    private TextLimits() {
    }

    /**
     * @throws DocumentRejectedException TOO_LARGE over the line caps
     */
    public static DocumentText bound(DocumentText text) {
        int lines = 0;
        for (PageText page : text.pages()) {
            if (page.lines().size() > MAX_LINES_PER_PAGE) {
                throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + page.number() + " has "
                        + page.lines().size() + " lines; at most " + MAX_LINES_PER_PAGE + " are read");
            }
            lines += page.lines().size();
        }
        if (lines > MAX_LINES) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the document has " + lines + " lines; at most "
                    + MAX_LINES + " are read");
        }
        List<PageText> pages = new ArrayList<>(text.pages().size());
        boolean clipped = false;
        for (PageText page : text.pages()) {
            PageText bounded = bound(page);
            clipped |= bounded != page;
            pages.add(bounded);
        }
        return clipped ? new DocumentText(pages) : text;
    }

    private static PageText bound(PageText page) {
        List<TextLine> lines = new ArrayList<>(page.lines().size());
        boolean clipped = false;
        for (TextLine line : page.lines()) {
            String text = clip(line.text());
            if (text.equals(line.text())) {
                lines.add(line);
            } else {
                lines.add(new TextLine(text, Math.min(line.confidence(), CLIPPED_CONFIDENCE), wordsBefore(line, text)));
                clipped = true;
            }
        }
        return clipped ? new PageText(page.number(), lines, page.source(), page.confidence()) : page;
    }

    /** The line's words that end before the clipped text first differs from it: those still stand where they did. */
    private static List<PlacedWord> wordsBefore(TextLine line, String clipped) {
        int same = 0;
        int limit = Math.min(clipped.length(), line.text().length());
        while (same < limit && clipped.charAt(same) == line.text().charAt(same)) {
            same++;
        }
        int kept = same;
        return line.words().stream().filter(word -> word.end() <= kept).toList();
    }

    /** The line cut to {@link #MAX_LINE_CHARS}, each token to {@link #MAX_TOKEN_CHARS}; the same string when within. */
    static String clip(String line) {
        if (line.length() <= MAX_TOKEN_CHARS) {
            return line;
        }
        StringBuilder out = null;
        int token = 0;
        int limit = Math.min(line.length(), MAX_LINE_CHARS);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            token = Character.isWhitespace(c) ? 0 : token + 1;
            boolean keep = i < limit && token <= MAX_TOKEN_CHARS;
            if (!keep && out == null) {
                out = new StringBuilder(limit).append(line, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? line : out.toString();
    }
}
