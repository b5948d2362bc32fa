package com.billaudit.stressset;

import com.billaudit.stressset.Page.Rule;
import com.billaudit.stressset.Page.Text;

import java.util.ArrayList;
import java.util.List;

/** A cursor over pages: places text and rules top to bottom and starts new pages. Shared by the composers. */
final class Sheet {
    private static final String PAGE_NUMBER = "\u0000page";

    final Metrics m;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    double y;

    Sheet(Metrics m) {
        this.m = m;
        newPage();
    }

    void newPage() {
        page = Page.blank(m.pageWidth(), m.pageHeight());
        pages.add(page);
        y = m.margin();
    }

    double left() {
        return m.margin();
    }

    double right() {
        return m.pageWidth() - m.margin();
    }

    /** Lowest y a row may reach, above the page-number line. */
    double bottom() {
        return m.pageHeight() - m.margin() - 2 * m.lineHeight(m.smallSize());
    }

    boolean fits(double height) {
        return y + height <= bottom();
    }

    int pageCount() {
        return pages.size();
    }

    void text(double x, String s, double size, boolean bold) {
        if (!s.isEmpty()) {
            page.marks().add(new Text(snap(x), y, s, size, bold));
        }
    }

    void textAt(double x, double top, String s, double size, boolean bold) {
        if (!s.isEmpty()) {
            page.marks().add(new Text(snap(x), top, s, size, bold));
        }
    }

    void rightAligned(double xRight, double top, String s, double size, boolean bold) {
        textAt(xRight - m.width(s, size, bold), top, s, size, bold);
    }

    void centered(String s, double size, boolean bold) {
        text(Math.max(left(), (m.pageWidth() - m.width(s, size, bold)) / 2), s, size, bold);
    }

    void line(String s, double size, boolean bold) {
        text(left(), s, size, bold);
        advance(size);
    }

    void advance(double size) {
        y += m.lineHeight(size);
    }

    void gap(double fractionOfLine) {
        y += m.cells() ? Math.max(1, Math.round(fractionOfLine)) : m.lineHeight(m.bodySize()) * fractionOfLine;
    }

    /** A horizontal rule in the space between two rows. */
    void hrule(double x1, double x2) {
        double at = m.cells() ? y : y + m.ruleSpace() / 2;
        page.marks().add(new Rule(snap(x1), at, snap(x2), at));
        y += m.ruleSpace();
    }

    void vrule(double x, double top, double bottom) {
        page.marks().add(new Rule(snap(x), top, snap(x), bottom));
    }

    /** Words of {@code s} in lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String s, double width, double size, boolean bold) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (m.width(candidate, size, bold) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            while (m.width(word, size, bold) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && m.width(word.substring(0, cut), size, bold) > width) {
                    cut--;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Marks this page's number line; {@link #finish()} writes "Page i of n" there. */
    void pageNumber() {
        // A text file has no paper size: its page number follows the page's last line.
        double top = m.cells() ? y + 1 : m.pageHeight() - m.margin() - m.lineHeight(m.smallSize());
        page.marks().add(new Text(snap(m.pageWidth() / 2 - 4 * m.smallSize()), top, PAGE_NUMBER, m.smallSize(), false));
    }

    List<Page> finish() {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            List<Page.Mark> marks = new ArrayList<>();
            for (Page.Mark mark : p.marks()) {
                if (mark instanceof Text t && t.text().equals(PAGE_NUMBER)) {
                    String label = "Page " + (i + 1) + " of " + pages.size();
                    double x = m.cells() ? Math.floor((m.pageWidth() - label.length()) / 2) : t.x();
                    marks.add(new Text(x, t.top(), label, t.size(), false));
                } else {
                    marks.add(mark);
                }
            }
            out.add(new Page(p.width(), p.height(), marks));
        }
        return out;
    }

    private double snap(double x) {
        return m.cells() ? Math.max(0, Math.round(x)) : x;
    }
}
