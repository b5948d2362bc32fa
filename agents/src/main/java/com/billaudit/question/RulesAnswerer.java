package com.billaudit.question;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Totals;
import com.billaudit.lexicon.Lexicons;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers the common questions about an analysis from its own lines and findings: why a line is
 * flagged, what it is, what can be recovered, what is not payable. Every figure it states is the
 * analysis's; every answer cites the lines and findings it rests on.
 */
public final class RulesAnswerer {
    private static final Pattern LINE_NUMBER =
            Pattern.compile("(?i)(?<![\\p{L}])(?:" + Lexicons.alternation(Lexicons.shared("line-reference-words"))
                    + ")\\s*#?\\s*(\\d{1,4})\\b");
    /** Share of a line's description words a question must name to be about that line. */
    private static final double DESCRIPTION_SHARE = 0.5;
    private static final int SHORTEST_WORD = 3;

    public Answer answer(String question, AnalysisReport report) {
        List<QuestionIntent> intents = QuestionIntent.of(question);
        Optional<LineItem> numbered = numberedLine(question, report);
        if (numbered.isPresent() && !intents.contains(QuestionIntent.RECOVERABLE)
                && !intents.contains(QuestionIntent.NOT_PAYABLE)) {
            return aboutLine(numbered.get(), report);
        }
        if (intents.contains(QuestionIntent.NOT_PAYABLE)) {
            return notPayable(report);
        }
        if (intents.contains(QuestionIntent.RECOVERABLE)) {
            return recoverable(report);
        }
        Optional<LineItem> named = namedLine(question, report);
        if (named.isPresent()) {
            return aboutLine(named.get(), report);
        }
        return recoverable(report);
    }

    private static Optional<LineItem> numberedLine(String question, AnalysisReport report) {
        Matcher m = LINE_NUMBER.matcher(question);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            Optional<LineItem> line = report.lineItems().stream().filter(l -> l.index() == index).findFirst();
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    /** The line whose description the question names best, if it names enough of it. */
    private static Optional<LineItem> namedLine(String question, AnalysisReport report) {
        Set<String> asked = words(question);
        LineItem best = null;
        double bestShare = 0;
        for (LineItem line : report.lineItems()) {
            Set<String> described = words(line.description());
            long named = described.stream().filter(asked::contains).count();
            double share = described.isEmpty() ? 0 : (double) named / described.size();
            if (named > 0 && share > bestShare) {
                best = line;
                bestShare = share;
            }
        }
        return bestShare >= DESCRIPTION_SHARE ? Optional.of(best) : Optional.empty();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= SHORTEST_WORD) {
                words.add(w);
            }
        }
        return words;
    }

    private static Answer aboutLine(LineItem line, AnalysisReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Line ").append(line.index()).append(" is \"").append(line.description()).append("\" (")
                .append(line.category().code()).append("): ").append(plain(line.quantity())).append(" × ")
                .append(plain(line.unitPrice())).append(" = ").append(plain(line.amount())).append('.');
        if (line.match() != null) {
            text.append(" The ").append(line.match().scheme()).append(" reference row is ").append(line.match().code())
                    .append(" \"").append(line.match().name()).append("\" at ").append(plain(line.match().rate()))
                    .append(line.match().unit() == null ? "" : " " + line.match().unit()).append('.');
        }
        List<Citation> citations = new ArrayList<>(List.of(Citation.line(line.index())));
        List<Integer> flagging = findingsOn(line.index(), report);
        if (flagging.isEmpty()) {
            text.append(" No audit rule flagged it.");
        }
        for (int number : flagging) {
            Finding f = report.findings().get(number - 1);
            text.append(" Finding ").append(number).append(" (").append(f.type()).append(", ")
                    .append(f.severity().code()).append("): ").append(f.message());
            if (f.amount().signum() > 0) {
                text.append(" Recoverable: ").append(plain(f.amount())).append('.');
            }
            citations.add(Citation.finding(number));
        }
        return new Answer(text.toString(), citations, AgentRun.Mode.RULES);
    }

    private static Answer recoverable(AnalysisReport report) {
        Totals totals = report.totals();
        List<Integer> paying = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            if (report.findings().get(i).amount().signum() > 0) {
                paying.add(i + 1);
            }
        }
        if (paying.isEmpty()) {
            return new Answer("Nothing: no finding of this analysis carries an amount to recover.", List.of(),
                    AgentRun.Mode.RULES);
        }
        StringBuilder text = new StringBuilder("You can ask for ").append(plain(totals.recoverable()))
                .append(" back (").append(plain(totals.recoverablePct())).append(" % of the ")
                .append(plain(totals.lineItems())).append(" billed):");
        for (int number : paying) {
            Finding f = report.findings().get(number - 1);
            text.append("\n- finding ").append(number).append(" (").append(f.type()).append(lines(f)).append("): ")
                    .append(plain(f.amount())).append(". ").append(f.message());
        }
        return new Answer(text.toString(), paying.stream().map(Citation::finding).toList(), AgentRun.Mode.RULES);
    }

    private static Answer notPayable(AnalysisReport report) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            if (f.type() == FindingType.NON_PAYABLE) {
                text.append(text.isEmpty() ? "Not payable under the scheme:" : "").append("\n- finding ").append(i + 1)
                        .append(lines(f)).append(": ").append(plain(f.amount())).append(". ").append(f.message());
                citations.add(Citation.finding(i + 1));
                f.lineItems().forEach(index -> citations.add(Citation.line(index)));
            }
        }
        if (citations.isEmpty()) {
            return new Answer("No line of this bill is on the scheme's non-payable list.", List.of(), AgentRun.Mode.RULES);
        }
        return new Answer(text.toString(), citations, AgentRun.Mode.RULES);
    }

    private static List<Integer> findingsOn(int line, AnalysisReport report) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            if (report.findings().get(i).lineItems().contains(line)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static String lines(Finding f) {
        if (f.lineItems().isEmpty()) {
            return "";
        }
        return (f.lineItems().size() == 1 ? ", line " : ", lines ")
                + f.lineItems().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
