package com.billaudit.persistence.scheme;

import com.billaudit.domain.Scheme;

import java.time.Instant;

/** A scheme with the versions of its reference lists that are in force. 0 = none imported. */
public record SchemeSummary(Scheme scheme, int tariffVersion, int tariffRows, int nonPayableVersion,
                            int nonPayableRows, Instant updatedAt) {
}
