package com.billaudit.locale;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.Phrases;
import com.billaudit.lexicon.PrintedLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final List<Cue> cues;

    private LocaleCues(LocaleProfile profile, List<Cue> cues) {
        this.profile = profile;
        this.cues = List.copyOf(cues);
    }

    static LocaleCues of(LocaleProfile profile) {
        List<Cue> cues = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : KeyedEntries.of(Lexicons.of(profile.tag(), "locale-evidence")).entrySet()) {
            String cue = entry.getKey();
            int weight = Integer.parseInt(entry.getValue().getLast());
            cues.add(cue.length() > 2 && cue.startsWith("/") && cue.endsWith("/")
                    ? new PatternCue(Pattern.compile(cue.substring(1, cue.length() - 1), Pattern.CASE_INSENSITIVE), weight)
                    : new PhraseCue(Phrases.of(List.of(cue)), weight));
        }
        for (String sign : profile.currencySigns()) {
            Pattern signed = Pattern.compile("(?:" + LocaleProfile.signPattern(sign) + ")\\s?:?\\s?\\d");
            boolean glyph = sign.codePoints().noneMatch(Character::isLetter);
            cues.add(glyph ? new GlyphCue(signed, SIGNED_AMOUNT) : new PatternCue(signed, SIGNED_AMOUNT));
        }
        return new LocaleCues(profile, cues);
    }

    LocaleProfile profile() {
        return profile;
    }

    /** How strongly the lines speak for this locale. */
    int score(List<PrintedLine> lines) {
        int score = 0;
        for (Cue cue : cues) {
            int seen = 0;
            for (PrintedLine line : lines) {
                seen += cue.count(line);
                if (seen >= REPEATS) {
                    break;
                }
            }
            score += cue.weight() * Math.min(seen, REPEATS);
        }
        return score;
    }

    private sealed interface Cue permits PhraseCue, PatternCue, GlyphCue {
        int weight();

        int count(PrintedLine line);
    }

    private record PhraseCue(Phrases phrase, int weight) implements Cue {
        public int count(PrintedLine line) {
            return phrase.count(line.words());
        }
    }

    private record PatternCue(Pattern pattern, int weight) implements Cue {
        public int count(PrintedLine line) {
            return (int) pattern.matcher(line.text()).results().count();
        }
    }

    /**
     * A currency symbol before an amount, trusted only where no OCR engine guessed it: Tesseract's
     * English model has no rupee sign and reads {@code ₹} as {@code $}, {@code %}, {@code £} or
     * {@code ¥}, so on a scan a symbol says that an amount is money, not whose.
     */
    private record GlyphCue(Pattern pattern, int weight) implements Cue {
        public int count(PrintedLine line) {
            return line.recognised() ? 0 : (int) pattern.matcher(line.text()).results().count();
        }
    }
}
