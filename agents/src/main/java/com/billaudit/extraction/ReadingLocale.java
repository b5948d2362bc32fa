package com.billaudit.extraction;

import com.billaudit.locale.DateOrder;
import com.billaudit.locale.LocaleProfile;

import java.util.function.Supplier;

/**
 * The locale a document is being read in, for the number and date readers deep inside one
 * extraction. A whole document is read in one locale, and the readers are small static
 * functions called from many places: the extraction sets the locale once around its work
 * instead of threading it through every call. Outside an extraction the first listed locale
 * holds, as {@link com.billaudit.locale.LocaleDetector} assumes for a document that says nothing.
 */
final class ReadingLocale {
    private static final ThreadScoped<LocaleProfile> CURRENT = new ThreadScoped<>();

    private ReadingLocale() {
    }

    /** Runs {@code reading} with {@code locale} as the document's locale. */
    static <T> T within(LocaleProfile locale, Supplier<T> reading) {
        return CURRENT.within(locale, reading);
    }

    static LocaleProfile current() {
        LocaleProfile locale = CURRENT.orNull();
        return locale != null ? locale : LocaleProfile.of(LocaleProfile.supported().getFirst());
    }

    /** Whether the document's own money is written with {@code sign} ({@code $} on a US statement, never a misread 5). */
    static boolean isCurrencySign(String sign) {
        return current().currencySigns().stream().anyMatch(s -> s.equalsIgnoreCase(sign));
    }

    static DateOrder dateOrder() {
        return current().dateOrder();
    }
}
