package com.billaudit.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The 8-connected groups of ink pixels on a page (glyphs, specks, rules), found run by run: each
 * row's horizontal runs of ink are joined with the runs they touch in the row above. Keeping
 * runs instead of a label per pixel costs memory in proportion to the ink, not the page.
 */
final class InkComponents {

    /** A component's bounding box (right and bottom exclusive) and its number of ink pixels. */
    record Box(int left, int top, int right, int bottom, int pixels) {

        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }

        int size() {
            return Math.max(width(), height());
        }
    }

    private final int width;
    private final int height;
    private final int runCount;
    private final int[] runRow;
    private final int[] runStart;
    private final int[] runEnd;
    private final int[] runComponent;
    private final List<Box> boxes;

    private InkComponents(int width, int height, int runCount, int[] runRow, int[] runStart, int[] runEnd,
                          int[] runComponent, List<Box> boxes) {
        this.width = width;
        this.height = height;
        this.runCount = runCount;
        this.runRow = runRow;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.runComponent = runComponent;
        this.boxes = boxes;
    }

    static InkComponents of(boolean[] ink, int width, int height) {
        Runs runs = new Runs();
        int previousFirst = 0;
        int previousEnd = 0;
        for (int y = 0; y < height; y++) {
            int first = runs.count;
            int row = y * width;
            // Runs above that end left of this run cannot touch it or any later run in the row.
            int cursor = previousFirst;
            int x = 0;
            while (x < width) {
                if (!ink[row + x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && ink[row + x]) {
                    x++;
                }
                int run = runs.add(y, start, x);
                // 8-connected: a run above touches this one when they overlap or meet at a corner.
                while (cursor < previousEnd && runs.end[cursor] < start) {
                    cursor++;
                }
                for (int above = cursor; above < previousEnd && runs.start[above] <= x; above++) {
                    runs.union(above, run);
                }
            }
            previousFirst = first;
            previousEnd = runs.count;
        }
        return runs.components(width, height);
    }

    List<Box> boxes() {
        return boxes;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Paints the pixels of the components {@code erase} selects white in {@code page}; returns how many components. */
    int erase(GrayImage page, Predicate<Box> erase) {
        boolean[] selected = new boolean[boxes.size()];
        int erased = 0;
        for (int i = 0; i < boxes.size(); i++) {
            selected[i] = erase.test(boxes.get(i));
            erased += selected[i] ? 1 : 0;
        }
        byte[] pixels = page.pixels();
        for (int run = 0; run < runCount; run++) {
            if (selected[runComponent[run]]) {
                Arrays.fill(pixels, runRow[run] * width + runStart[run], runRow[run] * width + runEnd[run], (byte) 255);
            }
        }
        return erased;
    }

    /** Growing arrays of runs with a union-find forest over them. */
    private static final class Runs {
        int count;
        int[] row = new int[1024];
        int[] start = new int[1024];
        int[] end = new int[1024];
        int[] parent = new int[1024];

        int add(int y, int from, int to) {
            if (count == row.length) {
                int size = count * 2;
                row = Arrays.copyOf(row, size);
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                parent = Arrays.copyOf(parent, size);
            }
            row[count] = y;
            start[count] = from;
            end[count] = to;
            parent[count] = count;
            return count++;
        }

        int find(int run) {
            while (parent[run] != run) {
                parent[run] = parent[parent[run]];
                run = parent[run];
            }
            return run;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) {
                // The older root stays: roots point upwards, which keeps paths short here.
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }

        InkComponents components(int width, int height) {
            int[] component = new int[count];
            int[] indexOfRoot = new int[count];
            Arrays.fill(indexOfRoot, -1);
            List<int[]> acc = new ArrayList<>();
            for (int run = 0; run < count; run++) {
                int root = find(run);
                if (indexOfRoot[root] < 0) {
                    indexOfRoot[root] = acc.size();
                    acc.add(new int[]{start[run], row[run], end[run], row[run] + 1, 0});
                }
                int index = indexOfRoot[root];
                component[run] = index;
                int[] box = acc.get(index);
                box[0] = Math.min(box[0], start[run]);
                box[1] = Math.min(box[1], row[run]);
                box[2] = Math.max(box[2], end[run]);
                box[3] = Math.max(box[3], row[run] + 1);
                box[4] += end[run] - start[run];
            }
            List<Box> boxes = new ArrayList<>(acc.size());
            for (int[] b : acc) {
                boxes.add(new Box(b[0], b[1], b[2], b[3], b[4]));
            }
            return new InkComponents(width, height, count, row, start, end, component, boxes);
        }
    }
}
