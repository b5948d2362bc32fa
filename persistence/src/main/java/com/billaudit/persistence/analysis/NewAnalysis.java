package com.billaudit.persistence.analysis;

import com.billaudit.domain.DocumentInfo;

/**
 * An accepted upload, stored with its document in one transaction.
 *
 * @param ownerKeyId     id of the API key that uploaded it (null when the server runs open)
 * @param idempotencyKey the client's Idempotency-Key header, or null
 * @param currency       the scheme's currency at upload time
 */
public record NewAnalysis(String ownerKeyId, String reference, String scheme, String region, String currency,
                          String idempotencyKey, DocumentInfo document, byte[] content) {
}
