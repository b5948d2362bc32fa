package com.billaudit.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one extraction already worked out about a printed line. The scan asks about the same line
 * several times (is it a header, where do its description cells start, is it half of a split row,
 * which cells does it hold) and about the same words as column titles, and the answers depend on
 * nothing but the text and the document's locale, which stays the same for the whole extraction ({@link ReadingLocale}). Lives
 * as long as one extraction on its own thread, like the locale; outside one, nothing is kept.
 */
final class LineMemo {
    private static final ThreadScoped<LineMemo> CURRENT = new ThreadScoped<>();

    private final Map<String, List<Token>> tokens = new HashMap<>();
    private final Map<String, Optional<TableHeader>> headers = new HashMap<>();
    private final Map<String, Optional<ColumnRole>> roles = new HashMap<>();

    private LineMemo() {
    }

    /** Runs {@code reading} with a memo of its own, dropped when it returns. */
    static <T> T within(Supplier<T> reading) {
        return CURRENT.within(new LineMemo(), reading);
    }

    /** The line's tokens (an unmodifiable list), worked out once per extraction. */
    static List<Token> tokens(String line, Function<String, List<Token>> tokenize) {
        return remembered(memo -> memo.tokens, line, l -> List.copyOf(tokenize.apply(l)), tokenize);
    }

    /** The column a title names (null: none), worked out once per extraction. */
    static ColumnRole role(String title, Function<String, ColumnRole> recognise) {
        return remembered(memo -> memo.roles, title, t -> Optional.ofNullable(recognise.apply(t)),
                t -> Optional.ofNullable(recognise.apply(t))).orElse(null);
    }

    /** The header the line is, or empty, worked out once per extraction. */
    static Optional<TableHeader> header(String line, Function<String, Optional<TableHeader>> read) {
        return remembered(memo -> memo.headers, line, read, read);
    }

    /**
     * What {@code work} makes of {@code key}, kept in the current memo's map; outside an extraction
     * {@code unkept} answers. Not {@code computeIfAbsent}: working out a header asks for tokens and
     * roles, which fill the memo's other maps meanwhile.
     */
    private static <V> V remembered(Function<LineMemo, Map<String, V>> map, String key, Function<String, V> work,
                                    Function<String, V> unkept) {
        LineMemo memo = CURRENT.orNull();
        if (memo == null) {
            return unkept.apply(key);
        }
        Map<String, V> known = map.apply(memo);
        V value = known.get(key);
        if (value == null) {
            value = work.apply(key);
            known.put(key, value);
        }
        return value;
    }
}
