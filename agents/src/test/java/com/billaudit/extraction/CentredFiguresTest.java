package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A scanned charge table whose rows print on one line, but for a few whose description wraps
 * over two lines with the row's date, quantity and amounts centred between them: OCR reads the
 * description's first line, the figures half a line lower, and the description's last line half
 * a line lower again. Geometry in (word boxes of a 300-ppi scan), rows out.
 */
class CentredFiguresTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** A character's width and a line's height, in pixels. */
    private static final double CHAR = 20;
    private static final double LINE = 32;
    /** Successive lines of print stand this far apart. */
    private static final double PITCH = 65;

    private static final String[] FIGURES = {"17/11/25", "1", "No", "300.00", "276.00"};

    @Test
    void aDescriptionsLastLineHalfALineBelowItsFiguresEndsThatRow() {
        List<TextLine> lines = new ArrayList<>(header());
        double y = 300;
        lines.add(row(y, "SINGLE CHANNEL MONITOR (NICU)", "17/11/25", "1", "No", "350.00", "322.00"));
        for (int block = 0; block < 2; block++) {
            y += PITCH;
            lines.add(row(y, "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING"));
            lines.add(row(y + PITCH * 0.4, null, FIGURES));
            lines.add(row(y + PITCH * 0.8, "CHARGES /100 ml"));
            y += PITCH * 0.8;
        }
        y += PITCH;
        lines.add(row(y, "CONVENTIONAL VENTILATOR", "18/11/25", "1", "No", "2,000.00", "1,840.00"));

        List<LineItem> items = extract(lines);

        assertEquals(List.of("SINGLE CHANNEL MONITOR (NICU)", "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING CHARGES /100 ml",
                "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING CHARGES /100 ml", "CONVENTIONAL VENTILATOR"),
                items.stream().map(LineItem::description).toList());
        assertEquals(Fixtures.money("276.00"), items.get(2).amount());
    }

    @Test
    void linesAFullLineApartAboveFiguresOfTheirOwnOpenTheRowBelow() {
        // the amounts printed on a wrapped block's last line: the line after one row's figures is the next row's first
        List<TextLine> lines = new ArrayList<>(header());
        double y = 300;
        lines.add(row(y, "SINGLE CHANNEL MONITOR (NICU)", "17/11/25", "1", "No", "350.00", "322.00"));
        for (int block = 0; block < 2; block++) {
            lines.add(row(y += PITCH, "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING"));
            lines.add(row(y += PITCH, "CHARGES /100 ml"));
            lines.add(row(y += PITCH, null, FIGURES));
        }
        lines.add(row(y + PITCH, "CONVENTIONAL VENTILATOR", "18/11/25", "1", "No", "2,000.00", "1,840.00"));

        List<LineItem> items = extract(lines);

        assertEquals(List.of("SINGLE CHANNEL MONITOR (NICU)", "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING CHARGES /100 ml",
                "PDHM (PASTEURIZED DONOR HUMAN MILK) PROCESSING CHARGES /100 ml", "CONVENTIONAL VENTILATOR"),
                items.stream().map(LineItem::description).toList());
    }

    private List<LineItem> extract(List<TextLine> lines) {
        return extractor.extract(new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, null))),
                DocumentType.HOSPITAL_BILL).items();
    }

    private static List<TextLine> header() {
        return List.of(row(230, "Service Description", "Order Dt.", "Qty", "", "Gross", "Net"));
    }

    /**
     * A line at height {@code top}: the description at character 3, the figures in their columns
     * (date at 64, quantity at 77, "No" at 79, gross at 85, net at 96); a null or blank cell is not printed.
     */
    private static TextLine row(double top, String description, String... figures) {
        int[] columns = {64, 77, 79, 85, 96};
        LaidOutLine line = new LaidOutLine(top, top + LINE, 0.93);
        if (description != null) {
            int offset = 3;
            for (String word : description.split(" ")) {
                line.word(word, offset, offset * CHAR, (offset + word.length()) * CHAR);
                offset += word.length() + 1;
            }
        }
        for (int i = 0; i < figures.length; i++) {
            if (!figures[i].isBlank()) {
                int offset = Math.max(columns[i], line.end() + (line.end() == 0 ? 0 : 2));
                for (String word : figures[i].split(" ")) {
                    line.word(word, offset, offset * CHAR, (offset + word.length()) * CHAR);
                    offset += word.length() + 1;
                }
            }
        }
        return line.line();
    }
}
