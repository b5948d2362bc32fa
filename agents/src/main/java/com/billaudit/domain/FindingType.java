package com.billaudit.domain;

/** What an audit rule found wrong with one or more charges. */
public enum FindingType {
    OVERCHARGE, DUPLICATE, NON_PAYABLE, ARITHMETIC, TOTAL_MISMATCH, UNMATCHED
}
