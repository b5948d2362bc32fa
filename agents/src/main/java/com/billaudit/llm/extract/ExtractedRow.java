package com.billaudit.llm.extract;

import dev.langchain4j.model.output.structured.Description;

/** One chargeable row as the LLM read it; figures stay text until our code has checked them. */
public record ExtractedRow(
        @Description("the service or item exactly as printed") String description,
        @Description("service date as printed on the row, or empty") String date,
        @Description("quantity as printed, or empty when none is printed") String quantity,
        @Description("unit price as printed, or empty when none is printed") String unitPrice,
        @Description("row amount as printed") String amount,
        @Description("one of: consultation, investigation, imaging, procedure, room, nursing, medicine, consumable, other")
        String category,
        @Description("the page number given in the request") int page) {
}
