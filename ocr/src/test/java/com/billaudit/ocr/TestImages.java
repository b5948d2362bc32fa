package com.billaudit.ocr;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/** Draws bill tables with Java2D, as a scanner would deliver them at about 200 dpi. */
final class TestImages {

    static final int WIDTH = 1400;
    static final int HEIGHT = 900;

    /** Rows of a small bill: description, quantity, rate, amount. */
    static final String[][] ROWS = {
            {"Consultation Specialist", "1", "510.00", "510.00"},
            {"Complete Blood Count", "1", "142.00", "142.00"},
            {"Ultrasound Whole Abdomen", "2", "1,170.00", "2,340.00"},
            {"Ceftriaxone Injection", "6", "60.00", "360.00"},
    };

    private TestImages() {
    }

    /** A bill table; with {@code ruled} every cell is boxed by ruling lines. */
    static BufferedImage bill(boolean ruled) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("CITY GENERAL HOSPITAL", 300, 110);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
            int[] columns = {80, 720, 880, 1110};
            int top = 200;
            int rowHeight = 80;
            String[] header = {"Particulars", "Qty", "Rate", "Amount"};
            for (int c = 0; c < header.length; c++) {
                g.drawString(header[c], columns[c] + 10, top + 52);
            }
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) {
                    g.drawString(ROWS[r][c], columns[c] + 10, top + (r + 1) * rowHeight + 52);
                }
            }
            g.drawString("Net Payable 3,352.00", 860, top + (ROWS.length + 1) * rowHeight + 70);
            if (ruled) {
                g.setStroke(new BasicStroke(4));
                int right = WIDTH - 60;
                int bottom = top + (ROWS.length + 1) * rowHeight;
                for (int r = 0; r <= ROWS.length + 1; r++) {
                    g.drawLine(columns[0] - 10, top + r * rowHeight, right, top + r * rowHeight);
                }
                for (int c = 0; c < columns.length; c++) {
                    g.drawLine(columns[c] - 10 + (c == 0 ? 0 : 0), top, columns[c] - 10, bottom);
                }
                g.drawLine(right, top, right, bottom);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The image turned by an angle in degrees (clockwise on screen), on a white page. */
    static BufferedImage rotated(BufferedImage source, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int w = (int) Math.round(source.getWidth() * cos + source.getHeight() * sin);
        int h = (int) Math.round(source.getWidth() * sin + source.getHeight() * cos);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.translate(w / 2.0, h / 2.0);
            g.rotate(radians);
            g.drawImage(source, -source.getWidth() / 2, -source.getHeight() / 2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Scanner speckle: a share of pixels set to black or white at random. */
    static BufferedImage speckled(BufferedImage source, double share, long seed) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(source, 0, 0, null);
        Random random = new Random(seed);
        int pixels = (int) (share * out.getWidth() * out.getHeight());
        for (int i = 0; i < pixels; i++) {
            int color = random.nextBoolean() ? 0x000000 : 0xFFFFFF;
            out.setRGB(random.nextInt(out.getWidth()), random.nextInt(out.getHeight()), color);
        }
        return out;
    }

    /** Light falling off towards the bottom right, as in a phone photo under a lamp. */
    static BufferedImage shaded(BufferedImage source, double falloff) {
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double light = 1 - falloff * Math.hypot((double) x / w, (double) y / h) / Math.sqrt(2);
                int gray = (int) ((source.getRGB(x, y) & 0xFF) * light);
                out.setRGB(x, y, gray << 16 | gray << 8 | gray);
            }
        }
        return out;
    }

    /**
     * A poor scan: shrunk by {@code shrink} (a lower resolution), blurred, the ink faded to
     * {@code inkLevel} gray on paper of {@code paperLevel} and Gaussian sensor noise of
     * {@code noise} gray levels added.
     */
    static BufferedImage degraded(BufferedImage source, int shrink, int blurPasses, int inkLevel, int paperLevel,
                                  double noise, long seed) {
        int w = source.getWidth() / shrink;
        int h = source.getHeight() / shrink;
        double[] gray = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int dy = 0; dy < shrink; dy++) {
                    for (int dx = 0; dx < shrink; dx++) {
                        sum += source.getRGB(x * shrink + dx, y * shrink + dy) & 0xFF;
                    }
                }
                double level = sum / (shrink * shrink) / 255.0;
                gray[y * w + x] = inkLevel + level * (paperLevel - inkLevel);
            }
        }
        for (int pass = 0; pass < blurPasses; pass++) {
            double[] blurred = gray.clone();
            for (int y = 1; y < h - 1; y++) {
                for (int x = 1; x < w - 1; x++) {
                    double sum = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            sum += gray[(y + dy) * w + x + dx] * (dx == 0 ? 2 : 1) * (dy == 0 ? 2 : 1);
                        }
                    }
                    blurred[y * w + x] = sum / 16;
                }
            }
            gray = blurred;
        }
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < gray.length; i++) {
            int value = (int) Math.round(Math.clamp(gray[i] + random.nextGaussian() * noise, 0, 255));
            out.getRaster().setSample(i % w, i / w, 0, value);
        }
        return out;
    }

    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multi-page TIFF, one page per image. */
    static byte[] tiff(List<BufferedImage> pages) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        // Closing the image stream writes its last bytes.
        return bytes.toByteArray();
    }

    /** Inks a rectangle of {@code page} black: columns {@code left} to {@code right}, rows {@code top} to {@code bottom} (ends excluded). */
    static void paint(GrayImage page, int left, int right, int top, int bottom) {
        for (int y = top; y < bottom; y++) {
            java.util.Arrays.fill(page.pixels(), y * page.width() + left, y * page.width() + right, (byte) 0);
        }
    }
}
