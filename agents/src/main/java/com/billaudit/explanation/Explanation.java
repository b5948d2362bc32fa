package com.billaudit.explanation;

import java.util.List;

/** The plain-language part of an analysis. */
public record Explanation(String markdown, List<String> recommendations) {
    public static final Explanation NONE = new Explanation("", List.of());

    public Explanation {
        recommendations = List.copyOf(recommendations);
    }
}
