package com.billaudit.server.analysis;

import com.billaudit.domain.Review;

import java.util.List;

/** Contract 1.1 {@code review}: whether a person should check the reading, and why. */
public record ReviewJson(boolean needed, List<String> reasons) {
    static final ReviewJson NONE = of(Review.NONE);

    static ReviewJson of(Review review) {
        return new ReviewJson(review.needed(), review.reasons());
    }
}
