package com.billaudit.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * The words of {@code /lexicon/NAME.txt} written as {@code kind: word word ...} lines, by kind
     * in the order listed; a kind may take several lines.
     */
    public static Map<String, List<String>> kinds(String name) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String entry : shared(name)) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("/lexicon/" + name + ".txt: expected 'kind: words': " + entry);
            }
            List<String> words = kinds.computeIfAbsent(entry.substring(0, colon).strip(), k -> new ArrayList<>());
            words.addAll(List.of(entry.substring(colon + 1).strip().split("\\s+")));
        }
        return kinds;
    }

    /**
     * The entries of {@code /lexicon/NAME.txt} written under {@code [section]} lines, by section in
     * the order listed (an entry is a phrase, one a line).
     */
    public static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String entry : shared(name)) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("/lexicon/" + name + ".txt: an entry before any [section]: " + entry);
            } else {
                current.add(entry);
            }
        }
        return sections;
    }

    /** One kind of {@link #kinds(String) kinds(name)}; a kind the list lacks is a packaging error. */
    public static List<String> kind(String name, String kind) {
        List<String> words = kinds(name).get(kind);
        if (words == null) {
            throw new IllegalStateException("/lexicon/" + name + ".txt lists no '" + kind + ":'");
        }
        return List.copyOf(words);
    }

    /**
     * The entries as a regular-expression alternation that matches any of them as printed, tried
     * in the order listed: {@code a|b|c} with each entry quoted.
     */
    public static String alternation(List<String> entries) {
        return entries.isEmpty() ? "(?!)" : String.join("|", entries.stream().map(java.util.regex.Pattern::quote).toList());
    }

    /** {@code \#} in an entry is a printed {@code #} ("#", "S.No#"), not the start of a comment. */
    static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String raw : text.split("\n")) {
            int hash = raw.indexOf('#');
            while (hash > 0 && raw.charAt(hash - 1) == '\\') {
                hash = raw.indexOf('#', hash + 1);
            }
            String entry = (hash >= 0 ? raw.substring(0, hash) : raw).strip().replace("\\#", "#");
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }
}
