package com.billaudit.audit;

import java.util.Arrays;

/**
 * How alike a bill description (the query) and a reference name are, 0..1.
 *
 * <p>Mostly token based, rare words counting more: the better of a weighted Dice and a
 * containment score. Containment forgives the bill's extra words that no reference name uses
 * ("Colonoscopy (diagnostic)") and, partly, reference words the bill leaves out ("Urine culture"
 * for "Urine culture and sensitivity"), but not extra words the tariff does use elsewhere, since
 * those usually name a different service ("MRI knee" is not "MRI brain"). Near-identical words
 * (OCR slips, shortenings) count partly. A character-trigram Dice catches split or glued words.
 * Different strengths ({@code 500} vs {@code 650}) pull the score down hard: they are different
 * products.
 */
final class Similarity {
    private static final double TOKEN_SHARE = 0.7;
    private static final double NUMBER_CONFLICT = 0.7;
    private static final double PARTIAL_NUMBER_CONFLICT = 0.85;
    /** What a reference word the bill leaves out costs in containment. */
    private static final double MISSING_REFERENCE_WORD = 0.35;
    /** What a bill word no reference name uses costs in containment. */
    private static final double UNKNOWN_EXTRA_WORD = 0.7;
    /** What a bill word the tariff uses elsewhere costs: it often names a different service. */
    private static final double KNOWN_EXTRA_WORD = 0.55;
    /**
     * Two different qualifying words ("panel" for "test", "analysis" for "examination") say the same
     * kind of thing: they pair at this credit.
     */
    private static final double GENERIC_PAIR = 0.6;
    /** A line that swaps one of the reference's naming words for an unknown one is likely another service. */
    private static final double SUBSTITUTION = 0.9;
    /** A strength or size only one side prints says little about which service it is. */
    private static final double ONE_SIDED_FIGURE = 0.2;

    /**
     * A prepared name: tokens with weights and whether the reference vocabulary knows them,
     * sorted trigram codes, and the variant marks that tell it from its siblings (see
     * {@link #variantMarks}).
     */
    record Name(String text, String[] tokens, double[] weights, boolean[] known, int[] trigrams,
                java.util.Set<String> marks) {
        Name(String text, String[] tokens, double[] weights, boolean[] known, int[] trigrams) {
            this(text, tokens, weights, known, trigrams, variantMarks(tokens));
        }

        double totalWeight() {
            return Arrays.stream(weights).sum();
        }

        /** The same name judged by other marks: an alias that prints no strength keeps its row's. */
        Name withMarks(java.util.Set<String> otherMarks) {
            return new Name(text, tokens, weights, known, trigrams, otherMarks);
        }
    }

