package com.billaudit.llm.map;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.TariffRow;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks the LLM which shortlisted tariff row a weakly matched line is. A code outside the
 * shortlist is a hallucination: the answer is rejected and the rules' match stands.
 */
public final class LlmItemMapper {

    public static final String AGENT = "mapper";
    private static final String NONE = "none";

    private final ItemMapperAi ai;
    private final LlmGateway gateway;

    public LlmItemMapper(ItemMapperAi ai, LlmGateway gateway) {
        this.ai = ai;
        this.gateway = gateway;
    }

    public Optional<ItemMapping> map(LineItem line, List<TariffRow> shortlist, Deadline deadline) {
        String candidates = shortlist.stream()
                .map(row -> row.code() + " | " + row.name() + " | " + row.category().code())
                .collect(Collectors.joining("\n"));
        String description = line.description();
        var call = new LlmCall<>(AGENT, ItemMapperAi.PROMPT_VERSION, description + "\n" + candidates,
                MappingAnswer.class, () -> ai.map(description, candidates));
        return gateway.ask(call, deadline, answer -> validated(answer, shortlist));
    }

    private ItemMapping validated(MappingAnswer answer, List<TariffRow> shortlist) {
        String code = answer.code() == null ? "" : answer.code().trim();
        Category category = Category.fromCode(answer.category());
        if (code.equalsIgnoreCase(NONE)) {
            return new ItemMapping(null, category);
        }
        TariffRow chosen = shortlist.stream().filter(row -> row.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> rejected(code));
        return new ItemMapping(chosen, category);
    }

    private LlmException rejected(String code) {
        gateway.listener().groundingRejected(AGENT, 1);
        return new LlmException(LlmException.Reason.INVALID_ANSWER, AGENT + ": code '" + code + "' was not offered");
    }
}
