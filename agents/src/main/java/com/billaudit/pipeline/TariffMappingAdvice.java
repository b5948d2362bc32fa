package com.billaudit.pipeline;

import com.billaudit.audit.TariffMatcher;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.TariffRow;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.map.ItemMapping;
import com.billaudit.llm.map.LlmItemMapper;
import com.billaudit.llm.map.MappingQuestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The LLM's choice among the closest tariff rows for every line of the rules' reading that the
 * rules could not match confidently: one call for the whole bill, asked while the LLM reads the
 * pages, so mapping adds no round trip. Answers are kept by description, since reconciliation may
 * renumber the lines.
 */
final class TariffMappingAdvice {
    /** Rows offered to the LLM mapper, and how alike they must be to be worth offering. */
    private static final int SHORTLIST = 5;
    private static final double SHORTLIST_FLOOR = 0.45;

    private final Future<Optional<Map<String, ItemMapping>>> answers;
    private final Deadline deadline;

    private TariffMappingAdvice(Future<Optional<Map<String, ItemMapping>>> answers, Deadline deadline) {
        this.answers = answers;
        this.deadline = deadline;
    }

    static TariffMappingAdvice ask(ExecutorService executor, LlmItemMapper mapper, TariffMatcher matcher,
                                   List<LineItem> lines, LocalDate billDate, Deadline deadline) {
        return new TariffMappingAdvice(executor.submit(() -> answers(mapper, matcher, lines, billDate, deadline)),
                deadline);
    }

    private static Optional<Map<String, ItemMapping>> answers(LlmItemMapper mapper, TariffMatcher matcher,
                                                              List<LineItem> lines, LocalDate billDate, Deadline deadline) {
        List<MappingQuestion> questions = new ArrayList<>();
        for (LineItem item : matcher.matchAll(lines, billDate)) {
            if (item.match() == null) {
                List<TariffRow> shortlist = matcher
                        .shortlist(item.description(), item.date() != null ? item.date() : billDate, SHORTLIST).stream()
                        .filter(c -> c.similarity() >= SHORTLIST_FLOOR).map(TariffMatcher.Candidate::row).toList();
                if (!shortlist.isEmpty()) {
                    questions.add(new MappingQuestion(item.index(), item.description(), shortlist));
                }
            }
        }
        return mapper.map(questions, deadline).map(byLine -> byDescription(byLine, questions));
    }

    private static Map<String, ItemMapping> byDescription(Map<Integer, ItemMapping> byLine, List<MappingQuestion> questions) {
        Map<String, ItemMapping> out = new HashMap<>();
        for (MappingQuestion q : questions) {
            ItemMapping mapping = byLine.get(q.line());
            if (mapping != null) {
                out.putIfAbsent(q.description(), mapping);
            }
        }
        return out;
    }

    /** The answers by line description; empty when the LLM gave none in time. */
    Optional<Map<String, ItemMapping>> await() {
        return AskedInAdvance.await(answers, deadline, "tariff mapping");
    }
}
