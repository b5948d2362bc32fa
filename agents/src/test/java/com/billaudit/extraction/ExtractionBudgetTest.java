package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.work.Budget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction checks its budget line by line: a spent budget or an interrupt stops it where it is. */
class ExtractionBudgetTest {
    private static final DocumentText BILL = new DocumentText(List.of(new PageText(1,
            IntStream.range(0, 500).mapToObj(i -> new TextLine("Consultation visit " + i + "    1   350.00   350.00", 1.0))
                    .toList(), TextSource.TEXT, null)));

    @Test
    void aSpentBudgetStopsExtraction() {
        assertThrows(Budget.Exhausted.class,
                () -> new LineItemExtractor().extract(BILL, DocumentType.HOSPITAL_BILL, Budget.after(Duration.ZERO)));
    }

    @Test
    void anInterruptStopsExtractionAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class,
                    () -> new LineItemExtractor().extract(BILL, DocumentType.HOSPITAL_BILL, Budget.after(Duration.ofMinutes(1))));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void withinItsBudgetExtractionReadsEveryRow() {
        assertEquals(500, new LineItemExtractor().extract(BILL, DocumentType.HOSPITAL_BILL,
                Budget.after(Duration.ofMinutes(1))).items().size());
    }
}
