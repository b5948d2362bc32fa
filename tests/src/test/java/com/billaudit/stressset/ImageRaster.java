package com.billaudit.stressset;

import com.billaudit.stressset.Page.Rule;
import com.billaudit.stressset.Page.Text;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/** Prints a composed page onto paper at a given resolution, as a printer would before the scanner sees it. */
final class ImageRaster {
    private ImageRaster() {
    }

    static BufferedImage render(Page page, FontFace face, int dpi, Color paper, Color ink) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(page.width() * scale), (int) Math.round(page.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(paper);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(ink);
            g.setStroke(new BasicStroke((float) Math.max(1, 0.7 * scale)));
            for (Page.Mark mark : page.marks()) {
                switch (mark) {
                    case Text t -> {
                        g.setFont(face.awt(t.bold()).deriveFont((float) (t.size() * scale)));
                        g.drawString(t.text(), (float) (t.x() * scale), (float) ((t.top() + PdfRaster.BASELINE * t.size()) * scale));
                    }
                    case Rule r -> g.draw(new Line2D.Double(r.x1() * scale, r.y1() * scale, r.x2() * scale, r.y2() * scale));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
