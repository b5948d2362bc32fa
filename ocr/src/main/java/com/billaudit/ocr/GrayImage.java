package com.billaudit.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grayscale page image, row by row (0 black, 255 white). Preprocessing works on this
 * plain array; Tesseract reads it without conversion.
 */
record GrayImage(int width, int height, byte[] pixels) {

    GrayImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
    }

    static GrayImage blank(int width, int height) {
        return new GrayImage(width, height, new byte[width * height]);
    }

    /** A white page: paper with nothing printed on it. */
    static GrayImage white(int width, int height) {
        GrayImage page = blank(width, height);
        java.util.Arrays.fill(page.pixels(), (byte) 255);
        return page;
    }

    /** Converts any image to gray, flattening transparency onto white; the image is left as it was. */
    static GrayImage of(BufferedImage image) {
        return of(image, true);
    }

    /**
     * Converts an image no one reads or draws on afterwards (a page just rendered or decoded for
     * OCR): a gray image's bytes become the page's without a copy, so a page in flight is held
     * once, not twice (9 MB per A4 page at 300 dpi).
     */
    static GrayImage taking(BufferedImage image) {
        return of(image, false);
    }

    private static GrayImage of(BufferedImage image, boolean copy) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int width = gray.getWidth();
        int height = gray.getHeight();
        if (data.length == width * height) {
            return new GrayImage(width, height, gray == image && copy ? data.clone() : data);
        }
        // A sub-image or padded raster: copy row by row.
        byte[] pixels = new byte[width * height];
        gray.getRaster().getDataElements(0, 0, width, height, pixels);
        return new GrayImage(width, height, pixels);
    }

    int get(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    void set(int x, int y, int value) {
        pixels[y * width + x] = (byte) value;
    }

    BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }
}
