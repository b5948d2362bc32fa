package com.billaudit.audit;

/**
 * How alike two single words are: 1 when equal; partial credit for a shortened word
 * ({@code hernio}/{@code hernioplasty}) or a near spelling (OCR slips, {@code dialysls}); numbers
 * and short words must be equal, and a slip is not looked for in the first letter.
 */
final class TokenSimilarity {
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final double PREFIX_CREDIT = 0.85;
    private static final double MIN_JARO_WINKLER = 0.88;
    /** A shortened word is at most this long (or well under the full word's length). */
    private static final int MAX_SHORTENING = 6;
    /** A misspelt or misread word is about as long as the real one. */
    private static final int MAX_SLIP_LENGTH_DIFFERENCE = 2;

    private TokenSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() < MIN_FUZZY_LENGTH || b.length() < MIN_FUZZY_LENGTH
                || DescriptionNormaliser.isNumber(a) || DescriptionNormaliser.isNumber(b)) {
            return 0.0;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        // "hernio" for "hernioplasty" is a shortening; "cannula" and "cannulation" are different things
        if (longer.startsWith(shorter)
                && (shorter.length() <= MAX_SHORTENING || shorter.length() <= 0.6 * longer.length())) {
            return PREFIX_CREDIT;
        }
        if (longer.length() - shorter.length() > MAX_SLIP_LENGTH_DIFFERENCE || a.charAt(0) != b.charAt(0)) {
            return 0.0;
        }
        double jw = jaroWinkler(a, b);
        return jw >= MIN_JARO_WINKLER ? jw : 0.0;
    }

    static double jaroWinkler(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
