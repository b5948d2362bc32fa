package com.billaudit.locale;

import com.billaudit.domain.DocumentText;
import com.billaudit.lexicon.PrintedLine;

import java.util.List;

/**
 * Decides how a document prints money and dates ({@code en-IN} or {@code en-US}, and any locale
 * the lexicon adds) from what it shows: currency signs, digit grouping ({@code 1,50,000} against
 * {@code 150,000}), date shapes (a first field above 12 is a day; month names), and wording
 * (GST against sales tax, ZIP codes, insurance adjustments). When the document says little, the
 * scheme's currency decides; when it says nothing and no scheme tells, the first listed locale.
 */
public final class LocaleDetector {
    /** What the scheme's currency is worth: enough to settle weak evidence, not to overrule a clear document. */
    static final int SCHEME_PRIOR = 3;

    private final List<LocaleCues> locales = LocaleProfile.supported().stream()
            .map(LocaleProfile::of).map(LocaleCues::of).toList();

    /** The document's locale, from its own evidence alone. */
    public LocaleProfile detect(DocumentText text) {
        return detect(text, null);
    }

    /**
     * @param schemeCurrency the currency of the scheme the bill is audited against, or null
     */
    public LocaleProfile detect(DocumentText text, String schemeCurrency) {
        List<PrintedLine> lines = PrintedLine.of(text);
        LocaleCues best = locales.getFirst();
        int bestScore = Integer.MIN_VALUE;
        for (LocaleCues locale : locales) {
            int score = locale.score(lines) + (locale.profile().currency().equalsIgnoreCase(String.valueOf(schemeCurrency))
                    ? SCHEME_PRIOR : 0);
            if (score > bestScore) {
                best = locale;
                bestScore = score;
            }
        }
        return best.profile();
    }
}
