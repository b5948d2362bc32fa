package com.billaudit.stressset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a phone or flatbed scan does to a printed page: a slight skew, blur, sensor noise,
 * specks, uneven light, grey paper, an occasional page fed sideways or upside down, and
 * lossy JPEG at the end.
 */
record ScanEffects(int dpi, double skewDegrees, int quarterTurns, int blurPasses, double noise, double speckles,
                   boolean unevenLight, boolean gray, Color paper, Color ink, float jpegQuality) {

    static ScanEffects pick(Pick pick, boolean jpeg) {
        int dpi = pick.oneOf(150, 170, 200, 200, 240, 300);
        double skew = pick.uniform(0.5, 3.0) * (pick.chance(0.5) ? 1 : -1);
        if (pick.chance(0.15)) {
            skew = 0;
        }
        int turns = pick.chance(0.12) ? pick.oneOf(1, 2, 3) : 0;
        int paperLevel = pick.between(225, 255);
        Color paper = new Color(paperLevel, paperLevel - pick.between(0, 8), paperLevel - pick.between(0, 20));
        int inkLevel = pick.chance(0.15) ? pick.between(90, 130) : pick.between(10, 70);
        return new ScanEffects(dpi, skew, turns, pick.weighted(3, 4, 2), pick.uniform(2, 18), pick.chance(0.4) ? pick.uniform(0.0002, 0.002) : 0,
                pick.chance(0.4), pick.chance(0.3), paper, new Color(inkLevel, inkLevel, inkLevel + pick.between(0, 30)),
                jpeg ? (float) pick.uniform(0.4, 0.8) : 0f);
    }

    List<String> traits() {
        List<String> out = new ArrayList<>();
        out.add("dpi:" + dpi);
        out.add(String.format(Locale.ROOT, "skew:%.1f", skewDegrees));
        if (quarterTurns != 0) {
            out.add("turned:" + quarterTurns * 90);
        }
        out.add("blur:" + blurPasses);
        out.add(String.format(Locale.ROOT, "noise:%.0f", noise));
        if (speckles > 0) {
            out.add("speckles");
        }
        if (unevenLight) {
            out.add("uneven-light");
        }
        if (ink.getRed() > 80) {
            out.add("faded-ink");
        }
        if (jpegQuality > 0) {
            out.add(String.format(Locale.ROOT, "jpeg-q:%.2f", jpegQuality));
        }
        return out;
    }

    BufferedImage apply(BufferedImage page, Pick pick) {
        BufferedImage img = skew(page);
        for (int i = 0; i < blurPasses; i++) {
            img = blur(img);
        }
        grain(img, pick);
        img = turn(img);
        return gray ? toGray(img) : img;
    }

    private BufferedImage skew(BufferedImage src) {
        if (skewDegrees == 0) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(paper.darker());
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(skewDegrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage blur(BufferedImage src) {
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(src, null);
    }

    /** Sensor noise, dark specks and a light falloff across the page, in place. */
    private void grain(BufferedImage img, Pick pick) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        int h = img.getHeight();
        java.util.Random random = new java.util.Random(pick.between(0, Integer.MAX_VALUE - 1));
        double lightX = random.nextDouble() * w;
        double lightY = random.nextDouble() * h;
        double diagonal = Math.hypot(w, h);
        for (int i = 0; i < px.length; i++) {
            double shade = unevenLight ? 1 - 0.22 * Math.hypot(i % w - lightX, i / w - lightY) / diagonal : 1;
            double n = random.nextGaussian() * noise;
            int rgb = px[i];
            int r = clamp(((rgb >> 16) & 255) * shade + n);
            int g = clamp(((rgb >> 8) & 255) * shade + n);
            int b = clamp((rgb & 255) * shade + n);
            if (speckles > 0 && random.nextDouble() < speckles) {
                r = g = b = random.nextInt(90);
            }
            px[i] = (r << 16) | (g << 8) | b;
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private BufferedImage turn(BufferedImage src) {
        if (quarterTurns == 0) {
            return src;
        }
        boolean swap = quarterTurns % 2 == 1;
        int w = swap ? src.getHeight() : src.getWidth();
        int h = swap ? src.getWidth() : src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.quadrantRotate(quarterTurns);
            t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage toGray(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
