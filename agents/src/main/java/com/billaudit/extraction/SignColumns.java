package com.billaudit.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Money columns of a scanned page that print a currency sign before every figure, left-aligned
 * ("₹13.35" over "₹486.00"): the sign stands at the column's left edge on every row. OCR reads
 * that sign as a glyph (£ ¥ # t F), as a digit ("2486.00" for ₹486.00) or drops it, and the text
 * alone cannot tell a sign read as a digit from a figure's own first digit. The boxes can: a cell
 * whose ink starts at the column's edge starts with the sign, and how many glyphs its box holds
 * says whether the text kept that sign as its first character or lost it; a cell whose ink starts
 * a glyph right of the edge has no sign in it.
 *
 * <p>A column counts as one only when its measured cells are left-aligned (clearly more of them
 * than line up by their right edges, as a right-aligned column's do) and a good share of them show the sign read
 * as a glyph that is no digit; a glyph's width is learnt from those cells. Anything else is left as
 * read, and the row's arithmetic decides as before.
 */
final class SignColumns {

    /** Marks a figure prints narrower than a digit (a point, a comma): counted apart in a box's width. */
    private static final Set<String> NARROW_MARKS = OcrConfusions.digitPairs("narrow-mark");
    /** How wide a narrow mark's box is against a digit's, in a typical print. */
    private static final double NARROW_WIDTH = 0.4;
    /** Cells a column must show before its edge and glyph width are believed. */
    private static final int MIN_CELLS = 6;
    /** Cells showing their sign read as a glyph, of all the column's cells, for the column to count as signed. */
    private static final double SIGNED_SHARE = 0.25;
    /** Cells showing their sign, whatever the share: a glyph's width is their median, and one or two stray cells are no column. */
    private static final int MIN_SIGNED_CELLS = 3;
    /** What a figure itself may open with (a minus, a bracket, a point or a comma): no sign read as a glyph. */
    private static final String FIGURE_OPENINGS = "-(.,";
    /** Cells whose left edge stands at the column's edge, for the column to count as left-aligned. */
    private static final double ALIGNED_SHARE = 0.7;
    /**
     * How many more of the cells, of all, must line up by their left edges than by their right: figures
     * of one length line up both ways, and a right-aligned column lines up by its right edges.
     */
    private static final double LEFT_OVER_RIGHT = 0.2;
    /** How far, in glyph widths, an edge may stand from the column's and still be at it. */
    private static final double AT_EDGE = 0.3;
    /** How far, in glyphs, a box's glyph count may be from a whole count and still be read as it. */
    private static final double GLYPH_SLACK = 0.35;
    /** How far, in glyph widths, a cell's left edge may stand from the column's edge, or from a glyph right of it, and be read as there. */
    private static final double PLACED = 0.35;

    /** A figure printed with paise: two digits after its point (or the comma OCR made of it). */
    private static final Pattern PAISE = Pattern.compile(".*\\d[.,]\\d{2}");
    /** Cells printed with paise, of all the column's cells, for every figure of the column to have them. */
    private static final double PAISE_SHARE = 0.8;

    private static final SignColumns NONE = new SignColumns(List.of());

    /** A figure cell where it stands: its text, its box's left and right edges and its height on the page. */
    record Cell(String text, double left, double right, double y) {

        double width() {
            return right - left;
        }
    }

    /**
     * One signed column: where its left edge stands down the page, and the width of one glyph.
     * A skewed scan moves the edge steadily from top to bottom: a line, slope and intercept.
     * {@code paise}: nearly every figure of the column is printed with paise.
     */
    private record Edge(Line left, double glyph, boolean paise) {

        double leftAt(double y) {
            return left.at(y);
        }
    }

    /** An edge's x down the page, fitted robustly (Theil–Sen) to the cells' edges: a few misplaced cells do not move it. */
    private record Line(double slope, double intercept) {

        double at(double y) {
            return intercept + slope * y;
        }

        static Line through(List<Cell> cells, ToDoubleFunction<Cell> edge) {
            List<Double> slopes = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                for (int j = i + 1; j < cells.size(); j++) {
                    double dy = cells.get(j).y() - cells.get(i).y();
                    if (dy != 0) {
                        slopes.add((edge.applyAsDouble(cells.get(j)) - edge.applyAsDouble(cells.get(i))) / dy);
                    }
                }
            }
            double slope = slopes.isEmpty() ? 0 : Median.of(slopes.stream().mapToDouble(Double::doubleValue).toArray());
            double intercept = Median.of(cells.stream().mapToDouble(c -> edge.applyAsDouble(c) - slope * c.y()).toArray());
            return new Line(slope, intercept);
        }
    }

    private final List<Edge> edges;

    private SignColumns(List<Edge> edges) {
        this.edges = edges;
    }

    /** The signed columns among {@code columns}, each given as the cells measured under it. */
    static SignColumns of(List<List<Cell>> columns) {
        List<Edge> edges = new ArrayList<>();
        for (List<Cell> cells : columns) {
            signedEdge(cells).ifPresent(edges::add);
        }
        return edges.isEmpty() ? NONE : new SignColumns(edges);
    }

    static SignColumns none() {
        return NONE;
    }

    boolean any() {
        return !edges.isEmpty();
    }

    /**
     * The figure a cell prints when it stands in a signed column and its box says where the sign
     * is: without its first character when that character is the sign (whatever OCR read it as),
     * as read but known to have no sign in it when the sign was lost or stands outside its box.
     * Empty when the cell stands in no signed column or its box does not say.
     */
    Optional<PrintedNumber> read(Cell cell) {
        String text = cell.text().strip();
        if (text.length() < 2) {
            return Optional.empty();
        }
        for (Edge edge : edges) {
            double offset = (cell.left() - edge.leftAt(cell.y())) / edge.glyph();
            if (Math.abs(offset) <= PLACED) {
                return atEdge(text, cell.width() / edge.glyph(), edge.paise());
            }
            if (Math.abs(offset - 1) <= PLACED && Character.isDigit(text.charAt(0))) {
                // the ink starts a glyph right of the edge: the sign is not in this cell's box, its first digit is the figure's
                return NumberReader.read(text).map(n -> n.withSign(true));
            }
        }
        return Optional.empty();
    }

    /**
     * A cell whose box starts at the column's edge, {@code glyphs} glyph widths wide: its first glyph
     * is the sign. In a column printing paise, a cell read without a point lost it ("7448" for ₹74.48):
     * the box holds that point too, and the figure has it before its last two digits.
     */
    private static Optional<PrintedNumber> atEdge(String text, double glyphs, boolean paise) {
        boolean pointLost = paise && narrowMarks(text) == 0 && text.length() >= 4;
        String figure = pointLost ? text.substring(0, text.length() - 2) + "." + text.substring(text.length() - 2) : text;
        double read = glyphs - NARROW_WIDTH * narrowMarks(figure);
        int wide = figure.length() - narrowMarks(figure);
        if (Math.abs(read - wide) <= GLYPH_SLACK) {
            // the text holds as many glyphs as the box: its first character is the sign, read as whatever it was read as
            boolean digit = Character.isDigit(figure.charAt(0));
            return NumberReader.read(figure.substring(1))
                    .map(n -> new PrintedNumber(n.value(), n.decimal(), n.repaired() || digit || pointLost, true, null));
        }
        if (Math.abs(read - (wide + 1)) <= GLYPH_SLACK && Character.isDigit(figure.charAt(0))) {
            // the box holds one glyph more than the text: the sign, which OCR left out; every digit read is the figure's
            return NumberReader.read(figure).map(n -> new PrintedNumber(n.value(), n.decimal(), n.repaired() || pointLost, true, null));
        }
        return Optional.empty();
    }

    /** The column's edge and glyph width, when its cells show a left-aligned column of signed figures. */
    private static Optional<Edge> signedEdge(List<Cell> measured) {
        if (measured.size() < MIN_CELLS) {
            return Optional.empty();
        }
        List<Cell> cells = measured.stream().sorted(Comparator.comparingDouble(Cell::y)).toList();
        List<Cell> showingSign = cells.stream().filter(SignColumns::showsSign).toList();
        if (showingSign.size() < SIGNED_SHARE * cells.size() || showingSign.size() < MIN_SIGNED_CELLS) {
            return Optional.empty();
        }
        double glyph = Median.of(showingSign.stream()
                .mapToDouble(c -> c.width() / (c.text().length() - (1 - NARROW_WIDTH) * narrowMarks(c.text()))).toArray());
        if (!(glyph > 0)) {
            return Optional.empty();
        }
        Line left = Line.through(cells, Cell::left);
        Line right = Line.through(cells, Cell::right);
        long leftAligned = cells.stream().filter(c -> Math.abs(c.left() - left.at(c.y())) <= AT_EDGE * glyph).count();
        long rightAligned = cells.stream().filter(c -> Math.abs(c.right() - right.at(c.y())) <= AT_EDGE * glyph).count();
        boolean leftAlignedColumn = leftAligned >= ALIGNED_SHARE * cells.size()
                && rightAligned <= leftAligned - LEFT_OVER_RIGHT * cells.size();
        boolean paise = cells.stream().filter(c -> PAISE.matcher(c.text().strip()).matches()).count() >= PAISE_SHARE * cells.size();
        return leftAlignedColumn ? Optional.of(new Edge(left, glyph, paise)) : Optional.empty();
    }

    /** "£19.35", "t972.00": a glyph that is no digit, then the figure. */
    private static boolean showsSign(Cell cell) {
        String text = cell.text().strip();
        return text.length() > 2 && !Character.isDigit(text.charAt(0)) && FIGURE_OPENINGS.indexOf(text.charAt(0)) < 0
                && Character.isDigit(text.charAt(1)) && NumberReader.read(text.substring(1)).isPresent();
    }

    private static int narrowMarks(String text) {
        return (int) text.codePoints().filter(c -> NARROW_MARKS.contains(Character.toString(c))).count();
    }
}
