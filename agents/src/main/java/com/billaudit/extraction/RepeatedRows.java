package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same item printed on several rows of one upload (the same drugs on each day's cash memo) is
 * read the same way. OCR reads each printing on its own and slips differently each time ("SML DS
 * SML", "SMLDSSML" beside "5ML DS 5ML"); a scanned row whose description differs from another row's
 * at the same rate only by OCR's look-alikes ({@code lexicon/ocr-confusions.txt}) and spaces takes
 * the reading of the row OCR read most surely. A text layer's rows are as printed and stay.
 */
final class RepeatedRows {

    private RepeatedRows() {
    }

    static void readAlike(List<DraftItem> items) {
        Map<Key, List<DraftItem>> printings = new HashMap<>();
        for (DraftItem item : items) {
            String description = item.description();
            if (item.charge.unitPrice() != null && !description.isBlank()) {
                printings.computeIfAbsent(new Key(shape(description), item.charge.unitPrice().stripTrailingZeros()),
                        k -> new ArrayList<>()).add(item);
            }
        }
        for (List<DraftItem> same : printings.values()) {
            if (same.size() < 2) {
                continue;
            }
            DraftItem surest = same.stream().max((a, b) -> Double.compare(a.lineConfidence, b.lineConfidence)).orElseThrow();
            String reading = surest.description();
            for (DraftItem item : same) {
                if (item.ocr && item != surest && item.lineConfidence < surest.lineConfidence && !item.description().equals(reading)) {
                    item.readAs(reading);
                }
            }
        }
    }

    /** A description as OCR's slips leave it alike: look-alike letters as their digits, no spaces or marks, in capitals. */
    static String shape(String description) {
        StringBuilder out = new StringBuilder();
        for (char c : description.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            Character digit = OcrConfusions.asDigit(c);
            out.append(digit != null ? digit.charValue() : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private record Key(String shape, BigDecimal unitPrice) {
    }
}
