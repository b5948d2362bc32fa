package com.billaudit.pipeline;

/**
 * What the model is asked about the rules' reading while it reads the pages itself, so that
 * LLM mode costs one round trip, not one per step.
 */
record LlmHeadStart(TariffMappingAdvice mapping, ExplanationInAdvance explanation) {
}
