package com.billaudit.stressset;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-cell bill printed on paper, as billing systems on line printers and "print to PDF"
 * of a text report produce it: every text line set in a monospaced face, rules drawn with dashes.
 */
final class Printout {
    /** Advance width of DejaVu Sans Mono, in ems. */
    private static final double MONO_ADVANCE = 0.602;
    private static final double LINE_SPACING = 1.2;

    private Printout() {
    }

    /** Lines per page that fit when {@code columns} characters fill the width between the margins. */
    static int rowsPerPage(int columns, double pageWidth, double pageHeight, double margin) {
        double size = size(columns, pageWidth, margin);
        return (int) Math.floor((pageHeight - 2 * margin) / (size * LINE_SPACING)) - 1;
    }

    static List<Page> typeset(List<Page> cellPages, int columns, char horizontal, double pageWidth, double pageHeight, double margin) {
        double size = size(columns, pageWidth, margin);
        List<Page> out = new ArrayList<>();
        for (Page cells : cellPages) {
            Page page = Page.blank(pageWidth, pageHeight);
            String[] lines = TextRaster.render(List.of(cells), horizontal, "").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    page.marks().add(new Page.Text(margin, margin + i * size * LINE_SPACING, lines[i], size, false));
                }
            }
            out.add(page);
        }
        return out;
    }

    private static double size(int columns, double pageWidth, double margin) {
        return (pageWidth - 2 * margin) / (columns * MONO_ADVANCE);
    }
}
