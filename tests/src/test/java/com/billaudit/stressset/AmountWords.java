package com.billaudit.stressset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** "Rupees One Lakh Twenty Five Thousand Only": the amount-in-words line of Indian bills. */
final class AmountWords {
    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
            "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

    private AmountWords() {
    }

    static String rupees(BigDecimal amount) {
        BigDecimal v = amount.setScale(2, RoundingMode.HALF_UP);
        long whole = v.longValue();
        int paise = v.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = "Rupees " + (whole == 0 ? "Zero" : words(whole).trim());
        return words + (paise > 0 ? " and " + below100(paise) + " Paise" : "") + " Only";
    }

    private static String words(long n) {
        StringBuilder out = new StringBuilder();
        long[] units = {10_000_000, 100_000, 1_000, 100};
        String[] names = {"Crore", "Lakh", "Thousand", "Hundred"};
        for (int i = 0; i < units.length; i++) {
            if (n >= units[i]) {
                out.append(i == 0 ? words(n / units[i]).trim() : below100((int) (n / units[i]))).append(' ').append(names[i]).append(' ');
                n %= units[i];
            }
        }
        return out.append(below100((int) n)).toString();
    }

    private static String below100(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }
}
