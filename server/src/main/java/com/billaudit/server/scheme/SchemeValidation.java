package com.billaudit.server.scheme;

import com.billaudit.domain.Scheme;
import com.billaudit.server.config.SchemeCodes;
import com.billaudit.server.http.ApiException;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a PUT body into a {@link Scheme}, or says what is wrong with it (400). */
final class SchemeValidation {
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final BigDecimal MAX_TOLERANCE = BigDecimal.TEN;

    private SchemeValidation() {
    }

    static String code(String code) {
        if (!SchemeCodes.valid(code)) {
            throw new ApiException.NotFound("No scheme '" + code + "'");
        }
        return code;
    }

    static Scheme scheme(String code, SchemeBody body, BigDecimal defaultTolerance) {
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw new ApiException.BadRequest("'name' is required");
        }
        if (body.currency() == null || !CURRENCY.matcher(body.currency()).matches()) {
            throw new ApiException.BadRequest("'currency' must be a three-letter ISO 4217 code");
        }
        BigDecimal tolerance = body.overchargeTolerance() == null ? defaultTolerance : body.overchargeTolerance();
        if (tolerance.signum() < 0 || tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw new ApiException.BadRequest("'overchargeTolerance' must be a fraction from 0 to 10, e.g. 0.10");
        }
        return new Scheme(code, body.name().trim(), body.currency().toUpperCase(Locale.ROOT), tolerance);
    }
}
