package com.billaudit.pipeline;

import com.billaudit.domain.Bill;
import com.billaudit.domain.PageText;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.vision.PageReading;
import com.billaudit.llm.vision.ScannedBillReader;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** The rows the model reads on the images of the pages the rules read poorly, asked while the text is read. */
final class PageImageRows {
    private final Future<Optional<PageReading>> rows;
    private final Deadline deadline;

    private PageImageRows(Future<Optional<PageReading>> rows, Deadline deadline) {
        this.rows = rows;
        this.deadline = deadline;
    }

    static PageImageRows ask(ExecutorService executor, ScannedBillReader reader, List<PageText> pages,
                             IntFunction<Optional<BufferedImage>> images, Bill rulesBill, Deadline deadline) {
        return new PageImageRows(executor.submit(() -> reader.read(pages, images, rulesBill, deadline)), deadline);
    }

    /** The checked reading; empty when the model gave none in time. */
    Optional<PageReading> await() {
        return AskedInAdvance.await(rows, deadline, "reading page images");
    }
}
