package com.billaudit.llm.vision;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TextSource;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.extract.Reconciler;
import com.billaudit.llm.extract.SummaryReader;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The model reads again, from their images, the scanned pages the rules could not read with
 * confidence: a page OCR was unsure of (handwriting, a poor scan), or every scanned page when the
 * rules' reading does not add up to the bill's own total. Its rows meet the reading in the usual
 * reconciliation; a figure nothing independent supports stays {@code uncertain}. A total it
 * reads counts only where OCR printed the same digits.
 */
public final class ScannedBillReader {
    /** Mean OCR confidence below which a page's reading is not trusted (handwriting reads far lower). */
    static final double LOW_CONFIDENCE = 0.80;
    /** Pages read per document at most: one page image is in memory at a time, and each costs a call. */
    static final int MAX_PAGES = 4;

    private final PageImageReader reader;
    private final Reconciler reconciler;
    private final FigureSupport support;
    private final BigDecimal tolerance;
    private final boolean enabled;

    /** @param enabled false for a model that cannot read images ({@code LLM_VISION=false}): no page is read */
    public ScannedBillReader(PageImageReader reader, BigDecimal tolerance, boolean enabled) {
        this.reader = reader;
        this.enabled = enabled;
        this.reconciler = new Reconciler(tolerance);
        this.support = new FigureSupport(tolerance);
        this.tolerance = tolerance;
    }

    /** The scanned pages worth reading from their images, first ones first. */
    public List<PageText> pagesToReread(DocumentText text, Bill rulesBill) {
        if (!enabled) {
            return List.of();
        }
        boolean addsUp = addsUp(rulesBill);
        return text.pages().stream()
                .filter(page -> page.source() == TextSource.OCR)
                .filter(page -> !addsUp || page.confidence() == null || page.confidence() < LOW_CONFIDENCE)
                .limit(MAX_PAGES).toList();
    }

    /**
     * The rows the model reads on the pages' images, each checked against OCR's digits and the
     * bill's own totals; empty when the model gave nothing.
     *
     * @param images    a page's image by page number, rendered on request
     * @param rulesBill the rules' reading, whose printed totals (read by OCR) check the model's rows
     */
    public Optional<PageReading> read(List<PageText> pages, IntFunction<Optional<BufferedImage>> images,
                                      Bill rulesBill, Deadline deadline) {
        List<LineItem> rows = new ArrayList<>();
        StatedTotals stated = StatedTotals.NONE;
        Map<Integer, PrintedFigures> printed = new HashMap<>();
        boolean answered = false;
        for (PageText page : pages) {
            Optional<PageReading> read = images.apply(page.number()).flatMap(image -> reader.read(page, image, deadline));
            answered |= read.isPresent();
            if (read.isPresent()) {
                rows.addAll(read.get().rows());
                stated = SummaryReader.later(stated, read.get().stated());
            }
            printed.put(page.number(), new PrintedFigures(page));
        }
        BigDecimal total = payable(rulesBill.stated().statedTotal() != null ? rulesBill.stated() : stated);
        return answered ? Optional.of(new PageReading(support.checked(rows, printed, total), stated)) : Optional.empty();
    }

    /** {@code bill} reconciled with what the model read on the page images. */
    public Bill merge(Bill bill, PageReading reading) {
        return reconciler.reconcile(bill, reading.rows(), reading.stated(), 0).bill();
    }

    private boolean addsUp(Bill bill) {
        BigDecimal target = payable(bill.stated());
        BigDecimal sum = bill.items().stream().map(LineItem::amount).reduce(Money.ZERO, BigDecimal::add);
        return target != null && !bill.items().isEmpty() && sum.subtract(target).abs().compareTo(tolerance) <= 0;
    }

    /** What the charges must sum to by the printed totals: the subtotal, else total + discount − tax. */
    private static BigDecimal payable(StatedTotals stated) {
        if (stated.subtotal() != null) {
            return stated.subtotal();
        }
        if (stated.statedTotal() == null) {
            return null;
        }
        BigDecimal discount = stated.discount() == null ? Money.ZERO : stated.discount();
        BigDecimal tax = stated.tax() == null || stated.taxIncluded() ? Money.ZERO : stated.tax();
        BigDecimal roundOff = stated.roundOff() == null ? Money.ZERO : stated.roundOff();
        return stated.statedTotal().add(discount).subtract(tax).subtract(roundOff);
    }
}
