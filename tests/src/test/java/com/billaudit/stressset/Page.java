package com.billaudit.stressset;

import java.util.ArrayList;
import java.util.List;

/**
 * One composed page: text runs and ruling lines at positions in page units (points for PDFs and
 * scans, character cells for text files), origin top left.
 */
record Page(double width, double height, List<Mark> marks) {
    sealed interface Mark permits Text, Rule {
    }

    /** A run of text whose line box starts at {@code top}. */
    record Text(double x, double top, String text, double size, boolean bold) implements Mark {
    }

    record Rule(double x1, double y1, double x2, double y2) implements Mark {
    }

    static Page blank(double width, double height) {
        return new Page(width, height, new ArrayList<>());
    }
}
