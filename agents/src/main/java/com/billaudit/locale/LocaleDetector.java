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
        return weigh(text).locale(schemeCurrency);
    }

    /** The document's evidence for every locale, to be asked with and without a scheme's currency. */
    public LocaleEvidence weigh(DocumentText text) {
        List<PrintedLine> lines = PrintedLine.of(text);
        int[] scores = new int[locales.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = locales.get(i).score(lines);
        }
        return new LocaleEvidence(locales.stream().map(LocaleCues::profile).toList(), scores);
    }
}
