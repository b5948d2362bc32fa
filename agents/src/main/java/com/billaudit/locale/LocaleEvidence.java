package com.billaudit.locale;

import java.util.List;

/**
 * How strongly one document speaks for each locale, weighed once: the classifier, the extractor
 * and the audit all ask which locale a document was printed in, and only the scheme's currency
 * (which settles weak evidence) differs between their questions.
 */
public final class LocaleEvidence {
    private final List<LocaleProfile> locales;
    private final int[] scores;

    LocaleEvidence(List<LocaleProfile> locales, int[] scores) {
        this.locales = List.copyOf(locales);
        this.scores = scores.clone();
    }

    /** The locale the document's own evidence names. */
    public LocaleProfile locale() {
        return locale(null);
    }

    /**
     * @param schemeCurrency the currency of the scheme the bill is audited against, or null
     */
    public LocaleProfile locale(String schemeCurrency) {
        LocaleProfile best = locales.getFirst();
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < locales.size(); i++) {
            LocaleProfile locale = locales.get(i);
            int score = scores[i] + (locale.currency().equalsIgnoreCase(String.valueOf(schemeCurrency))
                    ? LocaleDetector.SCHEME_PRIOR : 0);
            if (score > bestScore) {
                best = locale;
                bestScore = score;
            }
        }
        return best;
    }
}
