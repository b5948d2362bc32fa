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

    /**
     * A PDF of the given objects (1..n, the first the catalog) with a correct cross-reference
     * table; a stream's bytes go in as ISO-8859-1 characters.
     */
    static byte[] raw(java.util.List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> out.append(String.format("%010d 00000 n \n", offset)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** One page whose content is {@code content}, deflated, with Helvetica as /F1. */
    static byte[] onePage(String content) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        deflater.setInput(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return raw(java.util.List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + compressed.size() + " /Filter /FlateDecode >>\nstream\n"
                        + compressed.toString(java.nio.charset.StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    }
}
