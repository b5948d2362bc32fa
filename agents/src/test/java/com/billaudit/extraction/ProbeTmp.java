package com.billaudit.extraction;

import com.billaudit.domain.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import java.nio.file.*;
import java.util.stream.*;

@EnabledIfSystemProperty(named = "probe.dir", matches = ".+")
class ProbeTmp {
    @Test
    void dump() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("probe.dir")))) {
            for (Path f : files.sorted().toList()) {
                DocumentText text = Fixtures.text(Files.readString(f));
                DocumentType type = new DocumentClassifier().classify(text);
                Bill bill = new LineItemExtractor().extract(text, type);
                System.out.println("=== " + f.getFileName() + " " + type + " date=" + bill.billDate() + " " + bill.stated());
                for (LineItem i : bill.items()) {
                    System.out.printf("  %2d %-55s %s q=%s r=%s a=%s %s p%d c=%.2f%n", i.index(), i.description(), i.date(), i.quantity().toPlainString(), i.unitPrice(), i.amount(), i.category(), i.page(), i.confidence());
                }
            }
        }
    }
}
