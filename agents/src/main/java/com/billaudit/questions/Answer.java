package com.billaudit.questions;

import java.util.List;

/** An answer drawn only from the analysis, with what it cites. */
public record Answer(String text, List<Citation> citations) {
    public Answer {
        citations = List.copyOf(citations);
    }
}
