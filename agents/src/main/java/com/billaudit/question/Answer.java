package com.billaudit.question;

import com.billaudit.domain.AgentRun;

import java.util.List;

/** An answer about one analysis, with what it rests on and who wrote it (the rules or a model). */
public record Answer(String text, List<Citation> citations, AgentRun.Mode mode) {
    public Answer {
        citations = List.copyOf(citations);
    }
}
