package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OCR of generated bill images: each case is one quirk of real scans. */
class ImageOcrTest {

    private static final List<Double> confidences = new ArrayList<>();
    private static DocumentIntake intake;

    @BeforeAll
    static void open() {
        intake = new DocumentIntake(OcrSettings.defaults(), new IntakeListener() {
            @Override
            public void pageRead(String textSource, double seconds, Double confidence) {
                if ("ocr".equals(textSource)) {
                    confidences.add(confidence);
                }
            }
        });
    }

    @AfterAll
    static void close() {
        intake.close();
    }

    @Test
    void readsTableRowsWithColumnsApart() {
        DocumentText text = read(TestImages.encode(TestImages.bill(false), "png"), "image/png");

        assertEquals(TextSource.OCR, text.source());
        assertAllRows(text.pages().getFirst());
        assertTrue(text.ocrConfidence() > 0.8, "confidence " + text.ocrConfidence());
        assertTrue(text.pages().getFirst().lines().stream().allMatch(line -> line.confidence() > 0 && line.confidence() <= 1));
        for (TextLine line : text.pages().getFirst().lines()) {
            assertFalse(line.words().isEmpty(), line.text());
            for (PlacedWord word : line.words()) {
                assertEquals(word.text(), line.text().substring(word.offset(), word.end()));
                assertTrue(word.left() < word.right() && word.top() < word.bottom(), word.toString());
            }
        }
        assertFalse(confidences.isEmpty(), "pages are reported to the listener");
    }

    @Test
    void keepsEveryRowOfARuledTable() {
        assertAllRows(read(TestImages.encode(TestImages.bill(true), "jpeg"), "image/jpeg").pages().getFirst());
    }

    @Test
    void straightensASkewedScan() {
        BufferedImage skewed = TestImages.rotated(TestImages.bill(true), 3);

        assertAllRows(read(TestImages.encode(skewed, "png"), "image/png").pages().getFirst());
    }

    @Test
    void turnsAPageScannedSideways() {
        BufferedImage sideways = TestImages.rotated(TestImages.bill(false), 90);

        assertAllRows(read(TestImages.encode(sideways, "png"), "image/png").pages().getFirst());
    }

    @Test
    void turnsAPageScannedUpsideDown() {
        BufferedImage upsideDown = TestImages.rotated(TestImages.bill(false), 180);

        assertAllRows(read(TestImages.encode(upsideDown, "png"), "image/png").pages().getFirst());
    }

    @Test
    void readsThroughScannerSpeckle() {
        BufferedImage noisy = TestImages.speckled(TestImages.bill(false), 0.02, 7);

        assertAllRows(read(TestImages.encode(noisy, "png"), "image/png").pages().getFirst());
    }

    @Test
    void readsAPhotoWithUnevenLight() {
        BufferedImage shaded = TestImages.shaded(TestImages.bill(true), 0.6);

        assertAllRows(read(TestImages.encode(shaded, "jpeg"), "image/jpeg").pages().getFirst());
    }

    @Test
    void readsAPaleBlurredGrainyScan() {
        // Blurred twice, ink faded to mid-gray on gray paper, strong sensor noise.
        BufferedImage poor = TestImages.degraded(TestImages.bill(true), 1, 2, 150, 230, 16, 7);
        long started = System.nanoTime();

        PageText page = read(TestImages.encode(poor, "png"), "image/png").pages().getFirst();

        assertAllRows(page);
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "read in reasonable time");
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() {
        byte[] tiff = TestImages.tiff(List.of(TestImages.bill(false), TestImages.bill(true)));

        DocumentText text = read(tiff, "image/tiff");

        assertEquals(2, text.pages().size());
        assertAllRows(text.pages().get(1));
    }

    @Test
    void ocrsThePagesOfOneDocumentSideBySideOnFreeEngines() {
        byte[] tiff = TestImages.tiff(List.of(TestImages.bill(false), TestImages.bill(true), TestImages.bill(false)));
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        OcrSettings twoEngines = new OcrSettings(OcrSettings.defaults().tessdataPath(), "eng", 2, 300, 10,
                80_000_000L, Duration.ofSeconds(60));
        try (DocumentIntake parallel = new DocumentIntake(twoEngines, new IntakeListener() {
            @Override
            public void pageRead(String textSource, double seconds, Double confidence) {
                threads.add(Thread.currentThread().getName());
            }
        })) {
            DocumentText text = parallel.read(tiff, "image/tiff", Duration.ofSeconds(60));

            assertEquals(List.of(1, 2, 3), text.pages().stream().map(PageText::number).toList());
            text.pages().forEach(ImageOcrTest::assertAllRows);
            assertEquals(2, threads.size(), "pages read on " + threads);
        }
    }

