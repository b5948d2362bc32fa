package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document is read on intake's platform threads whoever asks, never on the caller's virtual thread. */
class IntakeThreadsTest {

    @Test
    void aDocumentReadFromAVirtualThreadIsReadOnAnIntakePlatformThread() throws InterruptedException {
        AtomicReference<Thread> readOn = new AtomicReference<>();
        AtomicReference<Integer> pages = new AtomicReference<>();
        try (DocumentIntake intake = new DocumentIntake(OcrSettings.defaults(), new IntakeListener() {
            @Override
            public void pageRead(String textSource, double seconds, Double confidence) {
                readOn.set(Thread.currentThread());
            }
        })) {
            Thread caller = Thread.ofVirtual().start(() -> pages.set(intake.read(
                    "Consultation 1 350.00 350.00".getBytes(StandardCharsets.UTF_8), MediaTypes.TEXT,
                    Duration.ofSeconds(10)).pages().size()));
            caller.join(Duration.ofSeconds(10));
        }
        assertEquals(1, pages.get());
        assertFalse(readOn.get().isVirtual());
        assertTrue(readOn.get().getName().startsWith("intake-"), readOn.get().getName());
    }
}
