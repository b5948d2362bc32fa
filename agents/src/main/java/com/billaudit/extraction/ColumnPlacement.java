package com.billaudit.extraction;

import java.util.ArrayList;
import java.util.List;

/** Which column each of a row's numbers stands under, when some cells of the row are blank. */
final class ColumnPlacement {

    private ColumnPlacement() {
    }

    /** How far a word stands from a column's title: the nearest of its left edges, right edges and centres. */
    static int distance(Token t, Column c) {
        return Math.min(Math.abs(t.end() - c.end()), Math.min(Math.abs(t.start() - c.start()), Math.abs(t.center() - c.center())));
    }

    /** The order-preserving placement of {@code tokens} under {@code columns} that puts each nearest its column. */
    static int[] best(List<Token> tokens, List<Column> columns) {
        return best(tokens.size(), columns.size(), (k, c) -> distance(tokens.get(k), columns.get(c)));
    }

    /** How far the {@code k}th figure stands from the {@code c}th column. */
    @FunctionalInterface
    interface Cost {
        double of(int k, int c);
    }

    /** The order-preserving placement of {@code figures} figures under {@code columns} columns of least total cost. */
    static int[] best(int figures, int columns, Cost cost) {
        int[] best = null;
        double bestCost = Double.MAX_VALUE;
        for (int[] placement : placements(figures, columns)) {
            double total = 0;
            for (int k = 0; k < placement.length; k++) {
                total += cost.of(k, placement[k]);
            }
            // ties go to the rightmost placement: amounts are the columns least often left blank
            if (total <= bestCost) {
                best = placement;
                bestCost = total;
            }
        }
        return best;
    }

    private static List<int[]> placements(int tokens, int columns) {
        List<int[]> all = new ArrayList<>();
        collect(new int[tokens], 0, 0, columns, all);
        return all;
    }

    private static void collect(int[] current, int k, int from, int columns, List<int[]> out) {
        if (k == current.length) {
            out.add(current.clone());
            return;
        }
        for (int c = from; c <= columns - (current.length - k); c++) {
            current[k] = c;
            collect(current, k + 1, c + 1, columns, out);
        }
    }
}
