package com.billaudit.audit;

import java.util.Arrays;

/**
 * How alike two normalised descriptions are, 0..1: mostly a weighted token Dice (rare words
 * count more, near-identical words such as OCR slips count partly), partly a character-trigram
 * Dice that catches split or glued words. Different strengths ({@code 500} vs {@code 650})
 * pull the score down hard: they are different products.
 */
final class Similarity {
    private static final double TOKEN_SHARE = 0.7;
    private static final double NUMBER_CONFLICT = 0.7;

    /** A prepared name: tokens with weights, sorted trigram codes. */
    record Name(String text, String[] tokens, double[] weights, int[] trigrams) {
        double totalWeight() {
            return Arrays.stream(weights).sum();
        }
    }

    private Similarity() {
    }

    static double score(Name a, Name b) {
        double tokens = tokenDice(a, b);
        double chars = trigramDice(a.trigrams(), b.trigrams());
        double score = TOKEN_SHARE * tokens + (1 - TOKEN_SHARE) * chars;
        return numbersConflict(a, b) ? score * NUMBER_CONFLICT : score;
    }

    private static double tokenDice(Name a, Name b) {
        boolean[] used = new boolean[b.tokens().length];
        double matched = 0;
        boolean[] done = new boolean[a.tokens().length];
        for (int i = 0; i < a.tokens().length; i++) {
            for (int j = 0; j < b.tokens().length; j++) {
                if (!used[j] && a.tokens()[i].equals(b.tokens()[j])) {
                    used[j] = true;
                    done[i] = true;
                    matched += (a.weights()[i] + b.weights()[j]) / 2;
                    break;
                }
            }
        }
        for (int i = 0; i < a.tokens().length; i++) {
            if (done[i]) {
                continue;
            }
            int bestJ = -1;
            double best = 0;
            for (int j = 0; j < b.tokens().length; j++) {
                if (!used[j]) {
                    double credit = TokenSimilarity.of(a.tokens()[i], b.tokens()[j]);
                    if (credit > best) {
                        best = credit;
                        bestJ = j;
                    }
                }
            }
            if (bestJ >= 0) {
                used[bestJ] = true;
                matched += best * (a.weights()[i] + b.weights()[bestJ]) / 2;
            }
        }
        double total = a.totalWeight() + b.totalWeight();
        return total == 0 ? 0 : 2 * matched / total;
    }

    private static double trigramDice(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return a.length + b.length == 0 ? 0 : 2.0 * shared / (a.length + b.length);
    }

    /** Both name a strength or size and none of the numbers agree. */
    private static boolean numbersConflict(Name a, Name b) {
        boolean aHas = false;
        boolean bHas = false;
        for (String t : a.tokens()) {
            if (DescriptionNormaliser.isNumber(t)) {
                aHas = true;
                for (String u : b.tokens()) {
                    if (t.equals(u)) {
                        return false;
                    }
                }
            }
        }
        for (String u : b.tokens()) {
            bHas |= DescriptionNormaliser.isNumber(u);
        }
        return aHas && bHas;
    }
}
