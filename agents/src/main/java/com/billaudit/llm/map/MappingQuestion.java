package com.billaudit.llm.map;

import com.billaudit.domain.TariffRow;

import java.util.List;

/**
 * One line the rules could not match confidently, with the tariff rows they found closest.
 *
 * @param line the line's index in the bill
 */
public record MappingQuestion(int line, String description, List<TariffRow> shortlist) {
    public MappingQuestion {
        shortlist = List.copyOf(shortlist);
    }
}
