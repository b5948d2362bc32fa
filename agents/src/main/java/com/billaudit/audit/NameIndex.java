package com.billaudit.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference names (each owner's name and aliases) prepared once for fuzzy look-up: normalised
 * tokens weighted by how rare they are among the names, and character trigrams. A search narrows
 * the names by shared trigrams through an inverted index, then scores the closest ones fully
 * with {@link Similarity}, so it stays fast for thousands of names.
 *
 * @param <T> what a name belongs to (a tariff row, a non-payable item)
 */
final class NameIndex<T> {
    /** How many trigram-nearest names are scored fully per search. */
    private static final int SHORTLIST = 25;
    private static final int SMOOTHING_NAMES = 50;
    /** Descriptions whose prepared queries are kept: a few MB at most. */
    static final int MAX_PREPARED = 20_000;

    /** The best-scoring name of one owner. */
    record Hit<T>(T owner, String name, double similarity) {
    }

    private final List<Similarity.Name> names = new ArrayList<>();
    private final List<T> owners = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final double unknownWeight;
    private final Map<Integer, int[]> postings;
    /** Prepared queries by description (searches run on several threads at once). */
    private final Map<String, List<Query>> prepared = new ConcurrentHashMap<>();

    NameIndex(List<T> items, Function<T, List<String>> namesOf) {
        List<List<String>> tokenLists = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // an alias that prints no strength ("Crepe Bandage") stands for the strengths its row's
        // other names print ("... 10 cm"); letters are not passed on ("HBsAg" / "Hepatitis B ...")
        List<Set<String>> marks = new ArrayList<>();
        for (T item : items) {
            Set<String> ownerMarks = new HashSet<>();
            int first = owners.size();
            for (String name : new LinkedHashSet<>(namesOf.apply(item))) {
                List<String> tokens = DescriptionNormaliser.tokens(name);
                if (!tokens.isEmpty()) {
                    Set<String> own = Similarity.variantMarks(tokens.toArray(String[]::new));
                    own.stream().filter(DescriptionNormaliser::isNumber).forEach(ownerMarks::add);
                    owners.add(item);
                    tokenLists.add(tokens);
                    texts.add(name);
                    marks.add(own);
                }
            }
            for (int i = first; i < marks.size(); i++) {
                if (marks.get(i).isEmpty()) {
                    marks.set(i, Set.copyOf(ownerMarks));
                }
            }
        }
        // as if there were some more names without the word, so that a small tariff still tells
        // a rare word from a common one
        double n = tokenLists.size() + SMOOTHING_NAMES;
        weigh(tokenLists, n);
        // A word no reference name uses (a doctor's name, a ward number) counts like a fairly common
        // one: it should not sink a line whose other words match, nor carry a match by itself.
        unknownWeight = Math.log(1.0 + n / 12.0);
        for (int i = 0; i < tokenLists.size(); i++) {
            names.add(prepare(texts.get(i), tokenLists.get(i)).withMarks(marks.get(i)));
        }
        postings = postings(names);
    }

    /** Inverse document frequency: a word in few names weighs more. */
    private void weigh(List<List<String>> tokenLists, double n) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<String> tokens : tokenLists) {
            tokens.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        documentFrequency.forEach((token, df) -> weights.put(token, Math.log(1.0 + n / df)));
    }

    /** For each trigram, the ids of the names that contain it. */
    private static Map<Integer, int[]> postings(List<Similarity.Name> names) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Similarity.Name name : names) {
            for (int gram : name.trigrams()) {
                counts.computeIfAbsent(gram, g -> new int[1])[0]++;
            }
        }
        Map<Integer, int[]> postings = new HashMap<>();
        Map<Integer, int[]> filled = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (int gram : names.get(i).trigrams()) {
                int[] ids = postings.computeIfAbsent(gram, g -> new int[counts.get(g)[0]]);
                ids[filled.computeIfAbsent(gram, g -> new int[1])[0]++] = i;
            }
        }
        return postings;
    }

    /** Whether a normalised word is used by any reference name. */
    boolean isKnown(String token) {
        return weights.containsKey(token);
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The owners whose names are most like {@code description}, best first, each once. */
    List<Hit<T>> search(String description, int limit) {
        if (description == null || names.isEmpty()) {
            return List.of();
        }
        Map<T, Hit<T>> best = new LinkedHashMap<>();
        for (Query prepared : queries(description)) {
            Similarity.Name query = prepared.name();
            double factor = prepared.factor();
            for (int id : shortlist(query)) {
                double similarity = Similarity.score(query, names.get(id)) * factor;
                T owner = owners.get(id);
                Hit<T> current = best.get(owner);
                if (current == null || similarity > current.similarity()) {
                    best.put(owner, new Hit<>(owner, names.get(id).text(), similarity));
                }
            }
        }
        return best.values().stream()
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .limit(limit)
                .toList();
    }

    /**
     * The description's forms, normalised, mended and weighed against this index's words. That
     * is most of a search's cost (OCR repair tries hundreds of spellings), depends only on the
     * description and the index, and bills of one scheme repeat their descriptions ("Room Rent",
     * "CBC"): kept per index, which lives as long as its list version.
     */
    private List<Query> queries(String description) {
        List<Query> cached = prepared.get(description);
        if (cached != null) {
            return cached;
        }
        List<Query> queries = new ArrayList<>();
        QueryForms.of(description, weights::containsKey).forEach((form, factor) -> {
            List<String> tokens = OcrRepair.repair(DescriptionNormaliser.tokens(form, weights::containsKey),
                    weights::containsKey);
            if (!tokens.isEmpty()) {
                queries.add(new Query(prepare(form, tokens), factor));
            }
        });
        if (prepared.size() >= MAX_PREPARED) {
            // bounded without bookkeeping: a full memo starts over (it refills with what recurs)
            prepared.clear();
        }
        List<Query> kept = List.copyOf(queries);
        prepared.put(description, kept);
        return kept;
    }

    /** A description's form ready to score, and the discount its form carries. */
    private record Query(Similarity.Name name, double factor) {
    }

    /** The names sharing the most trigrams with the query (Dice over trigram sets). */
    private int[] shortlist(Similarity.Name query) {
        int[] shared = new int[names.size()];
        int[] touched = new int[names.size()];
        int count = 0;
        for (int gram : query.trigrams()) {
            int[] ids = postings.get(gram);
            if (ids != null) {
                for (int id : ids) {
                    if (shared[id]++ == 0) {
                        touched[count++] = id;
                    }
                }
            }
        }
        // rank by Dice without boxing: the score in the high bits, the name's id in the low ones
        long[] ranked = new long[count];
        int q = query.trigrams().length;
        for (int k = 0; k < count; k++) {
            int id = touched[k];
            double dice = 2.0 * shared[id] / (q + names.get(id).trigrams().length);
            ranked[k] = ((long) (dice * 1_000_000) << 24) | id;
        }
        Arrays.sort(ranked);
        int size = Math.min(SHORTLIST, count);
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = (int) (ranked[count - 1 - k] & 0xFFFFFF);
        }
        return out;
    }

    private Similarity.Name prepare(String text, List<String> tokens) {
        double[] w = new double[tokens.size()];
        boolean[] known = new boolean[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight(tokens.get(i));
            known[i] = weights.containsKey(tokens.get(i));
        }
        return new Similarity.Name(text, tokens.toArray(String[]::new), w, known, trigrams(tokens));
    }

    private double weight(String token) {
        double base = weights.getOrDefault(token, unknownWeight);
        if (DescriptionNormaliser.isUnit(token)) {
            return base * 0.25;
        }
        if (token.length() == 1 && !DescriptionNormaliser.isNumber(token)) {
            return base * 0.3;
        }
        if (DescriptionNormaliser.isGeneric(token)) {
            return base * 0.4;
        }
        return base;
    }

    /** Trigrams of the sorted tokens joined by spaces, so word order does not matter; sorted, each once. */
    private static int[] trigrams(List<String> tokens) {
        String[] sorted = tokens.toArray(String[]::new);
        Arrays.sort(sorted);
        String s = " " + String.join(" ", sorted) + " ";
        int[] grams = new int[Math.max(0, s.length() - 2)];
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams[i] = (s.charAt(i) & 0x7f) << 14 | (s.charAt(i + 1) & 0x7f) << 7 | (s.charAt(i + 2) & 0x7f);
        }
        Arrays.sort(grams);
        int unique = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[unique++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, unique);
    }
}
