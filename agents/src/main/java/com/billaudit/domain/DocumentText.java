package com.billaudit.domain;

import java.util.List;

/** Everything that was read from a document, page by page. */
public record DocumentText(List<PageText> pages) {
    public DocumentText {
        pages = List.copyOf(pages);
    }

    /** The whole document's text source: the pages' common source, or {@code MIXED}. */
    public TextSource source() {
        TextSource common = null;
        for (PageText page : pages) {
            if (common == null) {
                common = page.source();
            } else if (common != page.source()) {
                return TextSource.MIXED;
            }
        }
        return common == null ? TextSource.TEXT : common;
    }

    /** Mean OCR confidence over the OCR'd pages, or null when no page was OCR'd. */
    public Double ocrConfidence() {
        return pages.stream()
                .filter(p -> p.confidence() != null)
                .mapToDouble(PageText::confidence)
                .average()
                .stream().boxed().findFirst().orElse(null);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PageText page : pages) {
            sb.append(page.text());
        }
        return sb.toString();
    }
}
