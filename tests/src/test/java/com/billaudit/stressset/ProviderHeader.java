package com.billaudit.stressset;

import com.billaudit.stressset.Parties.Provider;

/** The letterhead at the top of a document's first page (and of every page on some layouts). */
final class ProviderHeader {
    private ProviderHeader() {
    }

    static void full(Sheet sheet, Provider provider, String title, boolean centered) {
        Metrics m = sheet.m;
        place(sheet, provider.name().toUpperCase(java.util.Locale.ROOT), m.titleSize(), true, centered);
        sheet.advance(m.titleSize());
        for (String line : provider.addressLines()) {
            place(sheet, line, m.smallSize(), false, centered);
            sheet.advance(m.smallSize());
        }
        if (!String.join(" ", provider.addressLines()).contains(provider.registration())) {
            place(sheet, provider.registration(), m.smallSize(), false, centered);
            sheet.advance(m.smallSize());
        }
        sheet.gap(0.5);
        sheet.centered(title, m.bodySize() + 1.5, true);
        sheet.advance(m.bodySize() + 1.5);
        sheet.gap(0.5);
    }

    /** Continuation pages: the name and the bill number, so a reader knows whose page it is. */
    static void continuation(Sheet sheet, Provider provider, String documentNo) {
        Metrics m = sheet.m;
        sheet.text(sheet.left(), provider.name(), m.bodySize(), true);
        sheet.rightAligned(sheet.right(), sheet.y, "Bill No: " + documentNo + " (continued)", m.smallSize(), false);
        sheet.advance(m.bodySize());
        sheet.gap(0.5);
    }

    private static void place(Sheet sheet, String text, double size, boolean bold, boolean centered) {
        if (centered) {
            sheet.centered(text, size, bold);
        } else {
            sheet.text(sheet.left(), text, size, bold);
        }
    }
}
