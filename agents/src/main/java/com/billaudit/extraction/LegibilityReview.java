package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Review;
import com.billaudit.domain.TextSource;
import com.billaudit.lexicon.PrintedLine;
import com.billaudit.locale.LocaleProfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says which scanned pages the OCR engine could not read, from what it reported of them: how sure
 * it was of each line, and whether the amounts a bill's page carries came out as amounts it was
 * sure of. A handwritten cash memo reads as its printed form (confident column titles) over rows
 * of low-confidence fragments with no amount in them; a faint or tiny print yields amounts, but
 * almost none read with confidence. Either way the figures cannot be trusted without a person.
 */
public final class LegibilityReview {
    /** A line read at least this surely is text the engine stands by. */
    private static final double SURE_LINE = 0.6;
    /** Below this, a line is mostly the engine's guess. */
    private static final double UNSURE_LINE = 0.5;
    /** A page whose text is, character for character, read this unsurely on average is in doubt. */
    private static final double DOUBTFUL_PAGE = 0.7;
    /** ...or whose characters are this much in unsure lines. */
    private static final double DOUBTFUL_SHARE = 0.25;
    /** Amounts read surely, as a share of those read at all, below which a page's figures are guesses. */
    private static final double SURE_AMOUNTS = 0.25;
    /** A page with fewer letters and digits than this is blank or a stamp: nothing to judge. */
    private static final int SOMETHING_PRINTED = 30;

    enum Verdict { READABLE, HANDWRITTEN, UNREADABLE, FIGURES_UNSURE }

    public Review review(DocumentText text, LocaleProfile locale) {
        return review(text, locale, java.util.Set.of());
    }

    /**
     * @param readOtherwise pages whose every figure was read again another way (a page image)
     *                      and confirmed: the engine's doubt about them has been answered
     */
    public Review review(DocumentText text, LocaleProfile locale, java.util.Set<Integer> readOtherwise) {
        Map<Verdict, List<Integer>> pages = new EnumMap<>(Verdict.class);
        for (PageText page : text.pages()) {
            if (readOtherwise.contains(page.number())) {
                continue;
            }
            Verdict verdict = judge(page, locale);
            if (verdict != Verdict.READABLE) {
                pages.computeIfAbsent(verdict, v -> new ArrayList<>()).add(page.number());
            }
        }
        Review review = Review.NONE;
        for (Map.Entry<Verdict, List<Integer>> entry : pages.entrySet()) {
            review = review.with(reason(entry.getKey(), entry.getValue()));
        }
        return review;
    }

    static Verdict judge(PageText page, LocaleProfile locale) {
        if (page.source() != TextSource.OCR) {
            return Verdict.READABLE;
        }
        List<PrintedLine> lines = PrintedLine.of(page).stream()
                .filter(l -> l.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        long characters = lines.stream().mapToLong(l -> letters(l.text())).sum();
        if (characters < SOMETHING_PRINTED) {
            return Verdict.READABLE;
        }
        double meanConfidence = lines.stream().mapToDouble(l -> l.confidence() * letters(l.text())).sum() / characters;
        double unsureShare = lines.stream().filter(l -> l.confidence() < UNSURE_LINE).mapToLong(l -> letters(l.text())).sum()
                / (double) characters;
        Pattern amount = locale.amountShape();
        long amounts = lines.stream().filter(l -> amount.matcher(l.text()).find()).count();
        long sureAmounts = lines.stream().filter(l -> l.confidence() >= SURE_LINE && amount.matcher(l.text()).find()).count();
        boolean doubtful = meanConfidence < DOUBTFUL_PAGE || unsureShare >= DOUBTFUL_SHARE;
        if (!doubtful) {
            return Verdict.READABLE;
        }
        if (amounts <= 1) {
            return printsAChargeForm(lines, locale) ? Verdict.HANDWRITTEN : Verdict.UNREADABLE;
        }
        return sureAmounts < SURE_AMOUNTS * amounts ? Verdict.FIGURES_UNSURE : Verdict.READABLE;
    }

    /** Column titles or a pharmacy form's wording read on the page: a printed bill form. */
    private static boolean printsAChargeForm(List<PrintedLine> lines, LocaleProfile locale) {
        DocumentCues cues = DocumentCues.forLocale(locale.tag());
        return cues.found(DocumentCue.COLUMN, lines).size() + cues.found(DocumentCue.PHARMACY, lines).size() >= 2;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static String reason(Verdict verdict, List<Integer> pages) {
        boolean one = pages.size() == 1;
        String which = (one ? "page " : "pages ") + listed(pages);
        return switch (verdict) {
            case HANDWRITTEN -> which + (one ? " looks" : " look") + " handwritten: "
                    + (one ? "its" : "their") + " figures could not be read with confidence";
            case UNREADABLE -> which + " could not be read: the text recognised on " + (one ? "it" : "them")
                    + " is mostly guesswork";
            case FIGURES_UNSURE -> which + (one ? " was" : " were") + " read with low confidence: "
                    + (one ? "its" : "their") + " amounts may be misread";
            case READABLE -> throw new IllegalArgumentException("nothing to review");
        };
    }

    private static String listed(List<Integer> pages) {
        if (pages.size() == 1) {
            return String.valueOf(pages.getFirst());
        }
        List<String> numbers = pages.stream().map(String::valueOf).toList();
        return String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.getLast();
    }
}
