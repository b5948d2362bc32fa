package com.billaudit.stressset;

import java.awt.font.FontRenderContext;

/** Sizes the composer lays out with: typeset points for PDFs and scans, character cells for text files. */
interface Metrics {
    double width(String text, double size, boolean bold);

    /** Vertical advance of one line of text at {@code size}. */
    double lineHeight(double size);

    /** Vertical space a horizontal rule takes between two rows. */
    double ruleSpace();

    double columnGap();

    double pageWidth();

    double pageHeight();

    double margin();

    double bodySize();

    double titleSize();

    double smallSize();

    /** Text files: every position is a whole cell. */
    boolean cells();

    /** Typeset text in one of the {@link FontFace}s on an A4 (or Letter) page. */
    record Typeset(FontFace face, double bodySize, double pageWidth, double pageHeight, double margin) implements Metrics {
        private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

        @Override
        public double width(String text, double size, boolean bold) {
            return face.awt(bold).deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
        }

        @Override
        public double lineHeight(double size) {
            return size * 1.45;
        }

        @Override
        public double ruleSpace() {
            return bodySize * 0.35;
        }

        @Override
        public double columnGap() {
            return bodySize * 1.2;
        }

        @Override
        public double titleSize() {
            return bodySize + 5;
        }

        @Override
        public double smallSize() {
            return bodySize - 0.5;
        }

        @Override
        public boolean cells() {
            return false;
        }
    }

    /** A fixed-pitch text file {@code columns} wide; {@code rows} lines per page. */
    record Cells(int columns, int rows, int gap) implements Metrics {
        @Override
        public double width(String text, double size, boolean bold) {
            return text.length();
        }

        @Override
        public double lineHeight(double size) {
            return 1;
        }

        @Override
        public double ruleSpace() {
            return 1;
        }

        @Override
        public double columnGap() {
            return gap;
        }

        @Override
        public double pageWidth() {
            return columns;
        }

        @Override
        public double pageHeight() {
            return rows;
        }

        @Override
        public double margin() {
            return 0;
        }

        @Override
        public double bodySize() {
            return 1;
        }

        @Override
        public double titleSize() {
            return 1;
        }

        @Override
        public double smallSize() {
            return 1;
        }

        @Override
        public boolean cells() {
            return true;
        }
    }
}
