package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTextLayerTest {

    private final List<String> reported = new ArrayList<>();
    private final DocumentIntake intake = new DocumentIntake(OcrSettings.defaults(),
            new IntakeListener() {
                @Override
                public void pageRead(String textSource, double seconds, Double confidence) {
                    reported.add(textSource);
                }
            });

    @AfterEach
    void close() {
        intake.close();
    }

    @Test
    void rebuildsTableRowsWithColumnsKeptApart() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        byte[] pdf = TestPdfs.bytes(document);

        DocumentText text = read(pdf);

        assertEquals(TextSource.PDF_TEXT, text.source());
        assertNull(text.ocrConfidence());
        List<TextLine> lines = text.pages().getFirst().lines();
        assertEquals(1 + TestPdfs.BILL_ROWS.length, lines.size(), text.text());
        for (int i = 0; i < TestPdfs.BILL_ROWS.length; i++) {
            String[] cells = TestPdfs.BILL_ROWS[i];
            String line = lines.get(i + 1).text();
            // Columns are separated by runs of two or more spaces, words inside a cell by one.
            assertEquals(List.of(cells), List.of(line.strip().split(" {2,}")), line);
            assertEquals(1.0, lines.get(i + 1).confidence());
            for (PlacedWord word : lines.get(i + 1).words()) {
                assertEquals(word.text(), line.substring(word.offset(), word.end()));
            }
            // The amounts are drawn right-aligned at x = 540: the words keep where they end.
            assertEquals(540, lines.get(i + 1).words().getLast().right(), 0.5, line);
        }
        assertEquals(List.of("pdf-text"), reported);
    }

    @Test
    void keepsACellDrawnOverTheTailOfTheOneBeforeItApartAndRaisedDigitsAsPrinted() throws IOException {
        PDDocument document = new PDDocument();
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
        document.addPage(page);
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
            // the description runs past the code column's edge; the code is drawn there anyway, over it
            TestPdfs.text(content, font, 40, 700, "Room Charges (7 nights)");
            TestPdfs.text(content, font, 130, 700, "99213");
            // a font without the rupee sign: the generator's fallback prints a raised one before the amount
            TestPdfs.text(content, font, 300, 700, "\u00b917,500");
        }

        List<TextLine> lines = read(TestPdfs.bytes(document)).pages().getFirst().lines();

        List<String> words = List.of(lines.getFirst().text().strip().split("\\s+"));
        assertEquals(List.of("Room", "Charges", "(7", "nights)", "99213", "\u00b917,500"), words, lines.getFirst().text());
    }

    @Test
    void rejectsPasswordProtectedPdf() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        document.protect(policy);
        byte[] pdf = TestPdfs.bytes(document);

        assertEquals(Reason.ENCRYPTED, rejection(pdf));
    }

    @Test
    void rejectsBytesThatOnlyClaimToBeAPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Reason.CORRUPT, rejection(pdf));
    }

    @Test
    void rejectsMorePagesThanTheLimit() throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i < 3; i++) {
            TestPdfs.drawBillTable(document);
        }
        byte[] pdf = TestPdfs.bytes(document);
        OcrSettings twoPages = new OcrSettings("/nowhere", "eng", 1, 300, 2, 80_000_000L, Duration.ofSeconds(10));

        try (DocumentIntake strict = new DocumentIntake(twoPages, IntakeListener.NONE)) {
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> strict.read(pdf, "application/pdf", Duration.ofSeconds(30)));
            assertEquals(Reason.TOO_LARGE, e.reason());
        }
    }

    @Test
    void readsEveryPageInOrder() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        TestPdfs.drawBillTable(document);
        byte[] pdf = TestPdfs.bytes(document);

        DocumentText text = read(pdf);

        assertEquals(2, text.pages().size());
        assertEquals(2, text.pages().get(1).number());
        assertTrue(text.pages().get(1).text().contains("Ultrasound Whole Abdomen"));
    }

    @Test
    void aContentStreamThatInflatesToMillionsOfGlyphsIsRefusedOnceOverTheCap() {
        byte[] bomb = TestPdfs.onePage("BT /F1 1 Tf 10 10 Td\n"
                + "(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n".repeat(PdfReader.MAX_GLYPHS_PER_PAGE / 32 + 100) + "ET");

        assertEquals(Reason.TOO_LARGE, assertThrows(DocumentRejectedException.class,
                () -> intake.read(bomb, "application/pdf", Duration.ofSeconds(30))).reason());
    }

    @Test
    void aContentStreamOfEndlessOperationsIsRefusedOnceOverTheCap() {
        byte[] bomb = TestPdfs.onePage("0 0 m\n".repeat(PdfTextLayer.MAX_OPERATORS_PER_PAGE + 1));

        assertEquals(Reason.TOO_LARGE, assertThrows(DocumentRejectedException.class,
                () -> intake.read(bomb, "application/pdf", Duration.ofSeconds(60))).reason());
    }

    @Test
    void rejectsPdfWithoutPages() {
        byte[] pdf = TestPdfs.bytes(new PDDocument());

        Reason reason = rejection(pdf);

        assertEquals(Reason.EMPTY, reason);
    }

    private DocumentText read(byte[] pdf) {
        assertEquals("application/pdf", intake.sniff(pdf));
        return intake.read(pdf, "application/pdf", Duration.ofSeconds(30));
    }

    private Reason rejection(byte[] pdf) {
        return assertThrows(DocumentRejectedException.class,
                () -> intake.read(pdf, "application/pdf", Duration.ofSeconds(30))).reason();
    }

}
