package com.billaudit.stressset;

import com.billaudit.stressset.Page.Rule;
import com.billaudit.stressset.Page.Text;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Writes composed pages as a PDF with a text layer, or scanned page images as an image-only PDF. */
final class PdfRaster {
    /** Where the baseline sits below the top of a line box, in font sizes (DejaVu ascent, centred in 1.45 em). */
    static final double BASELINE = 1.07;

    private PdfRaster() {
    }

    static byte[] textPdf(List<Page> pages, FontFace face) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PDType0Font.load(doc, face.file(false).toFile());
            PDFont bold = PDType0Font.load(doc, face.file(true).toFile());
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    cs.setLineWidth(0.6f);
                    for (Page.Mark mark : page.marks()) {
                        switch (mark) {
                            case Text t -> {
                                cs.beginText();
                                cs.setFont(t.bold() ? bold : regular, (float) t.size());
                                cs.newLineAtOffset((float) t.x(), (float) (page.height() - t.top() - BASELINE * t.size()));
                                cs.showText(t.text());
                                cs.endText();
                            }
                            case Rule r -> {
                                cs.moveTo((float) r.x1(), (float) (page.height() - r.y1()));
                                cs.lineTo((float) r.x2(), (float) (page.height() - r.y2()));
                                cs.stroke();
                            }
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One image per page, stretched over a page of {@code pointsWide} x {@code pointsHigh} (swapped for landscape scans). */
    static byte[] scannedPdf(List<BufferedImage> images, double pointsWide, double pointsHigh, float jpegQuality) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : images) {
                boolean landscape = image.getWidth() > image.getHeight();
                float w = (float) (landscape ? pointsHigh : pointsWide);
                float h = (float) (landscape ? pointsWide : pointsHigh);
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject xobject = jpegQuality > 0 ? JPEGFactory.createFromImage(doc, image, jpegQuality)
                        : LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, w, h);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
