package com.billaudit.server.scheme;

import com.billaudit.domain.Scheme;
import com.billaudit.server.http.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchemeValidationTest {
    private static final BigDecimal DEFAULT = new BigDecimal("0.10");

    @Test
    void missingToleranceTakesTheConfiguredDefaultAndCurrencyIsUppercased() {
        Scheme scheme = SchemeValidation.scheme("ECHS", new SchemeBody(" Ex-servicemen ", "inr", null), DEFAULT);

        assertEquals(new Scheme("ECHS", "Ex-servicemen", "INR", DEFAULT), scheme);
    }

    @Test
    void badBodiesAreRejected() {
        assertThrows(ApiException.BadRequest.class, () -> SchemeValidation.scheme("X", new SchemeBody("", "INR", null), DEFAULT));
        assertThrows(ApiException.BadRequest.class, () -> SchemeValidation.scheme("X", new SchemeBody("n", "RUPEE", null), DEFAULT));
        assertThrows(ApiException.BadRequest.class,
                () -> SchemeValidation.scheme("X", new SchemeBody("n", "INR", new BigDecimal("-0.1")), DEFAULT));
    }

    @Test
    void codesThatCannotExistAreNotFound() {
        assertThrows(ApiException.NotFound.class, () -> SchemeValidation.code("has space"));
    }
}
