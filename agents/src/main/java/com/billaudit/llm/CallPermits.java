package com.billaudit.llm;

/** Port: the rate limit on LLM calls, shared by every replica of the service. */
public interface CallPermits {

    /** Takes one permit if the budget allows, without waiting. */
    boolean tryAcquire();
}
