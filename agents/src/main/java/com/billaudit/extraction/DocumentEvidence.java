package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.lexicon.Phrases;
import com.billaudit.lexicon.PrintedLine;
import com.billaudit.locale.LocaleProfile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a document shows about its kind, counted: the distinct words of each kind of evidence it
 * prints, the rows that carry amounts, the summary rows with an amount after their label, and who
 * its letterhead says issued it.
 *
 * @param letters    letters and digits read (a page nobody could read has almost none)
 * @param issuer     who the letterhead names
 * @param totalRows  rows whose total label is followed by an amount
 * @param amountRows rows with words and a printed amount
 * @param testShare  the share of amount rows that name a test
 * @param bill       distinct bill words; {@code columns}, {@code pharmacy}, {@code hospital},
 *                   {@code report}, {@code clinical} likewise, each of its {@link DocumentCue},
 *                   and {@code doses} (dosing words and schedule shapes)
 * @param schedules  dose schedules printed ({@code 1-0-1}, {@code x 5 days}), every time
 */
record DocumentEvidence(long letters, Issuer issuer, int totalRows, int amountRows, double testShare,
                        int bill, int columns, int pharmacy, int hospital, int report, int clinical, int doses,
                        int schedules) {

    /** Lines of the first page that make its letterhead. */
    private static final int LETTERHEAD_LINES = 8;

    enum Issuer { PHARMACY, HOSPITAL, DIAGNOSTIC, NONE }

    static DocumentEvidence of(DocumentText text, LocaleProfile locale) {
        DocumentCues cues = DocumentCues.forLocale(locale.tag());
        List<PrintedLine> lines = PrintedLine.of(text);
        Pattern amount = locale.amountShape();
        Set<String> signs = signWords(locale);
        int totalRows = 0;
        int amountRows = 0;
        int testRows = 0;
        for (PrintedLine line : lines) {
            boolean hasAmount = line.words().stream().anyMatch(w -> Character.isLetter(w.codePointAt(0)))
                    && amount.matcher(line.text()).find();
            amountRows += hasAmount ? 1 : 0;
            testRows += hasAmount && cues.phrases(DocumentCue.TEST).foundIn(line.words()) ? 1 : 0;
            totalRows += isTotalRow(line, cues, signs) ? 1 : 0;
        }
        long letters = text.text().codePoints().filter(Character::isLetterOrDigit).count();
        return new DocumentEvidence(letters, issuer(lines, cues), totalRows, amountRows,
                amountRows == 0 ? 0 : (double) testRows / amountRows,
                cues.found(DocumentCue.BILL, lines).size(), cues.found(DocumentCue.COLUMN, lines).size(),
                cues.found(DocumentCue.PHARMACY, lines).size(), cues.found(DocumentCue.HOSPITAL, lines).size(),
                cues.found(DocumentCue.REPORT, lines).size(), cues.found(DocumentCue.CLINICAL, lines).size(),
                cues.found(DocumentCue.DOSE, lines).size(), cues.patternCount(DocumentCue.DOSE, lines));
    }

    /** A total label with a figure right after it (currency signs and punctuation between): {@code TOTAL: Rs 2,95,000}. */
    private static boolean isTotalRow(PrintedLine line, DocumentCues cues, Set<String> signs) {
        List<String> words = line.words();
        int end = cues.phrases(DocumentCue.TOTAL).endOfFirst(words);
        if (end < 0) {
            return false;
        }
        while (end < words.size() && signs.contains(words.get(end))) {
            end++;
        }
        return end < words.size() && Character.isDigit(words.get(end).codePointAt(0));
    }

    private static Set<String> signWords(LocaleProfile locale) {
        Set<String> signs = new HashSet<>();
        for (String sign : locale.currencySigns()) {
            signs.addAll(Phrases.words(sign));
        }
        return signs;
    }

    private static Issuer issuer(List<PrintedLine> lines, DocumentCues cues) {
        int firstPage = lines.isEmpty() ? 0 : lines.getFirst().page();
        List<PrintedLine> letterhead = lines.stream().filter(l -> l.page() == firstPage).limit(LETTERHEAD_LINES).toList();
        if (!cues.found(DocumentCue.PHARMACY_ISSUER, letterhead).isEmpty()) {
            // a hospital's own pharmacy ("City Hospital Pharmacy") issues pharmacy bills
            return Issuer.PHARMACY;
        }
        if (!cues.found(DocumentCue.HOSPITAL_ISSUER, letterhead).isEmpty()) {
            return Issuer.HOSPITAL;
        }
        return cues.found(DocumentCue.DIAGNOSTIC_ISSUER, letterhead).isEmpty() ? Issuer.NONE : Issuer.DIAGNOSTIC;
    }
}
