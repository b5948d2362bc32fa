package com.billaudit.llm.extract;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.StatedTotals;

import java.util.List;

/** One page's LLM answer after grounding: kept rows, how many were dropped, and its summary figures. */
record PageRows(List<LineItem> kept, int dropped, StatedTotals summary) {
}
