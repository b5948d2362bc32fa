package com.billaudit.llm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {
    private final Redactor redactor = Redactor.fromLexicon();

    @Test
    void aBillHeadersPersonalDetailsAreMaskedAndItsChargesKept() {
        String header = """
                SUNRISE MULTISPECIALITY HOSPITAL, 12 MG Road, Pune   Ph: 020-2567 8899
                Patient Name : Ramesh Kumar Verma      Age/Sex: 45/M
                UHID: SMH20231145   IPD No. IP-5521   Mobile: +91 98765 43210
                Address: Flat 4, Lotus Residency, Baner, Pune 411045
                Consultant: Dr. Anil Mehta
                Consultation - Dr. Anil Mehta        2    800.00    1,600.00
                Complete blood count                 1    350.00      350.00
                """;
        String sent = redactor.redact(header);
        for (String secret : new String[]{"Ramesh", "Verma", "SMH20231145", "5521", "98765", "43210", "Lotus",
                "411045", "2567"}) {
            assertFalse(sent.contains(secret), secret + " leaked: " + sent);
        }
        assertTrue(sent.contains("Patient Name : [NAME]"), sent);
        assertTrue(sent.contains("Age/Sex: 45/M"), sent);
        assertTrue(sent.contains("Consultation - Dr. Anil Mehta        2    800.00    1,600.00"), sent);
        assertTrue(sent.contains("Complete blood count                 1    350.00      350.00"), sent);
    }

    @Test
    void titlesMaskTheNameAfterThemAndAColumnTitleIsNotAName() {
        assertEquals("Received from Mrs. [NAME] the sum of 500.00",
                redactor.redact("Received from Mrs. Sunita Rao the sum of 500.00"));
        assertEquals("Test Name       Qty   Rate   Amount", redactor.redact("Test Name       Qty   Rate   Amount"));
        assertEquals("Bed no 12    1    1,500.00", redactor.redact("Bed no 12    1    1,500.00"));
    }

    @Test
    void offLeavesTextAsItIs() {
        assertEquals("Patient Name: Ramesh", Redactor.OFF.redact("Patient Name: Ramesh"));
    }
}
