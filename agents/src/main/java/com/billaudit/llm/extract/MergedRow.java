package com.billaudit.llm.extract;

import com.billaudit.domain.LineItem;
import com.billaudit.llm.extract.Reconciliation.Basis;

import java.util.ArrayList;
import java.util.List;

/** A row of the union of both extractions, remembering who found it. */
record MergedRow(LineItem item, Origin origin, int rulesIndex) {

    enum Origin { BOTH, RULES, LLM }

    boolean belongsTo(Basis basis) {
        return switch (basis) {
            case UNION -> true;
            case RULES -> origin != Origin.LLM;
            case LLM -> origin != Origin.RULES;
        };
    }

    /**
     * The rules' rows in their order, each LLM-only row inserted after the row the LLM listed
     * before it (and never before a row of an earlier page).
     */
    static List<MergedRow> merge(List<LineItem> rules, List<LineItem> llm, RowPairing pairing) {
        List<MergedRow> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            out.add(new MergedRow(rules.get(r), pairing.rulesPaired()[r] ? Origin.BOTH : Origin.RULES, r));
        }
        int cursor = -1;
        for (int i = 0; i < llm.size(); i++) {
            int partner = pairing.partnerOf()[i];
            cursor = partner >= 0 ? positionOf(out, partner) : insert(out, cursor, llm.get(i));
        }
        return out;
    }

    private static int insert(List<MergedRow> out, int cursor, LineItem row) {
        int at = cursor + 1;
        while (at < out.size() && out.get(at).item().page() < row.page()) {
            at++;
        }
        out.add(at, new MergedRow(row, Origin.LLM, -1));
        return at;
    }

    private static int positionOf(List<MergedRow> out, int rulesIndex) {
        for (int p = 0; p < out.size(); p++) {
            if (out.get(p).rulesIndex() == rulesIndex) {
                return p;
            }
        }
        throw new IllegalStateException("paired rules row " + rulesIndex + " is missing");
    }
}
