package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.locale.LocaleProfile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A code named by its system before a row's description ("CPT 99213 - Office Visit, Established
 * Patient", "HSN 3004: Paracetamol"): the code is the row's code, the rest its description.
 */
final class CodeSystems {
    private static final Pattern NAMED = compile();

    private CodeSystems() {
    }

    /** The printed code and the description after it, when {@code description} opens with a named code. */
    static Optional<Split> split(String description) {
        Matcher m = NAMED.matcher(description);
        return m.matches() ? Optional.of(new Split(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    record Split(String code, String description) {
    }

    private static Pattern compile() {
        List<String> systems = LocaleProfile.supported().stream().filter(l -> Lexicons.has(l, "code-systems"))
                .flatMap(l -> Lexicons.of(l, "code-systems").stream()).toList();
        String names = systems.isEmpty() ? "(?!)" : systems.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?i)(?:" + names + ")(?:\\s*code)?[\\s:#.]*((?-i:[A-Z0-9][A-Z0-9.]{2,9}))\\s*[-–—:]\\s*(\\p{L}.*)");
    }
}
