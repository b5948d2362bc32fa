package com.billaudit.audit;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of bill descriptions ({@code /lexicon/vocabulary.txt}): phrase rewrites, word
 * expansions, first-word expansions, units, noise words and generic words. Lines
 * {@code section: name} switch sections; in {@code phrase} a line is {@code regex => replacement};
 * in {@code word} and {@code leading} {@code a, b => expansion}; in {@code unit}, {@code noise},
 * {@code generic}, {@code department} and {@code dosage} words separated by spaces; {@code #} starts a comment. Keys
 * and expansions are spelling-folded on load, so they meet folded words; department words are kept
 * as printed (lower case), since they are compared before normalisation.
 *
 * @param anyPhrase matches where any phrase rewrite might apply (one scan instead of one per phrase)
 */
record Vocabulary(Pattern anyPhrase, Map<Pattern, String> phrases, Map<String, List<String>> words,
                  Map<String, List<String>> leading, Set<String> units, Set<String> noise, Set<String> generic,
                  Set<String> departments, Set<String> dosageForms) {

    /** The vocabulary of {@code /lexicon/NAME.txt}, read through {@link Lexicons}. */
    static Vocabulary load(String name) {
        Vocabulary v = new Vocabulary(null, new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(),
                new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        String section = "";
        for (String line : Lexicons.shared(name)) {
            if (line.startsWith("section:")) {
                section = line.substring("section:".length()).trim();
            } else {
                v.add(section, line);
            }
        }
        Pattern anyPhrase = Pattern.compile(String.join("|",
                v.phrases.keySet().stream().map(p -> "(?:" + p.pattern() + ")").toList()));
        // phrases keep their file order: a later rewrite may rely on an earlier one
        return new Vocabulary(anyPhrase, v.phrases, Map.copyOf(v.words), Map.copyOf(v.leading), Set.copyOf(v.units),
                Set.copyOf(v.noise), Set.copyOf(v.generic), Set.copyOf(v.departments),
                Set.copyOf(v.dosageForms));
    }

    private void add(String section, String line) {
        switch (section) {
            case "phrase" -> {
                String[] parts = line.split("=>", 2);
                phrases.put(Pattern.compile(parts[0].trim()), " " + parts[1].trim() + " ");
            }
            case "word" -> expansion(words, line);
            case "leading" -> expansion(leading, line);
            case "unit" -> units.addAll(List.of(line.split("\\s+")));
            case "noise" -> folded(noise, line);
            case "generic" -> folded(generic, line);
            case "department" -> departments.addAll(List.of(line.split("\\s+")));
            case "dosage" -> folded(dosageForms, line);
            default -> throw new IllegalStateException("vocabulary line outside a section: " + line);
        }
    }

    private static void expansion(Map<String, List<String>> into, String line) {
        String[] parts = line.split("=>", 2);
        List<String> expansion = new ArrayList<>();
        for (String w : parts[1].trim().split("\\s+")) {
            expansion.add(WordForms.fold(w));
        }
        for (String key : parts[0].split(",")) {
            into.put(WordForms.fold(key.trim()), List.copyOf(expansion));
        }
    }

    private static void folded(Set<String> into, String line) {
        for (String w : line.split("\\s+")) {
            into.add(WordForms.fold(w));
        }
    }
}
