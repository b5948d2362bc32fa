package com.billaudit.locale;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.Phrases;
import com.billaudit.lexicon.PrintedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells that a document was printed for one locale ({@code lexicon/TAG/locale-evidence.txt}
 * and the signs of its currency), each cue weighted; a cue counts at most {@link #REPEATS} times
 * so that one long table of the same shape does not outvote everything else.
 */
final class LocaleCues {
    static final int REPEATS = 3;
    /** An amount written with the currency's sign is the plainest evidence there is. */
    private static final int SIGNED_AMOUNT = 3;

    private final LocaleProfile profile;
    /** The wording cues, matched together in one pass over a line's words, and their weights. */
    private final Phrases wording;
    private final Map<String, Integer> wordingWeights;
    private final List<Cue> shapes;

    private LocaleCues(LocaleProfile profile, Map<String, Integer> wordingWeights, List<Cue> shapes) {
        this.profile = profile;
        this.wording = Phrases.of(List.copyOf(wordingWeights.keySet()));
        this.wordingWeights = Map.copyOf(wordingWeights);
        this.shapes = List.copyOf(shapes);
    }

    static LocaleCues of(LocaleProfile profile) {
        Map<String, Integer> wording = new HashMap<>();
        List<Cue> shapes = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : KeyedEntries.of(Lexicons.of(profile.tag(), "locale-evidence")).entrySet()) {
            String cue = entry.getKey();
            int weight = Integer.parseInt(entry.getValue().getLast());
            if (cue.length() > 2 && cue.startsWith("/") && cue.endsWith("/")) {
                shapes.add(new PatternCue(Pattern.compile(cue.substring(1, cue.length() - 1), Pattern.CASE_INSENSITIVE), weight));
            } else {
                wording.put(String.join(" ", Phrases.words(cue)), weight);
            }
        }
        for (String sign : profile.currencySigns()) {
            Pattern signed = Pattern.compile("(?:" + LocaleProfile.signPattern(sign) + ")\\s?:?\\s?\\d");
            boolean glyph = sign.codePoints().noneMatch(Character::isLetter);
            shapes.add(glyph ? new GlyphCue(signed, SIGNED_AMOUNT) : new PatternCue(signed, SIGNED_AMOUNT));
        }
        return new LocaleCues(profile, wording, shapes);
    }

    LocaleProfile profile() {
        return profile;
    }

    /** How strongly the lines speak for this locale. */
    int score(List<PrintedLine> lines) {
        Map<String, Integer> seen = new HashMap<>();
        for (PrintedLine line : lines) {
            for (String phrase : wording.occurrences(line.words())) {
                seen.merge(phrase, 1, Integer::sum);
            }
        }
        int score = 0;
        for (Map.Entry<String, Integer> phrase : seen.entrySet()) {
            score += wordingWeights.get(phrase.getKey()) * Math.min(phrase.getValue(), REPEATS);
        }
        boolean[] figures = new boolean[lines.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = PrintedLine.hasDigit(lines.get(i).text());
        }
        for (Cue shape : shapes) {
            int count = 0;
            for (int i = 0; i < lines.size() && count < REPEATS; i++) {
                if (figures[i] || !shape.figure()) {
                    count += shape.count(lines.get(i));
                }
            }
            score += shape.weight() * Math.min(count, REPEATS);
        }
        return score;
    }

    /** Whether only a line with a digit can show {@code pattern} ({@link FigureShape}), so others need not be tried. */
    private static boolean isFigureShape(Pattern pattern) {
        return (pattern.flags() & (Pattern.UNICODE_CHARACTER_CLASS | Pattern.LITERAL | Pattern.COMMENTS)) == 0
                && FigureShape.needsDigit(pattern.pattern());
    }

    /** A shape on a printed line: a date, a digit grouping, an amount after a currency sign. */
    private sealed interface Cue permits PatternCue, GlyphCue {
        int weight();

        /** Whether the shape is a figure's: only lines with a digit can show it. */
        boolean figure();

        int count(PrintedLine line);
    }

    private record PatternCue(Pattern pattern, int weight, boolean figure) implements Cue {
        PatternCue(Pattern pattern, int weight) {
            this(pattern, weight, isFigureShape(pattern));
        }

        public int count(PrintedLine line) {
            return occurrences(pattern, line.text());
        }
    }

    /**
     * A currency symbol before an amount, trusted only where no OCR engine guessed it: Tesseract's
     * English model has no rupee sign and reads {@code ₹} as {@code $}, {@code %}, {@code £} or
     * {@code ¥}, so on a scan a symbol says that an amount is money, not whose.
     */
    private record GlyphCue(Pattern pattern, int weight, boolean figure) implements Cue {
        GlyphCue(Pattern pattern, int weight) {
            this(pattern, weight, isFigureShape(pattern));
        }

        public int count(PrintedLine line) {
            return line.recognised() ? 0 : occurrences(pattern, line.text());
        }
    }

    private static int occurrences(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
