package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The door's parsed PDFs handed on to intake: matched by their bytes, once, for a short while. */
class CheckedPdfsTest {
    private static final OcrSettings SETTINGS = new OcrSettings("/nonexistent", "eng", 1, 300, 50, 80_000_000L,
            Duration.ofSeconds(10));
    private final AtomicLong now = new AtomicLong();
    private final CheckedPdfs checked = new CheckedPdfs(now::get);

    @Test
    void thePdfTheDoorOpenedIsReadOnceFromTheSameBytes() throws IOException {
        byte[] bill = billPdf();
        new DocumentCheck(SETTINGS, checked).check(bill);

        PDDocument handed = checked.take(bill.clone()).orElseThrow();
        assertEquals(1, handed.getNumberOfPages());
        assertTrue(checked.take(bill).isEmpty(), "taken once");
        handed.close();
    }

    @Test
    void otherBytesFindNothing() throws IOException {
        byte[] bill = billPdf();
        checked.keep(bill, PdfDocuments.open(bill));
        byte[] other = bill.clone();
        other[other.length / 2] ^= 1;

        assertTrue(checked.take(other).isEmpty());
        assertEquals(1, checked.size());
    }

    @Test
    void expiredAndEvictedDocumentsAreClosed() throws IOException {
        byte[] bill = billPdf();
        PDDocument expiring = PdfDocuments.open(bill);
        checked.keep(bill, expiring);
        now.addAndGet(CheckedPdfs.KEEP.toNanos());

        assertTrue(checked.take(bill).isEmpty());
        assertThrows(IOException.class, () -> expiring.save(new java.io.ByteArrayOutputStream()), "closed");

        PDDocument first = PdfDocuments.open(bill);
        checked.keep(bill, first);
        for (int i = 0; i < CheckedPdfs.CAPACITY; i++) {
            checked.keep(bill, PdfDocuments.open(bill));
        }
        assertEquals(CheckedPdfs.CAPACITY, checked.size());
        assertThrows(IOException.class, () -> first.save(new java.io.ByteArrayOutputStream()), "the eldest made room");
    }

    @Test
    void largeFilesAreNotKept() {
        byte[] large = new byte[CheckedPdfs.MAX_BYTES + 1];
        PDDocument document = new PDDocument();
        checked.keep(large, document);

        assertEquals(0, checked.size());
        assertSame(java.util.Optional.empty(), checked.take(large));
    }

    private static byte[] billPdf() throws IOException {
        PDDocument document = new PDDocument();
        TestPdfs.drawBillTable(document);
        return TestPdfs.bytes(document);
    }
}
