package com.billaudit.explanation;

import com.billaudit.domain.Review;

import java.util.ArrayList;
import java.util.List;

/** The plain-language part of an analysis. */
public record Explanation(String markdown, List<String> recommendations) {
    public static final Explanation NONE = new Explanation("", List.of());

    static final String CHECK_THE_READING =
            "Have a person compare the document with the lines read here before relying on the amounts.";

    public Explanation {
        recommendations = List.copyOf(recommendations);
    }

    /**
     * The explanation followed by why a person should check the reading, when one should; checking
     * it comes before every other recommendation.
     */
    public Explanation withReview(Review review) {
        if (!review.needed()) {
            return this;
        }
        StringBuilder md = new StringBuilder("### Check the reading\n");
        review.reasons().forEach(reason -> md.append("- ").append(reason).append("\n"));
        List<String> more = new ArrayList<>(List.of(CHECK_THE_READING));
        more.addAll(recommendations);
        return new Explanation(markdown.isBlank() ? md.toString().trim() : markdown + "\n\n" + md.toString().trim(), more);
    }
}
