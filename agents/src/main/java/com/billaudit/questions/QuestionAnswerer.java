package com.billaudit.questions;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers a question about one analysis from the analysis alone (rules mode): the lines it names
 * by number or by words of their description, the kinds of finding it names, the recoverable
 * money or the verdict. Every answer cites the lines and findings it rests on; nothing is
 * invented, and a question it cannot place gets the summary and what can be asked.
 */
public final class QuestionAnswerer {
    public static final String MODE = "rules";
    private static final Pattern LINE_NUMBER = Pattern.compile(
            "(?:\\b(?:line|row|item|entry|charge)s?\\s*(?:no\\.?|number)?\\s*|#)(\\d{1,4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_NUMBERS = Pattern.compile("^(?:\\s*(?:,|and|&)\\s*(\\d{1,4})\\b)+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{2,}");

    private final Topics topics = Topics.load();
    private final Set<String> ignoredWords = ignoredWords();

    public Answer answer(AnalysisReport report, String question) {
        Set<Integer> lines = numberedLines(report, question);
        if (!lines.isEmpty()) {
            return aboutLines(report, lines);
        }
        Set<String> asked = topics.of(question);
        List<FindingType> types = Arrays.stream(FindingType.values()).filter(t -> asked.contains(t.name())).toList();
        if (!types.isEmpty()) {
            return aboutTypes(report, types);
        }
        if (asked.contains(Topics.RECOVERABLE) || asked.contains(Topics.VERDICT)) {
            return summary(report, false);
        }
        Set<Integer> described = describedLines(report, question);
        return described.isEmpty() ? summary(report, true) : aboutLines(report, described);
    }

    private Answer aboutLines(AnalysisReport report, Set<Integer> lines) {
        List<String> parts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (int index : lines) {
            LineItem line = report.lineItems().get(index - 1);
            citations.add(Citation.line(index));
            List<Integer> about = findingsOf(report, index);
            if (about.isEmpty()) {
                parts.add(describe(line) + " is not flagged" + matchNote(line) + ".");
            } else {
                parts.add(describe(line) + " is flagged:");
                for (int number : about) {
                    parts.add("- " + report.findings().get(number - 1).message());
                    citations.add(Citation.finding(number));
                }
            }
        }
        return new Answer(String.join("\n", parts), citations);
    }

    private static Answer aboutTypes(AnalysisReport report, List<FindingType> types) {
        List<String> parts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (FindingType type : types) {
            List<Integer> numbers = numbersOf(report, type);
            String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (numbers.isEmpty()) {
                parts.add("No " + name + " finding in this bill.");
                continue;
            }
            BigDecimal sum = sumOf(report, numbers);
            parts.add(numbers.size() + " " + name + " finding(s)" + (sum.signum() > 0 ? ", " + money(sum) + " in all" : "")
                    + ":");
            for (int number : numbers) {
                Finding finding = report.findings().get(number - 1);
                parts.add("- " + finding.message());
                citations.add(Citation.finding(number));
                finding.lineItems().forEach(line -> citations.add(Citation.line(line)));
            }
        }
        return new Answer(String.join("\n", parts), distinct(citations));
    }

    /** The verdict, the money and where it comes from; with {@code hint}, what can be asked. */
    private static Answer summary(AnalysisReport report, boolean hint) {
        List<String> parts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        if (report.verdict() == null) {
            parts.add("This document is not a bill (" + report.documentType().code().replace('_', ' ')
                    + "), so nothing was audited.");
        } else {
            parts.add("Verdict: " + report.verdict().code() + ". Of " + money(report.totals().lineItems()) + " billed in "
                    + report.lineItems().size() + " line(s), " + money(report.totals().recoverable()) + " ("
                    + report.totals().recoverablePct().setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + " %) looks recoverable.");
            for (FindingType type : FindingType.values()) {
                List<Integer> numbers = numbersOf(report, type);
                BigDecimal sum = sumOf(report, numbers);
                if (sum.signum() > 0) {
                    parts.add("- " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + money(sum)
                            + " (line " + linesOf(report, numbers) + ")");
                    numbers.forEach(n -> citations.add(Citation.finding(n)));
                }
            }
        }
        if (hint) {
            parts.add("Ask about a line (\"why is line 4 flagged?\"), a kind of finding (overcharges, duplicates, "
                    + "non-payable items, arithmetic), the recoverable amount or the verdict.");
        }
        return new Answer(String.join("\n", parts), citations);
    }

    private static Set<Integer> numberedLines(AnalysisReport report, String question) {
        Set<Integer> lines = new TreeSet<>();
        Matcher first = LINE_NUMBER.matcher(question);
        while (first.find()) {
            addLine(report, lines, first.group(1));
            Matcher more = MORE_NUMBERS.matcher(question.substring(first.end()));
            if (more.find()) {
                Matcher number = Pattern.compile("\\d{1,4}").matcher(more.group());
                while (number.find()) {
                    addLine(report, lines, number.group());
                }
            }
        }
        return lines;
    }

    private static void addLine(AnalysisReport report, Set<Integer> lines, String number) {
        int index = Integer.parseInt(number);
        if (index >= 1 && index <= report.lineItems().size()) {
            lines.add(index);
        }
    }

    /** Lines whose description shares a meaningful word with the question (all of the best-sharing lines). */
    private Set<Integer> describedLines(AnalysisReport report, String question) {
        Set<String> asked = words(question);
        asked.removeAll(ignoredWords);
        Set<Integer> best = new TreeSet<>();
        int bestShared = 0;
        for (LineItem line : report.lineItems()) {
            Set<String> shared = words(line.description());
            shared.retainAll(asked);
            if (shared.size() > bestShared) {
                best.clear();
                bestShared = shared.size();
            }
            if (!shared.isEmpty() && shared.size() == bestShared) {
                best.add(line.index());
            }
        }
        return best;
    }

    private static List<Integer> findingsOf(AnalysisReport report, int line) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            if (report.findings().get(i).lineItems().contains(line)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static List<Integer> numbersOf(AnalysisReport report, FindingType type) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            if (report.findings().get(i).type() == type) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static BigDecimal sumOf(AnalysisReport report, List<Integer> findings) {
        return findings.stream().map(n -> report.findings().get(n - 1).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String linesOf(AnalysisReport report, List<Integer> findings) {
        return findings.stream().flatMap(n -> report.findings().get(n - 1).lineItems().stream()).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String describe(LineItem line) {
        return "Line " + line.index() + " '" + line.description() + "' (" + money(line.amount())
                + (line.date() == null ? "" : " on " + line.date()) + ")";
    }

    private static String matchNote(LineItem line) {
        return line.match() == null ? "; no reference rate matched it, so its price was not checked"
                : "; it matches " + line.match().code() + " '" + line.match().name() + "' at " + money(line.match().rate());
    }

    private static List<Citation> distinct(List<Citation> citations) {
        return List.copyOf(new LinkedHashSet<>(citations));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static Set<String> ignoredWords() {
        try (InputStream in = QuestionAnswerer.class.getResourceAsStream("/questions/ignored-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
