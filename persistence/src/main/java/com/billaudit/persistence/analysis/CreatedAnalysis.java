package com.billaudit.persistence.analysis;

import java.util.UUID;

/**
 * @param replayed true when the Idempotency-Key matched an earlier upload of the same owner and
 *                 {@code id} is that earlier analysis
 */
public record CreatedAnalysis(UUID id, boolean replayed) {
}
