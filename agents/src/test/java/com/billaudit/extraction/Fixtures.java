package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test documents: text fixtures under {@code /extraction/}, pages separated by form feeds. */
final class Fixtures {

    private Fixtures() {
    }

    static DocumentText document(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return text(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentText text(String raw) {
        return pages(raw, TextSource.TEXT, 1.0);
    }

    /** A fixture as OCR would hand it over: every line read with confidence 0.9. */
    static DocumentText scanned(String name) {
        return pages(document(name).text(), TextSource.OCR, 0.9);
    }

    private static DocumentText pages(String raw, TextSource source, double confidence) {
        List<PageText> pages = new ArrayList<>();
        String[] parts = raw.split("\f");
        for (int i = 0; i < parts.length; i++) {
            List<TextLine> lines = parts[i].lines().map(l -> new TextLine(l, confidence)).toList();
            pages.add(new PageText(i + 1, lines, source, source == TextSource.OCR ? confidence : null));
        }
        return new DocumentText(pages);
    }

    static void assertItem(LineItem item, String description, String quantity, String unitPrice, String amount) {
        assertAll(item.description(),
                () -> assertEquals(description, item.description()),
                () -> assertEquals(0, new BigDecimal(quantity).compareTo(item.quantity()), "quantity " + item.quantity()),
                () -> assertEquals(new BigDecimal(unitPrice).setScale(2), item.unitPrice()),
                () -> assertEquals(new BigDecimal(amount).setScale(2), item.amount()));
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
