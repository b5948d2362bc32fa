package com.billaudit.llm;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks a person's details in text before it leaves the machine for a model: names, phone
 * numbers, patient/IPD/UHID ids and addresses become {@code [NAME]}, {@code [PHONE]},
 * {@code [ID]}, {@code [ADDRESS]}. Amounts, quantities, dates and service names stay, so the
 * model reads the charges as printed. The labels, titles and patterns are the lexicon's
 * {@code redaction-*} lists.
 */
public final class Redactor {

    /** Leaves text as it is ({@code LLM_REDACT=false}). */
    public static final Redactor OFF = new Redactor(List.of());

    /** A column opens a line or follows two blanks, a tab or a bar. */
    private static final String COLUMN_START = "(?:^|(?<=\\s{2})|(?<=\\t)|(?<=\\|))\\s*";
    /** A value runs to the next column or the next "Label:". */
    private static final String TO_COLUMN_END =
            "(\\S.*?)(?=\\s{2,}|\\t|\\s*\\||\\s\\p{L}[\\p{L}.'/]*(?:\\s\\p{L}[\\p{L}.'/]*){0,2}\\s?:|\\s*$)";
    private static final String DIGIT_TOKEN = "(\\+?[\\p{Alnum}/-]*\\d[\\p{Alnum}/-]*)";
    private static final String PHONE_VALUE = "(\\+?\\d[\\d\\s-]{5,}\\d)";

    private final List<Mask> masks;

    private Redactor(List<Mask> masks) {
        this.masks = List.copyOf(masks);
    }

    public static Redactor fromLexicon() {
        List<Mask> masks = new ArrayList<>();
        for (String entry : Lexicons.shared("redaction-patterns")) {
            String[] parts = entry.split("=>", 2);
            masks.add(new Mask(Pattern.compile(parts[1].strip()), 0, parts[0].strip()));
        }
        masks.addAll(labelMasks());
        String titles = Lexicons.shared("redaction-honorifics").stream().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        masks.add(new Mask(Pattern.compile("(?<![\\p{L}])(?i:" + titles + ")\\.?\\s+(\\p{Lu}[\\p{L}.']*(?:\\s\\p{Lu}[\\p{L}.']*){0,3})"),
                1, "NAME"));
        return new Redactor(masks);
    }

    private static List<Mask> labelMasks() {
        List<String[]> labels = Lexicons.shared("redaction-labels").stream().map(e -> e.split("=>", 2))
                .sorted(Comparator.comparingInt((String[] l) -> l[0].strip().length()).reversed()).toList();
        List<Mask> masks = new ArrayList<>();
        for (String kind : List.of("ID", "PHONE", "NAME", "ADDRESS")) {
            String alternatives = labels.stream().filter(l -> l[1].strip().equals(kind))
                    .map(l -> Pattern.quote(l[0].strip()).replace(" ", "\\E\\s*\\Q")).collect(Collectors.joining("|"));
            String label = "(?i:" + alternatives + ")(?![\\p{L}])\\.?";
            String regex = switch (kind) {
                case "ID" -> "(?<![\\p{L}])" + label + "\\s*(?:[:#-]|no\\.?|number)?\\s*" + DIGIT_TOKEN;
                case "PHONE" -> "(?<![\\p{L}])" + label + "\\s*(?:[:#-]|no\\.?)?\\s*" + PHONE_VALUE;
                default -> COLUMN_START + label + "\\s*[:-]\\s*" + TO_COLUMN_END;
            };
            masks.add(new Mask(Pattern.compile(regex, Pattern.MULTILINE), 1, kind));
        }
        return masks;
    }

    public boolean enabled() {
        return !masks.isEmpty();
    }

    /** The text with every detail the masks find replaced by its kind. */
    public String redact(String text) {
        if (text == null || masks.isEmpty()) {
            return text;
        }
        return text.lines().map(this::redactLine).collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    }

    /** The page with each line redacted (confidences kept). */
    public PageText redact(PageText page) {
        if (masks.isEmpty()) {
            return page;
        }
        List<TextLine> lines = page.lines().stream().map(l -> new TextLine(redactLine(l.text()), l.confidence())).toList();
        return new PageText(page.number(), lines, page.source(), page.confidence());
    }

    private String redactLine(String line) {
        String out = line;
        for (Mask mask : masks) {
            out = mask.apply(out);
        }
        return out;
    }

    /** Replaces group {@code group} of each match by {@code [KIND]}. */
    private record Mask(Pattern pattern, int group, String kind) {
        String apply(String line) {
            Matcher m = pattern.matcher(line);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                if (m.group(group) == null || m.group(group).contains("[")) {
                    continue;
                }
                out.append(line, last, m.start(group)).append('[').append(kind.toUpperCase(Locale.ROOT)).append(']');
                last = m.end(group);
            }
            return out.append(line.substring(last)).toString();
        }
    }
}
