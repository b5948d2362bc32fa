package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.locale.CurrencyMarks;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads numbers as bills print them: Indian (1,25,000.00) or western (125,000.00) grouping,
 * with or without Rs./INR/₹, and the usual OCR slips (O for 0, l for 1, a comma for the
 * decimal point, a stray border character).
 */
final class NumberReader {

    /** Rs./INR/₹ before an amount (and ¥ € £, what OCR makes of ₹), /- after it. */
    private static final Pattern CURRENCY = Pattern.compile("(?i)^(?:" + Lexicons.alternation(
            Stream.concat(CurrencyMarks.of("mark").stream(), CurrencyMarks.foreignSigns().stream()).toList()) + ")+|(?:/-|/=|-/|/)$");
    /** "Rs.", "INR", "₹": a currency word printed apart from its amount. */
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?i)" + Lexicons.alternation(
            Stream.concat(CurrencyMarks.of("mark").stream(), CurrencyMarks.of("cell-mark").stream()).toList()));
    /** Punctuation OCR leaves around a cell (compiled once: every token of every line is tried as a number). */
    private static final Pattern CELL_PUNCTUATION = Pattern.compile("^[\\[(|'\"`‘’“”:;*=~{}%—–-]+|[\\])|'\"`‘’“”:;*=~{}°º]+$");
    /** "#38000.00": a rupee sign OCR read as a hash, before a figure with paise (a "#118" store number has none). */
    private static final Pattern HASH_SIGN = Pattern.compile("^#(?=\\d[\\d,]*\\.\\d{2}$)");
    private static final Pattern LOOSE_POINTS = Pattern.compile("^[.:-]+|[.,:]+$");
    private static final Pattern RAISED_MARK = Pattern.compile("^[\u00b9\u00b2\u00b3\u2070-\u2079]+(?=\\d)");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{2})*,\\d{3}(?:\\.\\d{1,3})?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,3})?");
    /** "1,250,00" or "250,00": a comma before exactly two final digits is a decimal comma. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d[\\d,.]*,\\d{2}");
    /** "1.250.00": dots used for grouping, the last one is the decimal point. */
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{2,3})+\\.\\d{2}");
    /** A service code such as B003 or S001: a capital letter before digits is a code, not a misread number. */
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2,}");
    /** "2D", "3D": a dimension in a service's name ("2D Echo"), not a number with a D for its 0. */
    private static final Pattern DIMENSION = Pattern.compile("\\d+D");
    private static final Pattern THOUSANDS_POINT = Pattern.compile("\\d{1,3}\\.\\d{3}");
    /** "300:00": OCR took the decimal point for a colon. */
    /** "772-79": OCR took the decimal point for a dash (never a year span such as "2024-25", never a short "12-05"). */
    private static final Pattern DASH_POINT = Pattern.compile("(?!(?:19|20)\\d{2}-)\\d{3,}-\\d{2}");
    private static final Pattern COLON_POINT = Pattern.compile("\\d[\\d,]*[:;]\\d{2}");

    private NumberReader() {
    }

    static Optional<PrintedNumber> read(String printed) {
        boolean signed = signRead(printed);
        Optional<PrintedNumber> figure = readFigure(printed).map(n -> signed ? n.withSign(true) : n);
        String text = trim(printed);
        if (figure.isPresent() && text.length() > 1 && OcrConfusions.inAmountAsDigit(text.charAt(0)) != null
                && SIGN_GLYPHS.indexOf(text.charAt(0)) < 0 && !Character.isLetter(text.charAt(0))
                && Character.isDigit(text.charAt(1))) {
            // "$570.00": a sign OCR read as a glyph that may also be a digit; which it is, the row tells
            Optional<BigDecimal> rest = readFigure(text.substring(1)).map(PrintedNumber::value);
            figure = rest.isPresent() ? figure.map(n -> n.withSignless(rest.get())) : figure;
        }
        return figure;
    }

    /** The signs OCR reads a rupee sign as while keeping it a sign ("%1100.00", "£361.00"). */
    private static final String SIGN_GLYPHS = String.join("", OcrConfusions.digitPairs("rupee-sign-glyph"));

    /**
     * Whether a currency sign stands before the figure's first digit, read as a sign: a currency
     * mark ("₹", "Rs.") or a glyph OCR makes of the rupee sign. A dollar sign is not counted: on a
     * rupee bill OCR may have read a 5 as one, and that reading is the figure's.
     */
    private static boolean signRead(String printed) {
        String text = printed.strip();
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        if (digit == 0 || digit == text.length()) {
            return false;
        }
        String before = text.substring(0, digit);
        return before.chars().anyMatch(c -> SIGN_GLYPHS.indexOf(c) >= 0)
                || CURRENCY.matcher(before).lookingAt() && !before.startsWith("/") && !before.contains("$");
    }

    private static Optional<PrintedNumber> readFigure(String printed) {
        String text = trim(printed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (THOUSANDS_POINT.matcher(text).matches()) {
            // "2.000": no bill prices in tenths of paise; the point stands for the thousands comma
            return Optional.of(new PrintedNumber(new BigDecimal(text.replace(".", "")), false, true));
        }
        Optional<PrintedNumber> clean = readClean(text, false).or(() -> readSlipped(text));
        if (clean.isPresent()) {
            return clean;
        }
        if (CODE.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = lookalikesToDigits(text);
        return digits == null ? Optional.empty() : readClean(digits, true).or(() -> readSlipped(digits));
    }

    static boolean isCurrencyWord(String printed) {
        return CURRENCY_WORD.matcher(printed).matches() || ReadingLocale.isCurrencySign(printed);
    }

    /** Whether a printed amount opens with a currency sign ("₹500", "Rs.1,200", "$15.99" on a dollar bill). */
    static boolean startsWithSign(String printed) {
        String text = printed.strip().replaceFirst("^[-(]+", "");
        if (RAISED_MARK.matcher(text).find()) {
            return true;
        }
        return CURRENCY.matcher(text).lookingAt() && !text.startsWith("/") || !withoutLocaleSign(text).equals(text);
    }

    static boolean isNumber(String printed) {
        return read(printed).isPresent();
    }

    private static Optional<PrintedNumber> readClean(String text, boolean repaired) {
        if (PLAIN.matcher(text).matches() || GROUPED.matcher(text).matches()) {
            String plain = text.replace(",", "");
            return Optional.of(new PrintedNumber(new BigDecimal(plain), plain.contains("."), repaired));
        }
        return Optional.empty();
    }

    private static Optional<PrintedNumber> readSlipped(String text) {
        if (DECIMAL_COMMA.matcher(text).matches()) {
            int last = text.lastIndexOf(',');
            String whole = text.substring(0, last).replace(",", "").replace(".", "");
            return Optional.of(new PrintedNumber(new BigDecimal(whole + "." + text.substring(last + 1)), true, true));
        }
        if (DASH_POINT.matcher(text).matches()) {
            return readClean(text.replace('-', '.'), true);
        }
        if (COLON_POINT.matcher(text).matches()) {
            return readClean(text.replace(':', '.').replace(';', '.'), true);
        }
        if (DOTTED.matcher(text).matches()) {
            int last = text.lastIndexOf('.');
            String whole = text.substring(0, last).replace(".", "");
            return Optional.of(new PrintedNumber(new BigDecimal(whole + "." + text.substring(last + 1)), true, true));
        }
        return Optional.empty();
    }

    /** Strips currency marks and the punctuation OCR leaves around a cell. */
    private static String trim(String printed) {
        String text = printed.strip();
        text = CELL_PUNCTUATION.matcher(text).replaceAll("");
        // "¹17,500": a raised digit before an amount is a mark (a sign the font lacked, a footnote), not a digit of it
        text = RAISED_MARK.matcher(text).replaceFirst("");
        text = CURRENCY.matcher(text).replaceAll("");
        text = HASH_SIGN.matcher(text).replaceFirst("");
        text = withoutLocaleSign(text);
        text = LOOSE_POINTS.matcher(text).replaceAll("");
        return text.strip();
    }

    /**
     * "$150.00" on a statement printed in dollars: the locale's own sign, not a 5 that OCR
     * misread (which it is on a rupee bill, where no dollar sign is ever printed).
     */
    private static String withoutLocaleSign(String text) {
        for (String sign : ReadingLocale.current().currencySigns()) {
            boolean symbol = sign.codePoints().noneMatch(Character::isLetter);
            if (symbol && text.startsWith(sign) && text.length() > sign.length()
                    && Character.isDigit(text.charAt(sign.length()))) {
                return text.substring(sign.length());
            }
        }
        return text;
    }

    /**
     * The text with letters OCR confuses with digits replaced, or null when it is not mostly
     * digits (so that words such as "Is", "SOS" or "BOO1" never turn into numbers).
     */
    private static String lookalikesToDigits(String text) {
        if (DIMENSION.matcher(text).matches()) {
            return null;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        long lookalikes = text.chars().filter(NumberReader::isDigitLookalike).count();
        if (digits == 0 || lookalikes == 0 || digits < lookalikes
                || text.chars().anyMatch(c -> !Character.isDigit(c) && ",.".indexOf(c) < 0 && !isDigitLookalike(c))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            Character digit = OcrConfusions.inAmountAsDigit(c);
            sb.append(digit == null ? c : digit);
        }
        return sb.toString();
    }

    private static boolean isDigitLookalike(int c) {
        return c <= Character.MAX_VALUE && OcrConfusions.inAmountAsDigit((char) c) != null;
    }
}
