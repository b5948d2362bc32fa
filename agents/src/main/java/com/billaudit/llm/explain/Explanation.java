package com.billaudit.llm.explain;

import java.util.List;

/** A validated explanation: every figure in it comes from the audit. */
public record Explanation(String markdown, List<String> recommendations, String disputeLetter) {
    public Explanation {
        recommendations = List.copyOf(recommendations);
    }
}
