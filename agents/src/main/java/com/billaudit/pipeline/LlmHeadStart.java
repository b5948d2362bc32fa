package com.billaudit.pipeline;

/**
 * What the model is asked about the rules' reading while it reads the pages itself, so that
 * LLM mode costs one round trip, not one per step.
 *
 * @param pageImages the model's reading of poorly read scanned pages' images, or null when no page needs it
 */
record LlmHeadStart(TariffMappingAdvice mapping, ExplanationInAdvance explanation, PageImageRows pageImages) {
}