    /**
     * The tokens that tell variants of one service apart: strengths and sizes ({@code 500},
     * {@code 20}) and single letters ("Troponin I" / "Troponin T", "Vitamin D" / "Vitamin B").
     */
    static java.util.Set<String> variantMarks(String[] tokens) {
        java.util.Set<String> marks = new java.util.HashSet<>();
        for (String t : tokens) {
            if (DescriptionNormaliser.isNumber(t)
                    || (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) <= 'z' && !DescriptionNormaliser.isUnit(t))) {
                marks.add(t);
            }
        }
        return java.util.Set.copyOf(marks);
    }

    private Similarity() {
    }

    static double score(Name query, Name reference) {
        double[] qCredit = new double[query.tokens().length];
        double[] rCredit = new double[reference.tokens().length];
        double tokens = tokenScore(query, reference, qCredit, rCredit);
        double chars = trigramDice(query.trigrams(), reference.trigrams());
        double score = Math.max(tokens, TOKEN_SHARE * tokens + (1 - TOKEN_SHARE) * chars);
        return score * figuresAgreement(query, reference) * (substituted(query, reference, qCredit, rCredit)
                ? SUBSTITUTION : 1.0);
    }

    /**
     * Whether a naming word of the reference is missing where the line has a word no reference
     * name uses: "X-Ray Cervical Spine" for "X-Ray Lumbar Spine" names another body part.
     */
    private static boolean substituted(Name q, Name r, double[] qCredit, double[] rCredit) {
        boolean unknownExtra = false;
        for (int i = 0; i < qCredit.length && !unknownExtra; i++) {
            unknownExtra = qCredit[i] == 0 && !q.known()[i] && naming(q.tokens()[i]);
        }
        if (!unknownExtra) {
            return false;
        }
        for (int j = 0; j < rCredit.length; j++) {
            if (rCredit[j] == 0 && naming(r.tokens()[j])) {
                return true;
            }
        }
        return false;
    }

    /** A word that names something: not a figure, unit, single letter or qualifying word. */
    private static boolean naming(String token) {
        return token.length() > 1 && !isFigure(token) && !DescriptionNormaliser.isGeneric(token);
    }

    private static double tokenScore(Name q, Name r, double[] qCredit, double[] rCredit) {
        double matched = pair(q, r, qCredit, rCredit);
        double dice = 2 * matched / Math.max(1e-9, q.totalWeight() + r.totalWeight());
        // a figure only one side prints is cheap as long as the figures both print agree
        java.util.Set<String> qNumbers = numbers(q);
        java.util.Set<String> rNumbers = numbers(r);
        boolean queryFiguresFit = rNumbers.containsAll(qNumbers);
        boolean referenceFiguresFit = qNumbers.containsAll(rNumbers);
        double missing = 0;
        for (int j = 0; j < rCredit.length; j++) {
            double cost = queryFiguresFit && isFigure(r.tokens()[j]) ? ONE_SIDED_FIGURE : MISSING_REFERENCE_WORD;
            missing += (1 - rCredit[j]) * r.weights()[j] * cost;
        }
        double extra = 0;
        for (int i = 0; i < qCredit.length; i++) {
            double cost = referenceFiguresFit && isFigure(q.tokens()[i]) ? ONE_SIDED_FIGURE
                    : q.known()[i] ? KNOWN_EXTRA_WORD : UNKNOWN_EXTRA_WORD;
            extra += (1 - qCredit[i]) * q.weights()[i] * cost;
        }
        double containment = matched / Math.max(1e-9, matched + missing + extra);
        return Math.max(dice, containment);
    }

    /** Pairs equal words first, then near ones; records each word's credit and returns the matched weight. */
    private static double pair(Name q, Name r, double[] qCredit, double[] rCredit) {
        double matched = 0;
        for (int i = 0; i < q.tokens().length; i++) {
            for (int j = 0; j < r.tokens().length; j++) {
                if (rCredit[j] == 0 && q.tokens()[i].equals(r.tokens()[j])) {
                    qCredit[i] = 1;
                    rCredit[j] = 1;
                    matched += (q.weights()[i] + r.weights()[j]) / 2;
                    break;
                }
            }
        }
        for (int i = 0; i < q.tokens().length; i++) {
            if (qCredit[i] > 0) {
                continue;
            }
            int bestJ = -1;
            double best = 0;
            for (int j = 0; j < r.tokens().length; j++) {
                if (rCredit[j] == 0) {
                    double credit = TokenSimilarity.of(q.tokens()[i], r.tokens()[j]);
                    if (credit == 0 && DescriptionNormaliser.isGeneric(q.tokens()[i])
                            && DescriptionNormaliser.isGeneric(r.tokens()[j])) {
                        credit = GENERIC_PAIR;
                    }
                    if (credit > best) {
                        best = credit;
                        bestJ = j;
                    }
                }
            }
            if (bestJ >= 0) {
                qCredit[i] = best;
                rCredit[bestJ] = best;
                matched += best * (q.weights()[i] + r.weights()[bestJ]) / 2;
            }
        }
        return matched;
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

    private static boolean isFigure(String token) {
        return DescriptionNormaliser.isNumber(token) || DescriptionNormaliser.isUnit(token);
    }

    /**
     * 1 when the strengths and letters agree or only one side prints any; less when each side
     * prints a mark the other lacks (5 % vs 10 % dextrose, both 500 ml), least when no mark agrees
     * at all (Troponin T vs Troponin I).
     */
    private static double figuresAgreement(Name a, Name b) {
        java.util.Set<String> aNumbers = a.marks();
        java.util.Set<String> bNumbers = b.marks();
        if (aNumbers.isEmpty() || bNumbers.isEmpty() || bNumbers.containsAll(aNumbers) || aNumbers.containsAll(bNumbers)) {
            return 1.0;
        }
        boolean anyShared = aNumbers.stream().anyMatch(bNumbers::contains);
        return anyShared ? PARTIAL_NUMBER_CONFLICT : NUMBER_CONFLICT;
    }

    private static java.util.Set<String> numbers(Name name) {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (String t : name.tokens()) {
            if (DescriptionNormaliser.isNumber(t)) {
                numbers.add(t);
            }
        }
        return numbers;
    }
}
