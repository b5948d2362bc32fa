package com.billaudit.extraction;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;

/** How far apart two placed lines are printed, from their words' boxes. */
final class LineSpacing {

    private LineSpacing() {
    }

    /**
     * Whether {@code line} stands less than a line's height below {@code previous}: the two are
     * not successive lines of print but one printed half a line lower beside the other (a
     * wrapped description's lines with the row's figures centred between them). False when
     * either line does not know where its words stand.
     */
    static boolean halfLineBelow(TextLine previous, TextLine line) {
        if (previous == null || !previous.placed() || !line.placed()) {
            return false;
        }
        double height = Math.max(height(previous), height(line));
        double below = center(line) - center(previous);
        return below > 0 && below < height;
    }

    private static double height(TextLine line) {
        return line.words().stream().mapToDouble(PlacedWord::bottom).max().orElseThrow()
                - line.words().stream().mapToDouble(PlacedWord::top).min().orElseThrow();
    }

    private static double center(TextLine line) {
        return (line.words().stream().mapToDouble(PlacedWord::bottom).max().orElseThrow()
                + line.words().stream().mapToDouble(PlacedWord::top).min().orElseThrow()) / 2;
    }
}
