package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MediaTypesTest {

    @Test
    void recognisesDocumentTypesByTheirMagicBytes() {
        assertEquals("application/pdf", MediaTypes.sniff("%PDF-1.7\n%....".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("image/png", MediaTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals("image/jpeg", MediaTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals("image/tiff", MediaTypes.sniff(bytes('I', 'I', 42, 0, 8, 0, 0, 0)));
        assertEquals("image/tiff", MediaTypes.sniff(bytes('M', 'M', 0, 42, 0, 0, 0, 8)));
    }

    @Test
    void trustsBytesNotTheTextAroundThem() {
        // A PDF header after a little leading junk still makes a PDF.
        assertEquals("application/pdf", MediaTypes.sniff("\r\n  %PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("text/plain", MediaTypes.sniff("Bill No 12\tRs. 450.00\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", MediaTypes.sniff("Café ₹ 1,200.00".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", MediaTypes.sniff("Caf\u00e9 total".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void rejectsBinaryAndEmptyContent() {
        assertEquals(Reason.UNSUPPORTED_TYPE,
                assertThrows(DocumentRejectedException.class, () -> MediaTypes.sniff(bytes('P', 'K', 3, 4, 0, 0))).reason());
        assertEquals(Reason.UNSUPPORTED_TYPE,
                assertThrows(DocumentRejectedException.class, () -> MediaTypes.sniff(bytes('G', 'I', 'F', '8', '9', 'a', 1, 0))).reason());
        assertEquals(Reason.EMPTY,
                assertThrows(DocumentRejectedException.class, () -> MediaTypes.sniff(new byte[0])).reason());
    }

    @Test
    void decodesUtf8AndFallsBackToLatin1() {
        assertEquals("₹ 10", MediaTypes.decodeText("\uFEFF₹ 10".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Caf\u00e9", MediaTypes.decodeText("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
