package com.billaudit.audit;

import com.billaudit.domain.TariffRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Guards against matching a line to a row whose name is only part of the line's real service
 * when the rest was garbled by the scan: "Room Rent - Serre Private" contains every word of
 * "Private Room", but "Semi Private Room" says the same plus a word starting like "Serre". When
 * the line has a word no tariff name uses and a rival row's name extends the best row's name by a
 * word starting with the same letter, the line may well be the rival: it is left unmatched
 * rather than audited at the shorter name's rate.
 */
final class ExtendedRivals {
    private static final int MIN_GARBLED_LENGTH = 3;

    private final Map<String, List<List<String>>> namesByCode = new HashMap<>();
    private final Predicate<String> known;

    ExtendedRivals(List<TariffRow> rows, Predicate<String> known) {
        this.known = known;
        for (TariffRow row : rows) {
            List<List<String>> names = namesByCode.computeIfAbsent(row.code(), c -> new ArrayList<>());
            names.add(DescriptionNormaliser.tokens(row.name()));
            row.aliases().forEach(alias -> names.add(DescriptionNormaliser.tokens(alias)));
        }
    }

    /** Whether the line may be one of the rivals, misread, rather than the best row. */
    boolean mayBeRival(String description, TariffRow best, List<TariffRow> rivals) {
        List<String> unknown = DescriptionNormaliser.tokens(description).stream()
                .filter(t -> t.length() >= MIN_GARBLED_LENGTH && Character.isLetter(t.charAt(0)) && !known.test(t))
                .toList();
        if (unknown.isEmpty()) {
            return false;
        }
        for (TariffRow rival : rivals) {
            for (List<String> shorter : namesByCode.getOrDefault(best.code(), List.of())) {
                for (List<String> longer : namesByCode.getOrDefault(rival.code(), List.of())) {
                    String added = extension(shorter, longer);
                    if (added != null && unknown.stream().anyMatch(u -> u.charAt(0) == added.charAt(0))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * What the longer name adds to the shorter one when it contains each of its words (alone or as
     * the end of a compound, "private" in "semiprivate"): the first added word or word part; null
     * when it does not contain them all or adds nothing.
     */
    private static String extension(List<String> shorter, List<String> longer) {
        if (shorter.isEmpty()) {
            return null;
        }
        List<String> rest = new ArrayList<>(longer);
        String added = null;
        for (String word : shorter) {
            if (rest.remove(word)) {
                continue;
            }
            String compound = rest.stream().filter(w -> w.length() > word.length() && w.endsWith(word))
                    .findFirst().orElse(null);
            if (compound == null) {
                return null;
            }
            rest.remove(compound);
            added = added == null ? compound.substring(0, compound.length() - word.length()) : added;
        }
        if (added == null && !rest.isEmpty()) {
            added = rest.getFirst();
        }
        return added;
    }
}
