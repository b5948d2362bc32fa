package com.billaudit.llm.extract;

import com.billaudit.domain.LineItem;

import java.util.List;

/**
 * Pairs each LLM row with the first unpaired rules row on the same page with the same amount
 * and a similar description. {@code partnerOf[i]} is the rules index of LLM row i, or -1.
 */
record RowPairing(int[] partnerOf, boolean[] rulesPaired) {

    private static final double SIMILAR = 0.5;

    static RowPairing of(List<LineItem> rules, List<LineItem> llm) {
        int[] partnerOf = new int[llm.size()];
        boolean[] rulesPaired = new boolean[rules.size()];
        for (int i = 0; i < llm.size(); i++) {
            partnerOf[i] = findPartner(llm.get(i), rules, rulesPaired);
            if (partnerOf[i] >= 0) {
                rulesPaired[partnerOf[i]] = true;
            }
        }
        return new RowPairing(partnerOf, rulesPaired);
    }

    int pairedCount() {
        int n = 0;
        for (boolean paired : rulesPaired) {
            n += paired ? 1 : 0;
        }
        return n;
    }

    private static int findPartner(LineItem row, List<LineItem> rules, boolean[] taken) {
        for (int r = 0; r < rules.size(); r++) {
            LineItem candidate = rules.get(r);
            if (!taken[r] && candidate.page() == row.page() && candidate.amount().compareTo(row.amount()) == 0
                    && similar(candidate.description(), row.description())) {
                return r;
            }
        }
        return -1;
    }

    private static boolean similar(String a, String b) {
        var wordsA = TextTokens.words(a);
        var wordsB = TextTokens.words(b);
        return Math.max(TextTokens.coverage(wordsA, wordsB), TextTokens.coverage(wordsB, wordsA)) >= SIMILAR;
    }
}
