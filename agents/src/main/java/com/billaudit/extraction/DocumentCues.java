package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.Phrases;
import com.billaudit.lexicon.PrintedLine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The {@code document-evidence} lists of one locale (the shared list and the locale's own),
 * by {@link DocumentCue}: phrases matched word by word and {@code /patterns/} tried on lines.
 */
final class DocumentCues {
    private static final String LIST = "document-evidence";
    private static final Map<String, DocumentCues> LOADED = new ConcurrentHashMap<>();

    private final Map<DocumentCue, Phrases> phrases = new EnumMap<>(DocumentCue.class);
    private final Map<DocumentCue, List<Pattern>> patterns = new EnumMap<>(DocumentCue.class);

    private DocumentCues(List<String> entries) {
        Map<DocumentCue, List<String>> phraseEntries = new EnumMap<>(DocumentCue.class);
        DocumentCue section = null;
        for (String entry : entries) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                section = cue(entry.substring(1, entry.length() - 1));
            } else if (section == null) {
                throw new IllegalStateException(LIST + ": an entry before any [section]: " + entry);
            } else if (entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/")) {
                patterns.computeIfAbsent(section, s -> new ArrayList<>())
                        .add(Pattern.compile(entry.substring(1, entry.length() - 1), Pattern.CASE_INSENSITIVE));
            } else {
                phraseEntries.computeIfAbsent(section, s -> new ArrayList<>()).add(entry);
            }
        }
        for (DocumentCue cue : DocumentCue.values()) {
            phrases.put(cue, Phrases.of(phraseEntries.getOrDefault(cue, List.of())));
            patterns.putIfAbsent(cue, List.of());
        }
    }

    static DocumentCues forLocale(String tag) {
        return LOADED.computeIfAbsent(tag, t -> {
            List<String> entries = new ArrayList<>(Lexicons.shared(LIST));
            if (Lexicons.has(t, LIST)) {
                entries.addAll(Lexicons.of(t, LIST));
            }
            return new DocumentCues(entries);
        });
    }

    Phrases phrases(DocumentCue cue) {
        return phrases.get(cue);
    }

    /** The distinct entries of a kind the lines show: how many different things point the same way. */
    Set<String> found(DocumentCue cue, List<PrintedLine> lines) {
        Set<String> found = new LinkedHashSet<>();
        for (PrintedLine line : lines) {
            found.addAll(phrases.get(cue).found(line.words()));
            for (Pattern pattern : patterns.get(cue)) {
                if (pattern.matcher(line.text()).find()) {
                    found.add(pattern.pattern());
                }
            }
        }
        return found;
    }

    /** How many times the kind's patterns occur on the lines (a shape, unlike a word, is worth each time it is printed). */
    int patternCount(DocumentCue cue, List<PrintedLine> lines) {
        int count = 0;
        for (PrintedLine line : lines) {
            for (Pattern pattern : patterns.get(cue)) {
                count += (int) pattern.matcher(line.text()).results().count();
            }
        }
        return count;
    }

    private static DocumentCue cue(String section) {
        for (DocumentCue cue : DocumentCue.values()) {
            if (cue.section().equals(section)) {
                return cue;
            }
        }
        throw new IllegalStateException(LIST + ": no kind of evidence [" + section + "]");
    }
}
