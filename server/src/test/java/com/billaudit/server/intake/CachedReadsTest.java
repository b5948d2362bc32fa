package com.billaudit.server.intake;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CachedReadsTest {

    /** Reads every document as one OCR'd page naming its bytes (words boxed), counting the reads. */
    private static final class CountingReader implements DocumentReader {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public String sniff(byte[] content) {
            return "image/png";
        }

        @Override
        public DocumentText read(byte[] content, String mediaType, Duration budget) {
            reads.incrementAndGet();
            String text = new String(content, StandardCharsets.UTF_8);
            return new DocumentText(List.of(new PageText(1,
                    List.of(TextLine.monospaced("Consultation   1   500.00   " + text, 0, 0.83)), TextSource.OCR, 0.83)));
        }
    }

    @Test
    void aDocumentReadOnceIsServedFromDiskWithEverythingIntakeRead(@TempDir Path folder) {
        CountingReader ocr = new CountingReader();
        byte[] bill = "bill A".getBytes(StandardCharsets.UTF_8);

        DocumentText first = new CachedReads(ocr, folder).read(bill, "image/png", Duration.ofSeconds(5));
        DocumentText again = new CachedReads(ocr, folder).read(bill, "image/png", Duration.ofSeconds(5));

        assertEquals(1, ocr.reads.get());
        assertEquals(first, again);
        assertEquals(5, again.pages().getFirst().lines().getFirst().words().size(), "the words and their boxes are kept too");
    }

    @Test
    void otherBytesAreReadAgain(@TempDir Path folder) {
        CountingReader ocr = new CountingReader();
        CachedReads reads = new CachedReads(ocr, folder);

        reads.read("bill A".getBytes(StandardCharsets.UTF_8), "image/png", Duration.ofSeconds(5));
        DocumentText other = reads.read("bill B".getBytes(StandardCharsets.UTF_8), "image/png", Duration.ofSeconds(5));

        assertEquals(2, ocr.reads.get());
        assertEquals("Consultation   1   500.00   bill B\n", other.text());
    }
}
