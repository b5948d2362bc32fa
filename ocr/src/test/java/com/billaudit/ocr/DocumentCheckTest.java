package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each check at the door on a small crafted file: refused with its reason, valid files let through. */
class DocumentCheckTest {
    private static final OcrSettings SETTINGS = new OcrSettings("/nonexistent", "eng", 1, 300, 50, 80_000_000L,
            Duration.ofSeconds(10));
    private final DocumentCheck door = new DocumentCheck(SETTINGS, new CheckedPdfs());

    @Test
    void aTextLayerPdfAndAPlainTextPass() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);

        assertEquals(MediaTypes.PDF, door.check(TestPdfs.bytes(document)));
        assertEquals(MediaTypes.TEXT, door.check("1 Consultation 1 500.00 500.00\n\f2 CBC 1 142.00 142.00\n"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsEncrypted() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        document.protect(new StandardProtectionPolicy("owner", "user-secret", new AccessPermission()));

        assertRefused(Reason.ENCRYPTED, () -> door.check(TestPdfs.bytes(document)));
    }

    @Test
    void aTruncatedPdfIsRefusedAsCorrupt() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        byte[] whole = TestPdfs.bytes(document);

        for (int cut : new int[]{600, whole.length / 2, whole.length - 40}) {
            byte[] truncated = java.util.Arrays.copyOf(whole, cut);
            assertRefused(Reason.CORRUPT, () -> door.check(truncated));
        }
    }

    @Test
    void dataAppendedAfterAPdfIsHarmless() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        byte[] whole = TestPdfs.bytes(document);
        byte[] appended = java.util.Arrays.copyOf(whole, whole.length + 5_000);
        appended[whole.length] = 'P';
        appended[whole.length + 1] = 'K';

        assertEquals(MediaTypes.PDF, door.check(appended));
    }

    @Test
    void aPageTreeTenThousandLevelsDeepIsRefusedWithoutOverflowingTheStack() {
        int depth = 10_000;
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < depth; i++) {
            int self = 2 + i;
            objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 612 792] >>");

        assertRefused(Reason.CORRUPT, () -> door.check(TestPdfs.raw(objects)));
    }

    @Test
    void aPageTreeThatContainsItselfIsRefused() {
        byte[] cyclic = TestPdfs.raw(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));

        assertRefused(Reason.CORRUPT, () -> door.check(cyclic));
    }

    @Test
    void deeplyNestedArraysAreRefusedAsCorrupt() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] deep = TestPdfs.raw(List.of("<< /Type /Catalog /Pages 2 0 R /Junk " + nested + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));

        assertRefused(Reason.CORRUPT, () -> door.check(deep));
    }

    @Test
    void tooManyPagesAreRefusedAsTooLarge() throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i <= SETTINGS.maxPages(); i++) {
            document.addPage(new PDPage());
        }

        assertRefused(Reason.TOO_LARGE, () -> door.check(TestPdfs.bytes(document)));
    }

    @Test
    void aPdfImageOverThePixelLimitIsRefusedFromItsDictionary() {
        byte[] bomb = TestPdfs.raw(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> >>",
                "<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray "
                        + "/BitsPerComponent 8 /Length 0 >>\nstream\n\nendstream"));

        assertRefused(Reason.TOO_LARGE, () -> door.check(bomb));
    }

    @Test
    void aPdfJpegIsSizedFromItsOwnHeaderNotTheDictionary() {
        // the dictionary claims 10x10; the JPEG inside declares 65500x65500
        String jpeg = new String(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0,
                (byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) 0xFF, (byte) 0xDC, (byte) 0xFF, (byte) 0xDC, 1, 1, 0x11, 0,
                (byte) 0xFF, (byte) 0xD9}, StandardCharsets.ISO_8859_1);
        byte[] lying = TestPdfs.raw(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> >>",
                "<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                        + "/Filter /DCTDecode /Length " + jpeg.length() + " >>\nstream\n" + jpeg + "\nendstream"));

        assertRefused(Reason.TOO_LARGE, () -> door.check(lying));
    }

    @Test
    void aTiffWhosePageChainPointsToItselfIsRefusedAtOnce() {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 256).putShort((short) 3).putInt(1).putInt(1); // ImageWidth 1
        tiff.putInt(8); // the next directory is this one

        assertRefused(Reason.CORRUPT, () -> door.check(tiff.array()));
    }

    @Test
    void aMultiPageTiffIsCountedFromItsChain() {
        BufferedImage page = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY);

        assertEquals(MediaTypes.TIFF, door.check(TestImages.tiff(List.of(page, page, page))));
        assertEquals(3, TiffPages.count(TestImages.tiff(List.of(page, page, page)), 50));
        assertRefused(Reason.TOO_LARGE,
                () -> door.check(TestImages.tiff(Collections.nCopies(SETTINGS.maxPages() + 1, page))));
    }

    @Test
    void aPngHeaderDeclaringTooManyPixelsIsRefusedWithoutDecoding() {
        assertRefused(Reason.TOO_LARGE, () -> door.check(png(100_000, 100_000, true)));
    }

    @Test
    void aPngWithoutItsEndChunkIsRefusedAsCutShort() {
        assertEquals(MediaTypes.PNG, door.check(png(10, 10, true)));
        assertRefused(Reason.CORRUPT, () -> door.check(png(10, 10, false)));
    }

    @Test
    void aTextWithTooManyPagesLinesOrAnEndlessLineIsRefused() {
        assertRefused(Reason.TOO_LARGE, () -> door.check("1 Consultation 1 100.00 100.00\f"
                .repeat(SETTINGS.maxPages() + 1).getBytes(StandardCharsets.UTF_8)));
        assertRefused(Reason.TOO_LARGE, () -> door.check("x\n".repeat(com.billaudit.intake.TextLimits.MAX_LINES + 1)
                .getBytes(StandardCharsets.UTF_8)));
        assertRefused(Reason.TOO_LARGE, () -> door.check("1.2".repeat(16_000).getBytes(StandardCharsets.UTF_8)));
        // characters, not bytes: a long line of Devanagari is as long as it looks
        assertEquals(MediaTypes.TEXT, door.check("क".repeat(DocumentCheck.MAX_TEXT_LINE_CHARS)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(Reason reason, Executable check) {
        assertEquals(reason, assertThrows(DocumentRejectedException.class, check).reason());
    }

    /** A PNG header declaring the size, with one tiny data chunk; the end chunk optional. */
    private static byte[] png(int width, int height, boolean withEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        if (withEnd) {
            chunk(out, "IEND", new byte[0]);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
