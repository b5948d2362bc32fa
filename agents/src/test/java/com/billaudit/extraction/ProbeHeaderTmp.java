package com.billaudit.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import java.nio.file.*;

@EnabledIfSystemProperty(named = "probe.file", matches = ".+")
class ProbeHeaderTmp {
    @Test
    void dump() throws Exception {
        TableHeader header = null;
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe.file")))) {
            var h = HeaderReader.read(line);
            if (h.isPresent()) { header = h.get(); System.out.println("HEADER " + header.columns().stream().map(c -> c.role() + ":" + c.title()).toList()); continue; }
            if (line.isBlank()) continue;
            var cells = RowReader.read(LineTokens.tokenize(line), header);
            System.out.println(line.strip() + "\n   -> sn=" + cells.serial() + " d=" + cells.date() + " desc=[" + cells.descriptionText() + "] nums=" + cells.numbers() + " unpl=" + cells.unplaced() + " -> " + ChargeReading.read(cells).map(c -> c.quantity() + "x" + c.unitPrice() + "=" + c.amount()).orElse("-") + " sum=" + SummaryLabels.kindOf(line));
        }
    }
}
