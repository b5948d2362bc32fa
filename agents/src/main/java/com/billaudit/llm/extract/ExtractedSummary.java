package com.billaudit.llm.extract;

import dev.langchain4j.model.output.structured.Description;

/** The summary rows printed on a page, as text; empty when the page prints none. */
public record ExtractedSummary(
        @Description("sub total / gross total as printed, or empty") String subtotal,
        @Description("total discount as printed, or empty") String discount,
        @Description("total tax (all GST/VAT rows together) as printed, or empty") String tax,
        @Description("the final amount payable as printed, or empty") String total) {
}
