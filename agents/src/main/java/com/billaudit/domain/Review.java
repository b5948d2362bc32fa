package com.billaudit.domain;

import java.util.List;

/**
 * Whether a person should look at the reading before it is trusted (contract 1.1 {@code review}).
 *
 * @param reasons why, in plain words; empty when no review is needed
 */
public record Review(List<String> reasons) {
    public static final Review NONE = new Review(List.of());

    public Review {
        reasons = List.copyOf(reasons);
    }

    public boolean needed() {
        return !reasons.isEmpty();
    }

    public Review with(String reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        return new Review(more);
    }

    public Review and(Review other) {
        Review merged = this;
        for (String reason : other.reasons) {
            merged = merged.with(reason);
        }
        return merged;
    }
}
