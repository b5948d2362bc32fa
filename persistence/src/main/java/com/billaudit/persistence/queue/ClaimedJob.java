package com.billaudit.persistence.queue;

import com.billaudit.domain.DocumentInfo;

import java.time.Instant;
import java.util.UUID;

/** A queued analysis a worker has claimed, with everything needed to run it. */
public record ClaimedJob(UUID analysisId, int attempt, String scheme, String region, Instant createdAt,
                         DocumentInfo document, byte[] content) {
}
