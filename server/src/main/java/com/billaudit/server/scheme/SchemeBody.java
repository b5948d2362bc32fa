package com.billaudit.server.scheme;

import java.math.BigDecimal;

/** The body of {@code PUT /v1/schemes/{code}}; overchargeTolerance may be left out. */
public record SchemeBody(String name, String currency, BigDecimal overchargeTolerance) {
}
