package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds small PDFs in tests: text drawn at given positions with a proportional font. */
final class TestPdfs {

    static final String[][] BILL_ROWS = {
            {"1", "Consultation - Specialist", "1", "510.00", "510.00"},
            {"2", "Complete Blood Count", "1", "142.00", "142.00"},
            {"3", "Ultrasound Whole Abdomen", "1", "1,170.00", "1,170.00"},
            {"4", "Inj Ceftriaxone 1 g", "6", "60.00", "360.00"},
    };

    private TestPdfs() {
    }

    /** A bill table page: S.No, description, quantity, rate and amount in columns, 14 pt apart. */
    static void drawBillTable(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float[] columns = {40, 70, 330, 400, 480};
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            text(content, font, 40, 800, "GENERAL HOSPITAL   Final Bill");
            float y = 760;
            for (String[] row : BILL_ROWS) {
                for (int c = 0; c < row.length; c++) {
                    float x = columns[c];
                    if (c >= 2) {
                        // Numbers are right-aligned as on real bills.
                        x = columns[c] + 60 - font.getStringWidth(row[c]) / 1000 * 10;
                    }
                    text(content, font, x, y, row[c]);
                }
                y -= 14;
            }
        }
    }

    static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static byte[] bytes(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
