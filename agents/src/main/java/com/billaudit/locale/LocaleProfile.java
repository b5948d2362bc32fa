package com.billaudit.locale;

import com.billaudit.lexicon.Lexicons;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a locale prints money and dates: what a reader needs to turn printed figures into amounts
 * and dates. Each locale is a folder of lexicon lists ({@code currency}, {@code numbers},
 * {@code dates}); {@code lexicon/locales.txt} names the locales there are.
 *
 * @param tag           BCP 47 tag, e.g. {@code en-IN}
 * @param currency      ISO 4217 code of the money it prints
 * @param currencySigns what marks an amount as money, as printed ({@code ₹}, {@code Rs}, {@code $})
 * @param amountSuffixes what may follow an amount ({@code /-} after rupees)
 * @param dateOrder     how all-numeric dates order day and month
 * @param decimalMark   the decimal separator
 * @param groupMark     the digit-group separator
 * @param grouping      how digits are grouped
 */
public record LocaleProfile(String tag, String currency, List<String> currencySigns, List<String> amountSuffixes,
                            DateOrder dateOrder, char decimalMark, char groupMark, DigitGrouping grouping) {
    private static final Map<String, LocaleProfile> LOADED = new ConcurrentHashMap<>();
    private static final Map<LocaleProfile, Pattern> AMOUNT_SHAPES = new ConcurrentHashMap<>();

    public LocaleProfile {
        currencySigns = List.copyOf(currencySigns);
        amountSuffixes = List.copyOf(amountSuffixes);
    }

    /** The locales the lexicon describes, the first being the one assumed when nothing tells. */
    public static List<String> supported() {
        return Lexicons.shared("locales");
    }

    /** The profile of a supported locale. */
    public static LocaleProfile of(String tag) {
        return LOADED.computeIfAbsent(tag, LocaleProfile::load);
    }

    /** The first supported locale whose money is {@code currency}, if any. */
    public static java.util.Optional<LocaleProfile> forCurrency(String currency) {
        return supported().stream().map(LocaleProfile::of).filter(p -> p.currency().equalsIgnoreCase(currency)).findFirst();
    }

    /** The same conventions for a document whose signs name another currency. */
    public LocaleProfile withCurrency(String code) {
        return new LocaleProfile(tag, code, currencySigns, amountSuffixes, dateOrder, decimalMark, groupMark, grouping);
    }

    /**
     * A printed amount in this locale: digits with two decimals ({@code 1180.00}), grouped digits
     * ({@code 1,50,000}, {@code 4,690.00}), or digits after a currency sign ({@code Rs 500},
     * {@code $15}) or before a suffix ({@code 500/-}). Not bare integers: those are as often
     * quantities, codes and ids.
     */
    public Pattern amountShape() {
        return AMOUNT_SHAPES.computeIfAbsent(this, LocaleProfile::compileAmountShape);
    }

    private Pattern compileAmountShape() {
        String group = escape(groupMark);
        String decimal = escape(decimalMark);
        String grouped = grouping == DigitGrouping.LAKH
                ? "\\d{1,3}(?:" + group + "\\d{2})*" + group + "\\d{3}"
                : "\\d{1,3}(?:" + group + "\\d{3})+";
        String number = "(?:" + grouped + "(?:" + decimal + "\\d{1,2})?|\\d+" + decimal + "\\d{2})";
        String signs = currencySigns.stream().map(LocaleProfile::signPattern).collect(Collectors.joining("|"));
        String suffixes = amountSuffixes.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String edge = "[\\d" + group + decimal + "]";
        return Pattern.compile("(?<!" + edge + ")" + number + "(?!\\d)"
                + "|(?:" + signs + ")\\s?:?\\s?\\d+"
                + (suffixes.isEmpty() ? "" : "|(?<!" + edge + ")\\d+(?:" + suffixes + ")"));
    }

    /** A sign as it marks an amount: a word sign ({@code Rs}) stands apart from letters, may end in a dot. */
    static String signPattern(String sign) {
        boolean word = sign.codePoints().allMatch(Character::isLetter);
        return word ? "(?<![\\p{L}])(?i:" + Pattern.quote(sign) + ")\\.?" : Pattern.quote(sign);
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    private static LocaleProfile load(String tag) {
        if (!supported().contains(tag)) {
            throw new IllegalArgumentException("no locale " + tag + " in lexicon/locales.txt");
        }
        Map<String, List<String>> money = KeyedEntries.of(Lexicons.of(tag, "currency"));
        Map<String, List<String>> numbers = KeyedEntries.of(Lexicons.of(tag, "numbers"));
        Map<String, List<String>> dates = KeyedEntries.of(Lexicons.of(tag, "dates"));
        return new LocaleProfile(tag,
                KeyedEntries.single(money, "code", tag + "/currency"),
                money.getOrDefault("sign", List.of()),
                money.getOrDefault("suffix", List.of()),
                DateOrder.fromEntry(KeyedEntries.single(dates, "order", tag + "/dates")),
                KeyedEntries.single(numbers, "decimal", tag + "/numbers").charAt(0),
                KeyedEntries.single(numbers, "group", tag + "/numbers").charAt(0),
                DigitGrouping.fromEntry(KeyedEntries.single(numbers, "grouping", tag + "/numbers")));
    }
}
