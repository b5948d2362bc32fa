package com.billaudit.llm.map;

import com.billaudit.domain.Category;
import com.billaudit.domain.TariffRow;

/**
 * The LLM's validated choice for one line.
 *
 * @param tariffRow the shortlisted row it is, or null when none of them is
 */
public record ItemMapping(TariffRow tariffRow, Category category) {

    public boolean matched() {
        return tariffRow != null;
    }
}
