package com.billaudit.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word list and locale table the readers use, kept as resources under {@code /lexicon/}
 * and read here and only here: {@code /lexicon/NAME.txt} for what holds in any locale (the
 * OCR-confusion table), {@code /lexicon/LOCALE/NAME.txt} for what a locale prints (column titles,
 * summary labels, section words, units, currency symbols, number and date shapes).
 *
 * <p>A list is one entry a line; {@code #} starts a comment; blank lines are skipped. What an
 * entry means (a phrase, {@code key => value}, a pattern) is the caller's to parse. Lists are
 * read once and shared; a missing list is a packaging error and fails loudly.
 */
public final class Lexicons {
    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    private Lexicons() {
    }

    /** The entries of {@code /lexicon/NAME.txt}. */
    public static List<String> shared(String name) {
        return entries("/lexicon/" + name + ".txt");
    }

    /** The entries of {@code /lexicon/LOCALE/NAME.txt}, e.g. {@code of("en-IN", "summary-labels")}. */
    public static List<String> of(String locale, String name) {
        return entries("/lexicon/" + locale + "/" + name + ".txt");
    }

    /** Whether a locale ships a list of that name (optional lists, such as a locale's extra units). */
    public static boolean has(String locale, String name) {
        return Lexicons.class.getResource("/lexicon/" + locale + "/" + name + ".txt") != null;
    }

    private static List<String> entries(String resource) {
        return LOADED.computeIfAbsent(resource, Lexicons::read);
    }

    private static List<String> read(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String raw : text.split("\n")) {
            int hash = raw.indexOf('#');
            String entry = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }
}
