package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.lexicon.Lexicons;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the bill's own date: a "Bill Date" / "Invoice Date" field, else a plain "Date" field. */
final class BillDates {

    private static final Pattern BILL_DATE = Pattern.compile("(?i)\\b(" + words("bill") + ")\\.?\\s*(" + words("bill-date")
            + ")\\.?\\s*[:\\-]?");
    private static final Pattern PLAIN_DATE = Pattern.compile("(?i)(?<!" + Lexicons.kind("date-labels", "other-date").stream()
            .map(w -> Pattern.quote(w + " ")).collect(java.util.stream.Collectors.joining("|")) + ")\\b(" + words("date") + ")\\.?\\s*[:\\-]?");

    private BillDates() {
    }

    private static String words(String kind) {
        return Lexicons.alternation(Lexicons.kind("date-labels", kind));
    }

    static LocalDate find(DocumentText text) {
        return after(text, BILL_DATE).or(() -> after(text, PLAIN_DATE)).orElse(null);
    }

    /** The first date printed right after a label matching {@code label}. */
    private static Optional<LocalDate> after(DocumentText text, Pattern label) {
        for (PageText page : text.pages()) {
            for (TextLine line : page.lines()) {
                Matcher m = label.matcher(line.text());
                while (m.find()) {
                    String rest = line.text().substring(m.end());
                    List<DateReader.Found> dates = DateReader.findAll(rest);
                    if (!dates.isEmpty() && rest.substring(0, dates.getFirst().start()).isBlank()) {
                        return Optional.of(dates.getFirst().date());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
