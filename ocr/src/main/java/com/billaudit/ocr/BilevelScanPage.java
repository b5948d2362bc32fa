package com.billaudit.ocr;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A PDF page that is nothing but one black-and-white scan laid over it, rendered to gray the way
 * PDFBox renders it (bicubic resampling of the bitmap onto the page's pixel grid) without Java2D:
 * a dense 300-ppi page took PDFBox ~0.33 s of CPU, the bitmap's own decoding ~0.04 s of that.
 * The resampling is kept, not replaced by plain pixel copying: the gray it leaves along stroke
 * edges where the scan's grid and the page's drift apart is what the enlargement of small print
 * later interpolates, and real scans read worse without it (measured on ext-022).
 */
final class BilevelScanPage extends PageImagesEngine {

    /** How far, in points, the scan's edges may lie from the page's for the page to count as just the scan. */
    private static final double EDGE_TOLERANCE = 0.5;
    /** Java2D's bicubic kernel (the "a" of Keys' cubic convolution), which PDFBox's rendering uses. */
    private static final double KERNEL_A = -0.5;

    private PDImage image;
    private Matrix placement;
    private int images;
    private boolean paintsMore;

    private BilevelScanPage(PDPage page) {
        super(page);
    }

    /**
     * The page rendered in gray at the given resolution, or null when it is more than one upright
     * 1-bit scan covering it (rotated, annotated, with text, drawings or other images, masked):
     * such pages are left to PDFBox.
     */
    static GrayImage render(PDPage page, float dpi) throws IOException {
        if (page.getRotation() % 360 != 0 || !page.getAnnotations().isEmpty()) {
            return null;
        }
        BilevelScanPage engine = new BilevelScanPage(page);
        engine.processPage(page);
        if (engine.paintsMore || engine.images != 1 || !(engine.image instanceof PDImageXObject scan)
                || scan.getBitsPerComponent() != 1 || scan.isStencil() || scan.getSoftMask() != null
                || scan.getCOSObject().containsKey(COSName.MASK) || scan.getCOSObject().containsKey(COSName.SMASK)) {
            return null;
        }
        PDRectangle crop = page.getCropBox();
        Matrix m = engine.placement;
        if (m.getShearX() != 0 || m.getShearY() != 0 || m.getScaleX() <= 0 || m.getScaleY() <= 0
                || Math.abs(m.getTranslateX() - crop.getLowerLeftX()) > EDGE_TOLERANCE
                || Math.abs(m.getTranslateY() - crop.getLowerLeftY()) > EDGE_TOLERANCE
                || Math.abs(m.getScaleX() - crop.getWidth()) > EDGE_TOLERANCE
                || Math.abs(m.getScaleY() - crop.getHeight()) > EDGE_TOLERANCE) {
            return null;
        }
        BufferedImage bitmap = scan.getImage();
        if (bitmap.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return null;
        }
        GrayImage source = GrayImage.of(bitmap);
        // As PDFRenderer sizes and places it: points times dpi/72, the crop box's top-left at (0, 0).
        float scale = dpi / 72f;
        int width = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
        // In double, as Java2D composes the transforms.
        double left = ((double) m.getTranslateX() - crop.getLowerLeftX()) * scale;
        double top = ((double) crop.getUpperRightY() - m.getTranslateY() - m.getScaleY()) * scale;
        return resample(source, width, height, left, (double) m.getScaleX() * scale / source.width(),
                top, (double) m.getScaleY() * scale / source.height());
    }

    /**
     * Bicubic resampling as Java2D's TransformHelper does it, one direction at a time: output
     * pixel x samples the source at ((x + 0.5 - left) / pixelWidth) stepped in 32.32 fixed point,
     * the 4 by 4 block around it (edges repeated) weighted in 256ths of Keys' cubic. Products of
     * whole numbers, so the two passes give Java2D's sums exactly. Source rows run through a
     * small ring of rows resampled across; runs of one level (paper, solid ink: most of a page)
     * come out as that level without arithmetic. Output pixels whose centre falls off the
     * source stay white, as on a rendered page.
     */
    static GrayImage resample(GrayImage source, int width, int height, double left, double pixelWidth,
                              double top, double pixelHeight) {
        Taps across = Taps.of(width, source.width(), left, pixelWidth);
        Taps down = Taps.of(height, source.height(), top, pixelHeight);
        int sourceWidth = source.width();
        byte[] src = source.pixels();
        int[][] ring = new int[4][width];
        int[] ringRow = {-1, -1, -1, -1};
        boolean[] ringUniform = new boolean[4];
        GrayImage out = GrayImage.blank(width, height);
        byte[] dst = out.pixels();
        java.util.Arrays.fill(dst, (byte) 255);
        int[] slots = new int[4];
        for (int y = down.first; y < down.end; y++) {
            boolean uniform = true;
            for (int k = 0; k < 4; k++) {
                int row = down.index[y * 4 + k];
                int slot = row & 3;
                if (ringRow[slot] != row) {
                    ringUniform[slot] = resampleRow(src, row * sourceWidth, across, ring[slot]);
                    ringRow[slot] = row;
                }
                slots[k] = slot;
                uniform &= ringUniform[slot] && ring[slot][across.first] == ring[slots[0]][across.first];
            }
            int base = y * width;
            int[] r0 = ring[slots[0]];
            if (uniform) {
                java.util.Arrays.fill(dst, base + across.first, base + across.end, (byte) level(r0[across.first] << 8));
                continue;
            }
            int w0 = down.weight[y * 4];
            int w1 = down.weight[y * 4 + 1];
            int w2 = down.weight[y * 4 + 2];
            int w3 = down.weight[y * 4 + 3];
            int[] r1 = ring[slots[1]];
            int[] r2 = ring[slots[2]];
            int[] r3 = ring[slots[3]];
            for (int x = across.first; x < across.end; x++) {
                int a = r0[x];
                dst[base + x] = (byte) (a == r1[x] && a == r2[x] && a == r3[x] ? level(a << 8)
                        : level(a * w0 + r1[x] * w1 + r2[x] * w2 + r3[x] * w3));
            }
        }
        return out;
    }

    /** One source row resampled across into {@code out}, in 256ths of a level; true when the whole row is one level. */
    private static boolean resampleRow(byte[] src, int start, Taps across, int[] out) {
        int first = (src[start + across.index[across.first * 4]] & 0xFF) << 8;
        boolean uniform = true;
        for (int x = across.first; x < across.end; x++) {
            int t = x * 4;
            int a = src[start + across.index[t]] & 0xFF;
            int b = src[start + across.index[t + 1]] & 0xFF;
            int c = src[start + across.index[t + 2]] & 0xFF;
            int d = src[start + across.index[t + 3]] & 0xFF;
            int value = a == b && a == c && a == d ? a << 8
                    : a * across.weight[t] + b * across.weight[t + 1] + c * across.weight[t + 2] + d * across.weight[t + 3];
            out[x] = value;
            uniform &= value == first;
        }
        return uniform;
    }

    /** A sum in 65536ths of a level, rounded half up and held to 0..255. */
    private static int level(int sum) {
        return Math.clamp((sum + (1 << 15)) >> 16, 0, 255);
    }

    /**
     * For each output pixel along one direction: the four source pixels it samples and their
     * weights in 256ths; outputs first..end-1 have their centre on the source.
     */
    private record Taps(int[] index, int[] weight, int first, int end) {

        private static final long ONE = 1L << 32;
        private static final long HALF = 1L << 31;
        /** Keys' cubic at distances i/256, 0 <= i <= 512, truncated to 256ths, each four taps summing to 256. */
        private static final int[] CUBIC = cubicTable();

        static Taps of(int outputs, int sources, double offset, double pixelSize) {
            int[] index = new int[outputs * 4];
            int[] weight = new int[outputs * 4];
            long start = (long) (((0.5 - offset) / pixelSize) * ONE);
            long step = (long) ((1 / pixelSize) * ONE);
            int first = outputs;
            int end = 0;
            for (int o = 0; o < outputs; o++) {
                long at = start + o * step;
                if (at < 0 || (at >> 32) >= sources) {
                    continue;
                }
                first = Math.min(first, o);
                end = o + 1;
                long sample = at - HALF;
                int whole = (int) (sample >> 32);
                int fraction = (int) ((sample >>> 24) & 0xFF);
                int[] distances = {fraction + 256, fraction, 256 - fraction, 512 - fraction};
                for (int k = 0; k < 4; k++) {
                    index[o * 4 + k] = Math.clamp(whole - 1 + k, 0, sources - 1);
                    weight[o * 4 + k] = CUBIC[distances[k]];
                }
            }
            return new Taps(index, weight, Math.min(first, end), end);
        }

        private static int[] cubicTable() {
            int[] table = new int[513];
            for (int i = 0; i < 384; i++) {
                double t = i / 256.0;
                double value = t < 1 ? ((KERNEL_A + 2) * t - (KERNEL_A + 3)) * t * t + 1
                        : ((KERNEL_A * t - 5 * KERNEL_A) * t + 8 * KERNEL_A) * t - 4 * KERNEL_A;
                table[i] = (int) (value * 256);
            }
            table[384] = (256 - table[128] * 2) / 2;
            for (int i = 385; i <= 512; i++) {
                table[i] = 256 - (table[512 - i] + table[i - 256] + table[768 - i]);
            }
            return table;
        }
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
        image = pdImage;
        placement = getGraphicsState().getCurrentTransformationMatrix().clone();
    }

    @Override
    protected void showText(byte[] string) {
        paintsMore = true;
    }

    @Override
    void paintsOther() {
        paintsMore = true;
    }
}
