package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Verdict;
import com.billaudit.persistence.FreshSchema;
import com.billaudit.persistence.Samples;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.persistence.queue.WorkQueue;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisRepositoryTest {
    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final AnalysisRepository analyses = new AnalysisRepository(schema.database());
    private static final WorkQueue queue = new WorkQueue(schema.database(), 3);

    @BeforeEach
    void empty() {
        schema.empty("analyses");
    }

    @Test
    void createStoresAQueuedAnalysisWithItsDocument() {
        CreatedAnalysis created = analyses.create(Samples.upload("key-a", null));

        StoredAnalysis stored = analyses.find(created.id(), null).orElseThrow();
        assertFalse(created.replayed());
        assertEquals(AnalysisStatus.QUEUED, stored.status());
        assertEquals("key-a", stored.ownerKeyId());
        assertEquals("ref-1", stored.reference());
        assertEquals("TEST", stored.scheme());
        assertEquals("DL", stored.region());
        assertEquals("INR", stored.currency());
        assertEquals(Samples.document("bill.txt"), stored.document());
        assertNull(stored.report());
        assertNull(stored.error());
        assertNull(stored.completedAt());
        assertEquals(AnalysisStatus.QUEUED, analyses.status(created.id()).orElseThrow());
    }

    @Test
    void theSameIdempotencyKeyOfTheSameOwnerReturnsTheFirstAnalysis() {
        CreatedAnalysis first = analyses.create(Samples.upload("key-a", "upload-1"));
        CreatedAnalysis again = analyses.create(Samples.upload("key-a", "upload-1"));
        CreatedAnalysis otherOwner = analyses.create(Samples.upload("key-b", "upload-1"));
        CreatedAnalysis master = analyses.create(Samples.upload(null, "upload-1"));
        CreatedAnalysis masterAgain = analyses.create(Samples.upload(null, "upload-1"));

        assertEquals(first.id(), again.id());
        assertTrue(again.replayed());
        assertNotEquals(first.id(), otherOwner.id());
        assertFalse(otherOwner.replayed());
        assertEquals(master.id(), masterAgain.id());
        assertTrue(masterAgain.replayed());
        assertEquals(3, countRows("analyses"));
        assertEquals(3, countRows("documents"));
    }

    @Test
    void concurrentUploadsWithOneIdempotencyKeyCreateOneAnalysis() throws Exception {
        int uploads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<CreatedAnalysis>> racers = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            racers.add(() -> {
                start.await();
                return analyses.create(Samples.upload("key-a", "racy"));
            });
        }
        List<CreatedAnalysis> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(uploads)) {
            List<Future<CreatedAnalysis>> futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<CreatedAnalysis> future : futures) {
                results.add(future.get());
            }
        }

        assertEquals(1, results.stream().map(CreatedAnalysis::id).distinct().count());
        assertEquals(1, results.stream().filter(r -> !r.replayed()).count());
        assertEquals(1, countRows("analyses"));
    }

    @Test
    void anotherOwnerCannotSeeOrDeleteAnAnalysisButAnAdminCan() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();

        assertTrue(analyses.find(id, "key-b").isEmpty());
        assertTrue(analyses.find(id, "key-a").isPresent());
        assertTrue(analyses.find(id, null).isPresent());
        assertFalse(analyses.delete(id, "key-b"));
        assertTrue(analyses.find(UUID.randomUUID(), null).isEmpty());
        assertTrue(analyses.status(UUID.randomUUID()).isEmpty());
    }

    @Test
    void deleteRemovesTheDocumentAndTheResults() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();
        completeNext(Samples.report(Verdict.WARNING, "100.00", "5.00"));

        assertTrue(analyses.delete(id, "key-a"));

        assertTrue(analyses.find(id, null).isEmpty());
        assertEquals(0, countRows("analyses"));
        assertEquals(0, countRows("documents"));
        assertFalse(analyses.delete(id, null));
    }

    @Test
    void aCompletedAnalysisReadsBackItsReportExactly() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();
        AnalysisReport report = Samples.report(Verdict.CRITICAL, "310.50", "115.00");
        completeNext(report);

        StoredAnalysis stored = analyses.find(id, "key-a").orElseThrow();

        assertEquals(AnalysisStatus.COMPLETED, stored.status());
        assertEquals(report, stored.report());
        assertEquals(report.document(), stored.document());
        assertEquals(new BigDecimal("310.50"), stored.report().totals().lineItems());
        assertTrue(stored.completedAt().isAfter(stored.createdAt()));
    }

    @Test
    void listPagesNewestFirstWithACursorUntilTheEnd() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(analyses.create(Samples.upload("key-a", null)).id());
        }
        analyses.create(Samples.upload("key-b", null));

        List<UUID> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            AnalysisPage page = analyses.list(new AnalysisFilter("key-a", null, null, null, null, 3, cursor));
            page.items().forEach(item -> seen.add(item.id()));
            pageSizes.add(page.items().size());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertEquals(List.of(3, 3, 1), pageSizes);
        assertEquals(created.reversed(), seen);
    }

    @Test
    void aFullLastPageHasNoCursor() {
        for (int i = 0; i < 4; i++) {
            analyses.create(Samples.upload("key-a", null));
        }
        AnalysisPage first = analyses.list(new AnalysisFilter(null, null, null, null, null, 2, null));
        AnalysisPage second = analyses.list(new AnalysisFilter(null, null, null, null, null, 2, first.nextCursor()));

        assertEquals(2, second.items().size());
        assertNull(second.nextCursor());
    }

    @Test
    void listFiltersByStatusVerdictAndTime() throws Exception {
        UUID critical = analyses.create(Samples.upload("key-a", null)).id();
        completeNext(Samples.report(Verdict.CRITICAL, "100.00", "50.00"));
        UUID ok = analyses.create(Samples.upload("key-a", null)).id();
        completeNext(Samples.report(Verdict.OK, "100.00", "0.00"));
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        UUID queued = analyses.create(Samples.upload("key-a", null)).id();

        assertEquals(List.of(critical), ids(new AnalysisFilter(null, null, "critical", null, null, 10, null)));
        assertEquals(List.of(ok, critical),
                ids(new AnalysisFilter(null, AnalysisStatus.COMPLETED, null, null, null, 10, null)));
        assertEquals(List.of(queued), ids(new AnalysisFilter(null, AnalysisStatus.QUEUED, null, null, null, 10, null)));
        assertEquals(List.of(queued), ids(new AnalysisFilter(null, null, null, between, null, 10, null)));
        assertEquals(List.of(ok, critical), ids(new AnalysisFilter(null, null, null, null, between, 10, null)));

        AnalysisSummary summary = analyses.list(new AnalysisFilter(null, null, "critical", null, null, 10, null))
                .items().getFirst();
        assertEquals("bill.txt", summary.fileName());
        assertEquals("hospital_bill", summary.documentType());
        assertEquals(new BigDecimal("100.00"), summary.lineItemsTotal());
        assertEquals(new BigDecimal("50.00"), summary.recoverable());
        assertEquals(AnalysisStatus.COMPLETED, summary.status());
    }

    @Test
    void aCursorThatWasNotIssuedIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> analyses.list(new AnalysisFilter(null, null, null, null, null, 10, "not-a-cursor")));
    }

    @Test
    void statsCountSumAndTimeWhatWasAnalysed() {
        analyses.create(Samples.upload("key-a", null));
        completeNext(Samples.report(Verdict.CRITICAL, "200.00", "40.00"));
        analyses.create(Samples.upload("key-a", null));
        completeNext(Samples.report(Verdict.WARNING, "300.50", "10.25"));
        analyses.create(Samples.upload("key-b", null));
        completeNext(Samples.report(Verdict.CRITICAL, "1000.00", "500.00"));
        analyses.create(Samples.upload("key-a", null));
        ClaimedJob failing = queue.claim("w", Duration.ofMinutes(1)).orElseThrow();
        queue.fail(failing.analysisId(), "w", "analysis_error", "boom");
        analyses.create(Samples.upload("key-a", null));

        AnalysisStats all = analyses.stats(null, null, null);
        AnalysisStats mine = analyses.stats(null, null, "key-a");
        AnalysisStats future = analyses.stats(Instant.now().plusSeconds(60), null, null);

        assertEquals(5, all.total());
        assertEquals(3L, all.byStatus().get("completed"));
        assertEquals(1L, all.byStatus().get("failed"));
        assertEquals(1L, all.byStatus().get("queued"));
        assertEquals(0L, all.byStatus().get("processing"));
        assertEquals(2L, all.byVerdict().get("critical"));
        assertEquals(0L, all.byVerdict().get("ok"));
        assertEquals(new BigDecimal("1500.50"), all.billed());
        assertEquals(new BigDecimal("550.25"), all.recoverable());
        assertEquals(0, all.reviewNeeded());
        assertEquals(Set.of("p50", "p90", "p95", "p99", "max"), all.processingSeconds().keySet());
        assertTrue(all.processingSeconds().get("p50") <= all.processingSeconds().get("max"));

        assertEquals(4, mine.total());
        assertEquals(new BigDecimal("500.50"), mine.billed());
        assertEquals(0, future.total());
        assertEquals(new BigDecimal("0.00"), future.billed());
        assertTrue(future.processingSeconds().isEmpty());
    }

    @Test
    void theDocumentBytesAreStoredAsUploaded() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();
        ClaimedJob job = queue.claim("w", Duration.ofMinutes(1)).orElseThrow();

        assertEquals(id, job.analysisId());
        assertArrayEquals(Samples.upload("key-a", null).content(), job.content());
    }

    @Test
    void theReviewFilterFindsTheAnalysesThatNeedAPerson() {
        UUID unsure = analyses.create(Samples.upload("key-a", null)).id();
        completeNext(Samples.multiBillReport());
        UUID clear = analyses.create(Samples.upload("key-a", null)).id();
        completeNext(Samples.report(Verdict.OK, "100.00", "0.00"));

        assertEquals(List.of(unsure), ids(new AnalysisFilter(null, null, null, null, null, 10, null, true)));
        assertEquals(1, analyses.stats(null, null, null).reviewNeeded());
        assertEquals(List.of(clear), ids(new AnalysisFilter(null, null, null, null, null, 10, null, false)));
        List<AnalysisSummary> all = analyses.list(new AnalysisFilter(null, null, null, null, null, 10, null)).items();
        assertEquals(List.of(false, true), all.stream().map(AnalysisSummary::reviewNeeded).toList());
        assertEquals(Samples.multiBillReport(), analyses.find(unsure, null).orElseThrow().report());
    }

    @Test
    void progressIsTakenOnlyWhileProcessing() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();
        analyses.recordProgress(id, new AnalysisProgress("ocr", 1, 3));
        assertEquals(AnalysisProgress.NONE, analyses.find(id, null).orElseThrow().progress());

        ClaimedJob job = queue.claim("w", Duration.ofMinutes(1)).orElseThrow();
        assertEquals(new AnalysisProgress("intake", 0, null), analyses.find(id, null).orElseThrow().progress(),
                "a claimed analysis starts at intake");
        analyses.recordProgress(id, new AnalysisProgress("ocr", 2, null));
        assertEquals(new AnalysisProgress("ocr", 2, null), analyses.find(id, null).orElseThrow().progress());

        queue.complete(job.analysisId(), "w", Samples.report(Verdict.OK, "100.00", "0.00"));
        analyses.recordProgress(id, new AnalysisProgress("audit", 3, 3));
        assertEquals(new AnalysisProgress("ocr", 2, null), analyses.find(id, null).orElseThrow().progress());
    }

    @Test
    void theUploadedDocumentIsTheOwnersUntilDeleted() {
        UUID id = analyses.create(Samples.upload("key-a", null)).id();

        StoredDocument document = analyses.document(id, "key-a").orElseThrow();
        assertArrayEquals(Samples.upload("key-a", null).content(), document.content());
        assertEquals("text/plain", document.contentType());
        assertEquals("bill.txt", document.fileName());
        assertTrue(analyses.document(id, null).isPresent());
        assertTrue(analyses.document(id, "key-b").isEmpty());

        analyses.delete(id, null);
        assertTrue(analyses.document(id, null).isEmpty());
    }

    private static List<UUID> ids(AnalysisFilter filter) {
        return analyses.list(filter).items().stream().map(AnalysisSummary::id).toList();
    }

    private static void completeNext(AnalysisReport report) {
        ClaimedJob job = queue.claim("test-worker", Duration.ofMinutes(1)).orElseThrow();
        StoredAnalysis completed = queue.complete(job.analysisId(), "test-worker", report).orElseThrow();
        assertEquals(analyses.find(job.analysisId(), null).orElseThrow(), completed,
                "completing answers the analysis as a later read finds it");
    }

    private static long countRows(String table) {
        return schema.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Long.class).one());
    }
}
