package com.billaudit.llm.vision;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargesCropTest {

    private static PageText page(String... lines) {
        return new PageText(1, List.of(lines).stream().map(TextLine::exact).toList(), TextSource.OCR, 0.5);
    }

    @Test
    void theHeaderBandAboveTheFirstPricedLineIsCutAndThePageDownscaled() {
        PageText ocr = page("CITY HOSPITAL", "Patient Name: A B", "UHID 1234", "Address: 1 Road",
                "X-ray chest   1   400.00   400.00", "CBC   1   150.00   150.00", "", "", "", "Total 550.00");
        BufferedImage crop = ChargesCrop.of(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), ocr);

        assertEquals(ChargesCrop.MAX_WIDTH, crop.getWidth());
        double keptShare = crop.getHeight() / (3508.0 * ChargesCrop.MAX_WIDTH / 2480);
        assertTrue(keptShare < 0.65 && keptShare > 0.55, "about the lower 62 % is kept: " + keptShare);
    }

    @Test
    void withoutAPricedLineAFixedTopBandIsCut() {
        assertEquals(0.15, ChargesCrop.headerShare(page("illegible", "scrawl").lines()));
    }
}
