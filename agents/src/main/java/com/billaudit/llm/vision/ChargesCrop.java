package com.billaudit.llm.vision;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a page image that holds the charges, downscaled to what a model needs. The header
 * band above the first line OCR read a priced figure on (the patient's name, ids and address
 * print there) is cut away; when OCR found no such line a fixed top band is cut instead.
 */
final class ChargesCrop {
    /** Wide enough for a model to read print and handwriting of a page's width. */
    static final int MAX_WIDTH = 1280;
    private static final double DEFAULT_HEADER = 0.15;
    private static final double MARGIN = 0.02;
    private static final Pattern PRICED = Pattern.compile("\\d[\\d,]*[.,]\\d{2}(?!\\d)");

    private ChargesCrop() {
    }

    static BufferedImage of(BufferedImage page, PageText ocr) {
        int top = (int) Math.round(headerShare(ocr.lines()) * page.getHeight());
        BufferedImage charges = page.getSubimage(0, top, page.getWidth(), page.getHeight() - top);
        return downscaled(charges);
    }

    /** Share of the page above the first priced line, less a margin (lines are spread over the page's height). */
    static double headerShare(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PRICED.matcher(lines.get(i).text()).find()) {
                return Math.max(0, (double) i / lines.size() - MARGIN);
            }
        }
        return DEFAULT_HEADER;
    }

    private static BufferedImage downscaled(BufferedImage image) {
        double scale = Math.min(1.0, (double) MAX_WIDTH / image.getWidth());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