    @Test
    void stopsTheOtherPagesWhenOnePageTimesOut() {
        OcrSettings impatient = new OcrSettings(OcrSettings.defaults().tessdataPath(), "eng", 2, 300, 10,
                80_000_000L, Duration.ofMillis(5));
        byte[] tiff = TestImages.tiff(List.of(TestImages.bill(true), TestImages.bill(true), TestImages.bill(true)));
        try (DocumentIntake hurried = new DocumentIntake(impatient, IntakeListener.NONE)) {
            long started = System.nanoTime();
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> hurried.read(tiff, "image/tiff", Duration.ofSeconds(60)));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "failed fast");
        }
    }

    @Test
    void readsTextPagesDirectlyAndOcrsScannedPages() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        PDPage scanned = new PDPage(PDRectangle.A4);
        document.addPage(scanned);
        PDImageXObject image = LosslessFactory.createFromImage(document, TestImages.bill(false));
        try (PDPageContentStream content = new PDPageContentStream(document, scanned)) {
            // 1400 px across 504 pt: the image sits on the page at 200 dpi.
            content.drawImage(image, 40, 400, 504, 324);
        }
        DocumentText text = read(TestPdfs.bytes(document), "application/pdf");

        assertEquals(TextSource.MIXED, text.source());
        assertEquals(TextSource.PDF_TEXT, text.pages().get(0).source());
        assertEquals(TextSource.OCR, text.pages().get(1).source());
        assertAllRows(text.pages().get(1));
        assertTrue(text.ocrConfidence() > 0.5);
    }

    @Test
    void ocrsAPageThatIsMostlyAScanUnderATypedHeader() throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(600, 440));
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, TestImages.bill(true));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 20, 20, 560, 360);
            TestPdfs.text(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20, 410,
                    "Patient copy - duplicate bill issued on request");
        }
        DocumentText text = read(TestPdfs.bytes(document), "application/pdf");

        assertEquals(TextSource.OCR, text.source());
        assertAllRows(text.pages().getFirst());
        assertTrue(text.text().contains("duplicate bill"), text.text());
    }

    @Test
    void rejectsAnImageThatDoesNotDecode() {
        byte[] png = TestImages.encode(TestImages.bill(false), "png");
        byte[] broken = Arrays.copyOf(png, 200);

        assertEquals(Reason.CORRUPT, rejection(broken, "image/png"));
    }

    @Test
    void rejectsAHugeImageFromItsHeaderAlone() throws IOException {
        byte[] bomb = pngHeader(30_000, 30_000);
        long started = System.nanoTime();

        assertEquals(Reason.TOO_LARGE, assertThrows(DocumentRejectedException.class, () -> intake.sniff(bomb)).reason());
        assertEquals(Reason.TOO_LARGE, rejection(bomb, "image/png"));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "rejected without decoding");
    }

    @Test
    void stopsWhenTheBudgetIsSpent() {
        byte[] png = TestImages.encode(TestImages.bill(false), "png");

        DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                () -> intake.read(png, "image/png", Duration.ofMillis(1)));
        assertEquals(Reason.TIMEOUT, e.reason());
    }

    @Test
    void stopsAPageThatTakesLongerThanThePageTimeout() {
        OcrSettings impatient = new OcrSettings(OcrSettings.defaults().tessdataPath(), "eng", 1, 300, 10,
                80_000_000L, Duration.ofMillis(5));
        byte[] png = TestImages.encode(TestImages.bill(true), "png");
        try (DocumentIntake hurried = new DocumentIntake(impatient, IntakeListener.NONE)) {
            long started = System.nanoTime();
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> hurried.read(png, "image/png", Duration.ofSeconds(60)));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "the engine was stopped, not waited for");
        }
    }

    @Test
    void saysOcrIsUnavailableWithoutLanguageData() {
        OcrSettings missing = new OcrSettings("/nonexistent/tessdata", "eng", 1, 300, 10, 80_000_000L, Duration.ofSeconds(10));
        byte[] png = TestImages.encode(TestImages.bill(false), "png");
        try (DocumentIntake without = new DocumentIntake(missing, IntakeListener.NONE)) {
            assertFalse(without.ocrAvailable());
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> without.read(png, "image/png", Duration.ofSeconds(30)));
            assertEquals(Reason.OCR_UNAVAILABLE, e.reason());
        }
        assertTrue(intake.ocrAvailable());
    }

    private static DocumentText read(byte[] content, String mediaType) {
        assertEquals(mediaType, intake.sniff(content));
        return intake.read(content, mediaType, Duration.ofSeconds(60));
    }

    private static Reason rejection(byte[] content, String mediaType) {
        return assertThrows(DocumentRejectedException.class,
                () -> intake.read(content, mediaType, Duration.ofSeconds(30))).reason();
    }

    /** Every generated row is one line: its description, then its amount after a column gap. */
    private static void assertAllRows(PageText page) {
        List<String> lines = page.lines().stream().map(TextLine::text).toList();
        for (String[] row : TestImages.ROWS) {
            String description = row[0];
            String amount = row[3];
            boolean found = lines.stream().anyMatch(line -> line.contains(description)
                    && line.matches(".*" + description + " {2,}.*" + amount.replace(".", "\\.") + ".*"));
            assertTrue(found, "row '" + description + " ... " + amount + "' not found in:\n" + page.text());
        }
    }

    /** A PNG that is only a signature and an IHDR chunk claiming the given size. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[]{8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
