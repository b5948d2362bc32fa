package com.billaudit.locale;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureShapeTest {

    @Test
    void shapesOfFiguresNeedADigit() {
        for (String figure : List.of(
                "(?<![\\d,])\\d{1,2},\\d{2},\\d{3}(?![\\d,])",
                "(?<![\\d\\/.-])(1[3-9]|2\\d|3[01])[\\/.-](0?[1-9]|1[0-2])[\\/.-](\\d{4}|\\d{2})(?!\\d)",
                "(jan|feb|mar)[a-z]*\\.? \\d{1,2}, \\d{4}",
                "(?-i:\\b[A-Z]{2}\\s\\d{5}(-\\d{4})?\\b)",
                "(?:" + Pattern.quote("₹") + ")\\s?:?\\s?\\d",
                "(?:" + LocaleProfile.signPattern("Rs") + ")\\s?:?\\s?\\d",
                "[0-9]+",
                "x\\d+?y")) {
            assertTrue(FigureShape.needsDigit(figure), figure);
        }
    }

    @Test
    void shapesThatCanMatchWithoutADigitAreTriedOnEveryLine() {
        for (String maybe : List.of("gst", "\\d?x", "\\d*", "(\\d|x)", "x|\\d", "[0-9a-z]", "[^0-9]", "(?=\\d)x",
                "(?U)\\d", "\\p{Nd}", "\\d{0,2}", "(\\d)?", "[\\d]", "(unclosed\\d")) {
            assertFalse(FigureShape.needsDigit(maybe), maybe);
        }
    }

    @Test
    void aShapeThatNeedsADigitNeverMatchesALineWithout() {
        String wordsOnly = "Consultation charges, Dr. A. Rao - GST extra / NY ABCDE - Jan Feb, Rs. ₹ (see over)";
        for (String figure : List.of("\\d{1,2},\\d{2}", "(jan|feb)[a-z]* ?\\d?\\d{1}", "[A-Z]{2}\\s\\d{5}", "Rs\\.?\\d")) {
            assertTrue(FigureShape.needsDigit(figure), figure);
            assertFalse(Pattern.compile(figure, Pattern.CASE_INSENSITIVE).matcher(wordsOnly).find(), figure);
        }
    }
}
