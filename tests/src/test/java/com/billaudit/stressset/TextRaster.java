package com.billaudit.stressset;

import com.billaudit.stressset.Page.Rule;
import com.billaudit.stressset.Page.Text;

import java.util.ArrayList;
import java.util.List;

/** Prints cell-composed pages as a plain-text file: rules become '-' or '=' and '|', crossings '+'. */
final class TextRaster {
    private TextRaster() {
    }

    static String render(List<Page> pages, char horizontal, String pageBreak) {
        List<String> out = new ArrayList<>();
        for (Page page : pages) {
            out.add(render(page, horizontal));
        }
        return String.join(pageBreak, out) + "\n";
    }

    private static String render(Page page, char horizontal) {
        int width = (int) page.width();
        int rows = 1;
        for (Page.Mark mark : page.marks()) {
            rows = Math.max(rows, 1 + (int) switch (mark) {
                case Text t -> t.top();
                case Rule r -> Math.max(r.y1(), r.y2());
            });
        }
        char[][] grid = new char[rows][width];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        for (Page.Mark mark : page.marks()) {
            if (mark instanceof Rule r) {
                drawRule(grid, r, horizontal);
            }
        }
        for (Page.Mark mark : page.marks()) {
            if (mark instanceof Text t) {
                int row = (int) t.top();
                int col = (int) t.x();
                for (int i = 0; i < t.text().length() && col + i < width; i++) {
                    grid[row][col + i] = t.text().charAt(i);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (char[] row : grid) {
            sb.append(new String(row).stripTrailing()).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static void drawRule(char[][] grid, Rule r, char horizontal) {
        int width = grid[0].length;
        if (r.y1() == r.y2()) {
            int row = (int) r.y1();
            for (int c = (int) r.x1(); c <= (int) r.x2() && c < width; c++) {
                grid[row][c] = grid[row][c] == '|' ? '+' : horizontal;
            }
        } else {
            int col = Math.min(width - 1, (int) r.x1());
            for (int row = (int) r.y1(); row <= (int) r.y2(); row++) {
                grid[row][col] = grid[row][col] == horizontal || grid[row][col] == '+' ? '+' : '|';
            }
        }
    }
}
