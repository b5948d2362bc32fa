package com.billaudit.llm.map;

import com.billaudit.domain.Category;
import com.billaudit.domain.TariffRow;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks the LLM, in one call, which shortlisted tariff row each weakly matched line is. A code
 * outside that line's shortlist is a hallucination: that line's answer is rejected (counted)
 * and the rules' match stands; the other lines keep theirs.
 */
public final class LlmItemMapper {

    public static final String AGENT = "mapper";
    private static final String NONE = "none";

    private final ItemMapperAi ai;
    private final LlmGateway gateway;
    private final Redactor redactor;

    public LlmItemMapper(ItemMapperAi ai, LlmGateway gateway, Redactor redactor) {
        this.ai = ai;
        this.gateway = gateway;
        this.redactor = redactor;
    }

    /** The validated mapping of each answered line, by line index; empty when the call failed. */
    public Optional<Map<Integer, ItemMapping>> map(List<MappingQuestion> questions, Deadline deadline) {
        if (questions.isEmpty()) {
            return Optional.of(Map.of());
        }
        String lines = redactor.redact(questions.stream().map(LlmItemMapper::render).collect(Collectors.joining("\n")));
        var call = new LlmCall<>(AGENT, ItemMapperAi.PROMPT_VERSION, lines, MappingsAnswer.class, () -> ai.map(lines));
        return gateway.ask(call, deadline, answer -> validated(answer, questions));
    }

    private static String render(MappingQuestion q) {
        return q.line() + ". " + q.description() + "\n" + q.shortlist().stream()
                .map(row -> "   - " + row.code() + " | " + row.name() + " | " + row.category().code())
                .collect(Collectors.joining("\n"));
    }

    private Map<Integer, ItemMapping> validated(MappingsAnswer answer, List<MappingQuestion> questions) {
        if (answer.mappings() == null) {
            throw new LlmException(LlmException.Reason.MALFORMED_ANSWER, AGENT + ": no mappings");
        }
        Map<Integer, MappingQuestion> asked = questions.stream()
                .collect(Collectors.toMap(MappingQuestion::line, q -> q, (a, b) -> a));
        Map<Integer, ItemMapping> mappings = new HashMap<>();
        int rejected = 0;
        for (MappingsAnswer.LineMapping m : answer.mappings()) {
            MappingQuestion question = asked.get(m.line());
            Optional<ItemMapping> mapping = question == null ? Optional.empty() : mappingOf(m, question.shortlist());
            if (mapping.isPresent()) {
                mappings.putIfAbsent(m.line(), mapping.get());
            } else {
                rejected++;
            }
        }
        if (rejected > 0) {
            gateway.listener().groundingRejected(AGENT, rejected);
        }
        return mappings;
    }

    /** Empty when the code is not one of the line's shortlisted rows. */
    private static Optional<ItemMapping> mappingOf(MappingsAnswer.LineMapping m, List<TariffRow> shortlist) {
        String code = m.code() == null ? "" : m.code().trim();
        Category category = Category.fromCode(m.category());
        if (code.equalsIgnoreCase(NONE)) {
            return Optional.of(new ItemMapping(null, category));
        }
        return shortlist.stream().filter(row -> row.code().equalsIgnoreCase(code)).findFirst()
                .map(row -> new ItemMapping(row, category));
    }
}
