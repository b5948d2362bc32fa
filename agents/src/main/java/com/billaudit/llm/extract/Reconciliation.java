package com.billaudit.llm.extract;

import com.billaudit.domain.Bill;

/**
 * The bill to audit after rules and LLM extraction were compared.
 *
 * @param agreed    rows both found (audited with the rules' numbers)
 * @param llmOnly   grounded rows only the LLM found that made it into the bill
 * @param rulesOnly rows only the rules found that made it into the bill
 * @param dropped   LLM rows the document does not support (hallucinations)
 * @param basis     which rows the bill was built from
 */
public record Reconciliation(Bill bill, int agreed, int llmOnly, int rulesOnly, int dropped, Basis basis) {

    public enum Basis {
        /** Rows of both: the default, and the choice when the union adds up to the stated total. */
        UNION,
        /** Only the rules' rows add up to the stated total. */
        RULES,
        /** Only the LLM's rows add up to the stated total. */
        LLM
    }
}
